#pragma once

#include <optional>
#include <string_view>

namespace castellan {

/// The HMAC hash of an HOTP/TOTP credential (RFC 4226 uses SHA-1; RFC 6238 §1.2 adds SHA-256 and SHA-512).
enum class OtpAlgorithm
{
    Sha1,
    Sha256,
    Sha512,
};

/// The name used in otpauth URIs and by oathtool: "SHA1", "SHA256" or "SHA512".
std::string_view otpAlgorithmName(OtpAlgorithm algorithm);

/// The algorithm named `name` (case-insensitive, as written by otpAlgorithmName); nullopt if unknown.
[[nodiscard]] std::optional<OtpAlgorithm> otpAlgorithmFromName(std::string_view name);

} // namespace castellan
