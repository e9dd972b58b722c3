#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "saml/SigningKeyPair.h"

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace castellan {

class Database;
class SecretBox;

/// Where an IdP signing key is in its rotation (migration 0008 explains each state).
enum class IdpKeyState
{
    Active,   ///< signs; published first
    Next,     ///< published, not signing yet
    Previous, ///< published, no longer signing
    Retired,  ///< not published; the private key is erased
};

/// "active", "next", "previous" or "retired": the stored and the API name.
std::string_view idpKeyStateName(IdpKeyState state);

/// One IdP signing key as administrators and the metadata see it (never its private key).
struct IdpKey
{
    std::string id;
    IdpKeyState state = IdpKeyState::Next;
    std::string certificatePem;
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> activatedAt; ///< when it last became the active key
    std::optional<std::int64_t> retiredAt;
};

/// The IdP's signing keys in `saml_idp_keys`: RSA-2048 with a self-signed certificate, the private key sealed under
/// the master key with the row named in the associated data. The first key is made (active) at first use; rotation
/// prepares a next key, publishes it beside the active one so SPs pick it up from the metadata, switches signing to
/// it (the old key stays published as previous) and finally retires the old key.
///
/// Several nodes share one database: every change is one statement or one transaction, and the database keeps at
/// most one active and one next key (partial unique indexes), so two nodes can never both activate.
class IdpKeyStore
{
public:
    /// How long a node signs with, and publishes, what it last read. A rotation made on another node is seen
    /// within this time; that is safe because a key that stops signing stays published (previous) and a retired
    /// key was not signing to begin with. Changes made through this store are seen at once.
    static constexpr std::int64_t kCacheSeconds = 30;

    IdpKeyStore(Database& database, const SecretBox& secrets, const Clock& clock = SystemClock::instance());

    /// The active key, created when none exists. Throws std::runtime_error when the stored key cannot be opened
    /// (another master key) or a key cannot be made.
    SigningKeyPair active();
    /// The keys the metadata publishes: the active one first, then the next one, then previous ones (newest
    /// first). Creates the first key like active().
    std::vector<IdpKey> published();
    /// Every key, retired ones last, as stored now (not cached).
    std::vector<IdpKey> all();
    /// One key as stored now, or nothing.
    std::optional<IdpKey> find(const std::string& id);

    /// Makes a next key. Conflict when one already exists.
    Result<IdpKey> generateNext();
    /// Makes a next or previous key the active one; the active key becomes previous. Activating the active key
    /// changes nothing. NotFound for an unknown id, Conflict for a retired key or a concurrent activation.
    Result<IdpKey> activate(const std::string& id);
    /// Stops publishing a next or previous key and erases its private key. Retiring a retired key changes
    /// nothing. NotFound for an unknown id, Conflict for the active key.
    Result<void> retire(const std::string& id);

private:
    struct Snapshot
    {
        std::vector<IdpKey> published;
        SigningKeyPair active;
        std::int64_t readAt = 0;
    };

    /// The cached snapshot, read again when older than kCacheSeconds; m_mutex must be held.
    const Snapshot& current();
    std::optional<Snapshot> read();
    void createFirstKey();
    void forget();

    Database& m_database;
    const SecretBox& m_secrets;
    const Clock& m_clock;
    std::mutex m_mutex;
    std::optional<Snapshot> m_snapshot;
};

} // namespace castellan
