#include "store/WebAuthnCredentialRepository.h"

#include "crypto/Base64.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <Poco/Data/RecordSet.h>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

constexpr const char* kSelect =
    "SELECT w.factor_id, w.user_id, f.label, w.credential_id, w.public_key, w.algorithm, w.sign_count, w.format, "
    "w.aaguid, w.created_at, w.last_used_at FROM webauthn_credentials w JOIN factors f ON f.id = w.factor_id";

std::vector<StoredWebAuthnKey> rows(Poco::Data::Statement& select)
{
    select.execute();
    Poco::Data::RecordSet rs(select);
    std::vector<StoredWebAuthnKey> keys;
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        StoredWebAuthnKey k;
        k.factorId = rs[0].convert<Poco::Int64>();
        k.userId = rs[1].convert<Poco::Int64>();
        k.name = rs[2].convert<std::string>();
        k.credential.credentialId = rs[3].convert<std::string>();
        k.credential.publicKey = Base64::decode(rs[4].convert<std::string>()).value_or(std::vector<std::uint8_t>{});
        k.credential.algorithm = rs[5].convert<int>();
        k.credential.signCount = static_cast<std::uint32_t>(rs[6].convert<Poco::Int64>());
        k.credential.format = rs[7].convert<std::string>();
        k.credential.aaguid = rs[8].convert<std::string>();
        k.createdAt = rs[9].convert<Poco::Int64>();
        if (!rs[10].isEmpty()) {
            k.lastUsedAt = rs[10].convert<Poco::Int64>();
        }
        keys.push_back(std::move(k));
    }
    return keys;
}

} // namespace

WebAuthnCredentialRepository::WebAuthnCredentialRepository(Database& database) : m_database(database) {}

std::int64_t WebAuthnCredentialRepository::create(std::int64_t userId, const std::string& name,
                                                  const WebAuthnCredential& credential, std::int64_t nowSeconds,
                                                  AuditLog& audit, const AuditEvent& event)
{
    Poco::Int64 user = userId;
    std::string label = name;
    std::string id = credential.credentialId;
    std::string key = Base64::encode(credential.publicKey);
    int algorithm = credential.algorithm;
    Poco::Int64 count = credential.signCount;
    std::string format = credential.format;
    std::string aaguid = credential.aaguid;
    Poco::Int64 at = nowSeconds;
    Poco::Int64 factorId = 0;
    m_database.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO factors (user_id, type, label, verified, created_at) VALUES ($1, 'webauthn', $2, TRUE, $3) "
             "RETURNING id",
            use(user), use(label), use(at), into(factorId), now;
        s << "INSERT INTO webauthn_credentials (factor_id, user_id, credential_id, public_key, algorithm, sign_count, "
             "format, aaguid, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            use(factorId), use(user), use(id), use(key), use(algorithm), use(count), use(format), use(aaguid), use(at),
            now;
        audit.record(s, event);
    });
    return factorId;
}

std::vector<StoredWebAuthnKey> WebAuthnCredentialRepository::forUser(std::int64_t userId)
{
    Poco::Int64 user = userId;
    std::vector<StoredWebAuthnKey> keys;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string(kSelect) + " WHERE w.user_id = $1 ORDER BY w.created_at, w.id", use(user);
        keys = rows(select);
    });
    return keys;
}

std::optional<StoredWebAuthnKey> WebAuthnCredentialRepository::findByCredentialId(const std::string& credentialId)
{
    std::string id = credentialId;
    std::vector<StoredWebAuthnKey> keys;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string(kSelect) + " WHERE w.credential_id = $1", use(id);
        keys = rows(select);
    });
    return keys.empty() ? std::nullopt : std::optional<StoredWebAuthnKey>(keys.front());
}

bool WebAuthnCredentialRepository::advanceCounter(std::int64_t factorId, std::uint32_t expected, std::uint32_t next,
                                                  std::int64_t nowSeconds)
{
    Poco::Int64 factor = factorId;
    Poco::Int64 from = expected;
    Poco::Int64 to = next;
    Poco::Int64 at = nowSeconds;
    std::vector<Poco::Int64> moved;
    m_database.write([&](Poco::Data::Session& s) {
        s << "UPDATE webauthn_credentials SET sign_count = $1, last_used_at = $2 WHERE factor_id = $3 AND "
             "sign_count = $4 RETURNING factor_id",
            use(to), use(at), use(factor), use(from), into(moved), now;
        if (!moved.empty()) {
            s << "UPDATE factors SET last_used_at = $1 WHERE id = $2", use(at), use(factor), now;
        }
    });
    return !moved.empty();
}

bool WebAuthnCredentialRepository::rename(std::int64_t userId, std::int64_t factorId, const std::string& name)
{
    Poco::Int64 user = userId;
    Poco::Int64 factor = factorId;
    std::string label = name;
    std::vector<Poco::Int64> renamed;
    m_database.write([&](Poco::Data::Session& s) {
        s << "UPDATE factors SET label = $1 WHERE id = $2 AND user_id = $3 AND type = 'webauthn' RETURNING id",
            use(label), use(factor), use(user), into(renamed), now;
    });
    return !renamed.empty();
}

bool WebAuthnCredentialRepository::remove(std::int64_t userId, std::int64_t factorId)
{
    Poco::Int64 user = userId;
    Poco::Int64 factor = factorId;
    std::vector<Poco::Int64> removed;
    m_database.write([&](Poco::Data::Session& s) {
        s << "DELETE FROM factors WHERE id = $1 AND user_id = $2 AND type = 'webauthn' RETURNING id", use(factor),
            use(user), into(removed), now;
    });
    return !removed.empty();
}

} // namespace castellan
