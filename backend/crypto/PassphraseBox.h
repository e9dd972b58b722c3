#pragma once

#include "core/Result.h"
#include "crypto/Random.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace castellan {

/// The Argon2id cost of a backup key; the default takes about a quarter of a second, once per backup or restore.
struct PassphraseCost
{
    std::uint32_t memoryKiB = 64 * 1024;
    std::uint32_t iterations = 3;
    std::uint32_t parallelism = 1;
};

/// Encrypts a backup under a passphrase: a key derived with Argon2id (RFC 9106) from the passphrase and a random
/// salt seals the contents with AES-256-GCM (SecretBox).
///
/// File format, version 1 (integers big-endian):
///
///     "CASTELLAN-BACKUP" (16 bytes) | format version (1 byte, = 1) |
///     Argon2id memory KiB (4) | iterations (4) | parallelism (4) | salt (16) | length of what follows (8) |
///     SecretBox sealed value: version | key id | nonce (12) | ciphertext | GCM tag (16)
///
/// The whole header is the GCM associated data, so a changed cost, salt or length fails to open just like a changed
/// ciphertext: a wrong passphrase or any alteration gives an error, never garbage.
class PassphraseBox
{
public:
    static constexpr std::string_view kMagic = "CASTELLAN-BACKUP";
    static constexpr std::uint8_t kFormatVersion = 1;
    static constexpr std::size_t kSaltSize = 16;
    static constexpr std::size_t kHeaderSize = 16 + 1 + 4 + 4 + 4 + kSaltSize + 8;

    using Cost = PassphraseCost;

    /// `plain` sealed under `passphrase` (which must not be empty). Throws std::runtime_error if libargon2 or
    /// OpenSSL fail.
    static std::vector<std::uint8_t> seal(std::span<const std::uint8_t> plain, std::string_view passphrase,
                                          Cost cost = {}, const Random& random = Random::system());
    /// The contents of a sealed file; ErrorCode::Crypto (with a message for the administrator) when it is not a
    /// backup, is of an unknown format version, is truncated, or the passphrase is wrong or the file altered.
    static Result<std::vector<std::uint8_t>> open(std::span<const std::uint8_t> file, std::string_view passphrase);
};

} // namespace castellan
