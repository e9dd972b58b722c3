#pragma once

#include "core/Result.h"
#include "otp/KeyUri.h"

#include <string>
#include <string_view>

namespace castellan::client {

/// What the app reads from an enrollment QR code: a standard otpauth:// Key URI (any TOTP app can use it) with
/// two parameters other apps ignore, `castellan_enroll` (the one-time enrollment token) and `castellan_url`
/// (the server's https:// base URL).
struct EnrollmentLink
{
    KeyUri key;
    std::string token;
    std::string serverUrl;

    /// Parses the QR payload; InvalidInput naming the part at fault (KeyUri's fields, "castellan_enroll",
    /// "castellan_url").
    static Result<EnrollmentLink> parse(std::string_view uri);
};

} // namespace castellan::client
