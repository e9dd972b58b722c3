#pragma once

#include "core/Result.h"
#include "crypto/Random.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace castellan {

/// The 256-bit key that seals stored secrets (DESIGN §3), kept in `$STATE_DIR/master.key`.
///
/// The file is one line of text, so an operator can tell what it is and back it up verbatim:
///
///     castellan-master-key v1 <key id: 8 hex digits> <key: 32 bytes, padded base64>\n
///
/// The key id is the first 4 bytes of SHA-256(key). Every sealed secret carries it, so a later key
/// rotation can tell which key sealed what; on load it also catches a damaged file. The file must be
/// mode 0600 (no group or other bits): a readable master key would expose every secret in the database.
class MasterKey
{
public:
    static constexpr std::size_t kKeySize = 32;
    static constexpr std::size_t kKeyIdSize = 4;
    using KeyId = std::array<std::uint8_t, kKeyIdSize>;

    /// Loads the key at `path`, or creates it with fresh random bytes (mode 0600, written to a temporary
    /// file and linked into place so no reader ever sees a partial file) when `path` does not exist.
    /// The parent directory must exist. Fails (ErrorCode::Configuration, the message names `path`) when the
    /// file is group- or world-accessible, is not a regular file, or does not hold a valid v1 key.
    static Result<MasterKey> loadOrCreate(const std::string& path, const Random& random = Random::system());
    /// Writes `key` to a new key file at `path` as loadOrCreate does (0600, never a partial file); fails
    /// (ErrorCode::Conflict) when `path` exists already, which it never replaces. Restore uses it.
    static Result<void> create(const std::string& path, const MasterKey& key, const Random& random = Random::system());
    /// Loads an existing key file with the checks of loadOrCreate.
    static Result<MasterKey> load(const std::string& path);
    /// A key from raw bytes, e.g. for tests or tools that already hold the key.
    static MasterKey fromBytes(std::span<const std::uint8_t, kKeySize> key);

    /// The id of this key: the first 4 bytes of SHA-256(key).
    const KeyId& keyId() const { return m_keyId; }
    /// The key id as 8 lower-case hex digits, for logs and the key file.
    std::string keyIdHex() const { return formatKeyId(m_keyId); }
    /// Any key id (e.g. one read from a sealed value) as 8 lower-case hex digits.
    static std::string formatKeyId(const KeyId& keyId);
    /// The raw key; do not copy it into memory that outlives this object without cleansing it.
    std::span<const std::uint8_t, kKeySize> bytes() const { return m_key; }

    MasterKey(MasterKey&& other) noexcept;
    MasterKey& operator=(MasterKey&& other) noexcept;
    MasterKey(const MasterKey&) = delete;
    MasterKey& operator=(const MasterKey&) = delete;
    /// Overwrites the key bytes (OPENSSL_cleanse) so they do not linger in freed memory.
    ~MasterKey();

private:
    /// Writes the key file; false when `path` appeared meanwhile.
    static Result<bool> writeKeyFile(const std::string& path, const MasterKey& key, const Random& random);
    explicit MasterKey(std::span<const std::uint8_t, kKeySize> key);

    std::array<std::uint8_t, kKeySize> m_key{};
    KeyId m_keyId{};
};

} // namespace castellan
