#pragma once

#include "core/Result.h"
#include "crypto/MasterKey.h"
#include "crypto/Random.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace castellan {

/// Seals stored secrets (TOTP seeds, gateway credentials, private keys) with AES-256-GCM under the
/// master key (DESIGN §3; GCM as in NIST SP 800-38D).
///
/// Sealed format:  version (1 byte, = 1) | key id (4 bytes) | nonce (12 random bytes) | ciphertext | tag (16 bytes)
///
/// The version byte, the key id and the caller's associated data are all authenticated. Pass as associated
/// data what the secret belongs to (e.g. "factors.secret:42"), so a ciphertext copied into another row or
/// column fails to open. Nonces are random: NIST's limit of 2^32 seals per key is far beyond the number of
/// secrets a server stores. Thread-safe: every call uses its own cipher context.
class SecretBox
{
public:
    static constexpr std::uint8_t kVersion = 1;
    static constexpr std::size_t kNonceSize = 12;
    static constexpr std::size_t kTagSize = 16;
    static constexpr std::size_t kHeaderSize = 1 + MasterKey::kKeyIdSize + kNonceSize;
    /// Bytes a sealed value has beyond its plaintext.
    static constexpr std::size_t kOverhead = kHeaderSize + kTagSize;

    /// A box sealing under `key`, drawing nonces from `random`.
    explicit SecretBox(MasterKey key, Random random = Random::system());

    /// `plain` encrypted and authenticated together with `aad`. Throws std::runtime_error only if OpenSSL fails.
    std::vector<std::uint8_t> seal(std::span<const std::uint8_t> plain, std::string_view aad = {}) const;
    /// The plaintext of `sealed`, or ErrorCode::Crypto when it is truncated, of another format version,
    /// sealed under another key, or altered, or `aad` differs from the one it was sealed with.
    Result<std::vector<std::uint8_t>> open(std::span<const std::uint8_t> sealed, std::string_view aad = {}) const;

    /// seal() of a text, as padded base64 for a TEXT column.
    std::string sealToBase64(std::string_view plain, std::string_view aad = {}) const;
    /// open() of sealToBase64() output; also ErrorCode::Crypto when `sealed` is not canonical base64.
    Result<std::string> openFromBase64(std::string_view sealed, std::string_view aad = {}) const;

    /// The id of the key this box seals with.
    const MasterKey::KeyId& keyId() const { return m_key.keyId(); }

private:
    MasterKey m_key;
    Random m_random;
};

} // namespace castellan
