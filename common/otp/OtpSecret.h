#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace castellan {

class Random;

/// Fewest secret bytes we generate: RFC 4226 §4 R6 requires at least 128 bits.
inline constexpr std::size_t kOtpMinSecretBytes = 16;
/// Secret size RFC 4226 §4 R6 recommends (160 bits), also what authenticator apps expect for SHA-1.
inline constexpr std::size_t kOtpDefaultSecretBytes = 20;

/// A fresh HOTP/TOTP shared secret of `bytes` bytes from the OpenSSL CSPRNG (RFC 4226 §7.5).
/// Throws std::invalid_argument below kOtpMinSecretBytes and std::runtime_error if the CSPRNG fails.
std::vector<std::uint8_t> generateOtpSecret(std::size_t bytes = kOtpDefaultSecretBytes);

/// A fresh shared secret drawn from `random` (tests inject a deterministic source); same rules as above.
std::vector<std::uint8_t> generateOtpSecret(const Random& random, std::size_t bytes = kOtpDefaultSecretBytes);

} // namespace castellan
