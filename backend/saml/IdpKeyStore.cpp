#include "saml/IdpKeyStore.h"

#include "auth/OpaqueToken.h"
#include "crypto/SecretBox.h"
#include "store/Database.h"

#include <Poco/Data/DataException.h>
#include <Poco/Data/RecordSet.h>

#include <stdexcept>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

constexpr const char* kCommonName = "Castellan MFA SAML IdP";
constexpr const char* kColumns = "SELECT id, state, certificate, created_at, activated_at, retired_at, private_key "
                                 "FROM saml_idp_keys ";
// Active first, then next, then the others, most recently active (or made) first.
constexpr const char* kOrder = " ORDER BY CASE state WHEN 'active' THEN 0 WHEN 'next' THEN 1 WHEN 'previous' THEN 2 "
                               "ELSE 3 END, COALESCE(activated_at, created_at) DESC, id";

/// Unwinds Database::write so that its transaction rolls back.
struct RollBack
{};

std::string aadFor(const std::string& id)
{
    return "saml_idp_keys.private_key:" + id;
}

IdpKeyState stateFromName(const std::string& name)
{
    for (IdpKeyState state : {IdpKeyState::Active, IdpKeyState::Next, IdpKeyState::Previous}) {
        if (name == idpKeyStateName(state)) {
            return state;
        }
    }
    return IdpKeyState::Retired; // the CHECK constraint allows nothing else
}

std::optional<std::int64_t> optionalSeconds(Poco::Data::RecordSet& rs, std::size_t column)
{
    if (rs[column].isEmpty()) {
        return std::nullopt;
    }
    return rs[column].convert<Poco::Int64>();
}

/// The key in the current row of a kColumns select.
IdpKey keyFrom(Poco::Data::RecordSet& rs)
{
    IdpKey key;
    key.id = rs[0].convert<std::string>();
    key.state = stateFromName(rs[1].convert<std::string>());
    key.certificatePem = rs[2].convert<std::string>();
    key.createdAt = rs[3].convert<Poco::Int64>();
    key.activatedAt = optionalSeconds(rs, 4);
    key.retiredAt = optionalSeconds(rs, 5);
    return key;
}

} // namespace

std::string_view idpKeyStateName(IdpKeyState state)
{
    switch (state) {
    case IdpKeyState::Active:
        return "active";
    case IdpKeyState::Next:
        return "next";
    case IdpKeyState::Previous:
        return "previous";
    case IdpKeyState::Retired:
        return "retired";
    }
    return "retired";
}

IdpKeyStore::IdpKeyStore(Database& database, const SecretBox& secrets, const Clock& clock)
    : m_database(database), m_secrets(secrets), m_clock(clock)
{}

std::optional<IdpKeyStore::Snapshot> IdpKeyStore::read()
{
    Snapshot snapshot;
    std::string sealed;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string(kColumns) + "WHERE state <> 'retired'" + kOrder;
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            snapshot.published.push_back(keyFrom(rs));
            if (snapshot.published.size() == 1) {
                sealed = rs[6].convert<std::string>();
            }
        }
    });
    if (snapshot.published.empty() || snapshot.published.front().state != IdpKeyState::Active) {
        return std::nullopt;
    }
    const IdpKey& active = snapshot.published.front();
    auto plain = m_secrets.openFromBase64(sealed, aadFor(active.id));
    if (!plain) {
        throw std::runtime_error("the SAML signing key cannot be opened with this master key");
    }
    snapshot.active = SigningKeyPair{active.certificatePem, *plain};
    snapshot.readAt = m_clock.nowSeconds();
    return snapshot;
}

void IdpKeyStore::createFirstKey()
{
    auto pair = SigningKeyPair::generate(kCommonName);
    if (!pair) {
        throw std::runtime_error(pair.error().message);
    }
    std::string id = OpaqueToken::generate("idpk_").substr(0, 32);
    std::string certificate = pair->certificatePem;
    std::string sealed = m_secrets.sealToBase64(pair->privateKeyPem, aadFor(id));
    Poco::Int64 at = m_clock.nowSeconds();
    // Two nodes may start together: the unique index lets one active row in, and everyone signs with that one.
    m_database.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO saml_idp_keys (id, certificate, private_key, state, created_at, activated_at) "
             "VALUES ($1, $2, $3, 'active', $4, $4) ON CONFLICT DO NOTHING",
            use(id), use(certificate), use(sealed), use(at), now;
    });
}

const IdpKeyStore::Snapshot& IdpKeyStore::current()
{
    // Signing and the metadata read the keys through this snapshot instead of on every request; DESIGN §6 allows
    // caches of data that may be stale for seconds, and a key's states are chosen so that they may (see
    // kCacheSeconds). A clock that went back also forces a new read.
    const std::int64_t age = m_snapshot ? m_clock.nowSeconds() - m_snapshot->readAt : kCacheSeconds;
    if (age >= 0 && age < kCacheSeconds) {
        return *m_snapshot;
    }
    auto fresh = read();
    if (!fresh) {
        createFirstKey();
        fresh = read();
    }
    if (!fresh) {
        throw std::runtime_error("the SAML signing key was not stored");
    }
    m_snapshot = std::move(fresh);
    return *m_snapshot;
}

