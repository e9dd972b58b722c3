#pragma once

#include "core/Result.h"
#include "otp/OtpAlgorithm.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace castellan {

/// An otpauth:// Key URI as authenticator apps read it from a QR code, following Google's
/// key-uri-format: otpauth://TYPE/[ISSUER:]ACCOUNT?secret=BASE32&issuer=ISSUER&algorithm=..&digits=..
/// and period= (TOTP) or counter= (HOTP). Label and parameters are percent-encoded (RFC 3986 §2.1).
struct KeyUri
{
    enum class Type
    {
        Hotp,
        Totp,
    };

    Type type = Type::Totp;
    std::string issuer;  ///< empty if none; neither issuer nor account should contain ':'
    std::string account; ///< usually the user name or e-mail address
    std::vector<std::uint8_t> secret;
    OtpAlgorithm algorithm = OtpAlgorithm::Sha1;
    int digits = 6;
    int period = 30;           ///< seconds; TOTP only
    std::uint64_t counter = 0; ///< initial counter; HOTP only

    /// The URI with every parameter spelled out, the secret as unpadded upper-case Base32, and the issuer
    /// both as label prefix and as parameter when it is set.
    std::string toString() const;

    /// Parses a Key URI. Fails with InvalidInput and one FieldError naming the part at fault: "uri" (not
    /// a URI or bad percent-encoding), "scheme", "type", "label", "secret", "algorithm", "digits" (6 to 8),
    /// "period" (1 to 86400), "counter" (required for HOTP) or "issuer" (label prefix and parameter differ).
    /// Unknown parameters (such as "image") are ignored; a parameter given twice is an error.
    static Result<KeyUri> parse(std::string_view uri);

    bool operator==(const KeyUri&) const = default;
};

} // namespace castellan
