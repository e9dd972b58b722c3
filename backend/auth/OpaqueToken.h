#pragma once

#include "crypto/Random.h"

#include <string>
#include <string_view>

namespace castellan {

/// Random bearer secrets: access and refresh tokens, API client secrets, enrollment tokens.
/// 256 random bits, base64url, behind a short prefix that says what the secret is (so secret scanners
/// and humans recognise a leaked one). Only the SHA-256 digest is stored (DESIGN §3).
class OpaqueToken
{
public:
    static constexpr std::string_view kAccessPrefix = "cat_";
    static constexpr std::string_view kRefreshPrefix = "crt_";
    static constexpr std::string_view kClientSecretPrefix = "ccs_";

    /// A new token `prefix` + 43 base64url characters.
    static std::string generate(std::string_view prefix, const Random& random = Random::system());
    /// What the database keeps: SHA-256 hex of the whole token.
    static std::string digest(std::string_view token);
};

} // namespace castellan