void IdpKeyStore::forget()
{
    std::lock_guard lock(m_mutex);
    m_snapshot.reset();
}

SigningKeyPair IdpKeyStore::active()
{
    std::lock_guard lock(m_mutex);
    return current().active;
}

std::vector<IdpKey> IdpKeyStore::published()
{
    std::lock_guard lock(m_mutex);
    return current().published;
}

std::vector<IdpKey> IdpKeyStore::all()
{
    {
        std::lock_guard lock(m_mutex);
        current(); // a fresh installation lists the key its metadata publishes
    }
    std::vector<IdpKey> keys;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string(kColumns) + kOrder;
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            keys.push_back(keyFrom(rs));
        }
    });
    return keys;
}

std::optional<IdpKey> IdpKeyStore::find(const std::string& id)
{
    std::optional<IdpKey> found;
    std::string key = id;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string(kColumns) + "WHERE id = $1", use(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            found = keyFrom(rs);
        }
    });
    return found;
}

Result<IdpKey> IdpKeyStore::generateNext()
{
    {
        std::lock_guard lock(m_mutex);
        current(); // the first key is the active one, never a next key
    }
    auto pair = SigningKeyPair::generate(kCommonName);
    if (!pair) {
        return pair.error();
    }
    std::string id = OpaqueToken::generate("idpk_").substr(0, 32);
    std::string certificate = pair->certificatePem;
    std::string sealed = m_secrets.sealToBase64(pair->privateKeyPem, aadFor(id));
    Poco::Int64 at = m_clock.nowSeconds();
    std::size_t inserted = 0;
    // The unique index on next keys decides between two administrators (or nodes) preparing one at the same time.
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement insert(s);
        insert << "INSERT INTO saml_idp_keys (id, certificate, private_key, state, created_at) "
                  "VALUES ($1, $2, $3, 'next', $4) ON CONFLICT DO NOTHING",
            use(id), use(certificate), use(sealed), use(at);
        inserted = insert.execute();
    });
    if (inserted == 0) {
        return Error::of(ErrorCode::Conflict, "A next key already exists: activate or retire it first");
    }
    forget();
    return IdpKey{.id = id, .state = IdpKeyState::Next, .certificatePem = certificate, .createdAt = at};
}

Result<IdpKey> IdpKeyStore::activate(const std::string& id)
{
    std::string key = id;
    Poco::Int64 at = m_clock.nowSeconds();
    bool promoted = false;
    try {
        // One transaction, demotion first: the unique index never sees two active keys. When there is nothing to
        // promote the transaction rolls back, so the active key is never demoted for nothing.
        m_database.write([&](Poco::Data::Session& s) {
            s << "UPDATE saml_idp_keys SET state = 'previous' WHERE state = 'active' AND id <> $1", use(key), now;
            Poco::Data::Statement promote(s);
            promote << "UPDATE saml_idp_keys SET state = 'active', activated_at = $1 "
                       "WHERE id = $2 AND state IN ('next', 'previous')",
                use(at), use(key);
            if (promote.execute() == 0) {
                throw RollBack{};
            }
        });
        promoted = true;
    } catch (const RollBack&) {
        // classified below
    } catch (const Poco::Data::DataException& e) {
        // On PostgreSQL another node's activation committed between the two statements: its key is active and
        // the unique index refused a second one.
        return Error::of(ErrorCode::Conflict, "Another key was activated at the same time; reload the keys",
                         "activating SAML key " + id + ": " + e.displayText());
    }
    auto found = find(id);
    if (!found) {
        return Error::of(ErrorCode::NotFound, "No SAML signing key with this id");
    }
    if (!promoted && found->state == IdpKeyState::Retired) {
        return Error::of(ErrorCode::Conflict, "A retired key cannot sign again: generate a new key");
    }
    if (!promoted && found->state != IdpKeyState::Active) {
        return Error::of(ErrorCode::Conflict, "The key changed at the same time; reload the keys");
    }
    forget();
    return *found;
}

Result<void> IdpKeyStore::retire(const std::string& id)
{
    std::string key = id;
    Poco::Int64 at = m_clock.nowSeconds();
    std::size_t retired = 0;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement update(s);
        update << "UPDATE saml_idp_keys SET state = 'retired', private_key = '', retired_at = $1 "
                  "WHERE id = $2 AND state IN ('next', 'previous')",
            use(at), use(key);
        retired = update.execute();
    });
    if (retired == 0) {
        auto found = find(id);
        if (!found) {
            return Error::of(ErrorCode::NotFound, "No SAML signing key with this id");
        }
        if (found->state == IdpKeyState::Active) {
            return Error::of(ErrorCode::Conflict, "The active key cannot be retired: activate another key first");
        }
    }
    forget();
    return {};
}

} // namespace castellan
