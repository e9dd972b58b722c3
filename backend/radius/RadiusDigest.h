#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>

namespace castellan {

/// The two hashes RADIUS is built on, through OpenSSL's EVP interface: MD5 (RFC 1321) for authenticators and
/// password hiding, HMAC-MD5 (RFC 2104) for Message-Authenticator.
class RadiusDigest
{
public:
    using Digest = std::array<std::uint8_t, 16>;

    /// MD5 of `parts` one after another. Throws std::runtime_error only if OpenSSL fails.
    static Digest md5(std::initializer_list<std::span<const std::uint8_t>> parts);
    /// HMAC-MD5 of `data` under `key`. Throws std::runtime_error only if OpenSSL fails.
    static Digest hmacMd5(std::span<const std::uint8_t> key, std::span<const std::uint8_t> data);
    /// The bytes of a text (shared secrets).
    static std::span<const std::uint8_t> bytes(std::string_view text)
    {
        return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
    }
};

} // namespace castellan
