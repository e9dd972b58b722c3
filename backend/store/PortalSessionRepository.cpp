#include "store/PortalSessionRepository.h"

#include "store/Database.h"
#include "store/NullableValue.h"

#include <Poco/Data/RecordSet.h>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

constexpr const char* kColumns =
    "id, user_id, state, csrf, COALESCE(transaction_id, ''), username, language, source_ip, user_agent, created_at, "
    "authenticated_at, last_seen_at, expires_at, COALESCE(webauthn_challenge, ''), "
    "continue_to, second_factor, auth_methods, login_application_id";

PortalSessionRecord fromRow(Poco::Data::RecordSet& rs)
{
    PortalSessionRecord r;
    r.id = rs[0].convert<std::string>();
    if (!rs[1].isEmpty()) {
        r.userId = rs[1].convert<Poco::Int64>();
    }
    r.state = rs[2].convert<std::string>();
    r.csrf = rs[3].convert<std::string>();
    r.transactionId = rs[4].convert<std::string>();
    r.username = rs[5].convert<std::string>();
    r.language = rs[6].convert<std::string>();
    r.sourceIp = rs[7].convert<std::string>();
    r.userAgent = rs[8].convert<std::string>();
    r.createdAt = rs[9].convert<Poco::Int64>();
    if (!rs[10].isEmpty()) {
        r.authenticatedAt = rs[10].convert<Poco::Int64>();
    }
    r.lastSeenAt = rs[11].convert<Poco::Int64>();
    r.expiresAt = rs[12].convert<Poco::Int64>();
    r.webauthnChallenge = rs[13].convert<std::string>();
    r.continueTo = rs[14].convert<std::string>();
    r.secondFactor = rs[15].convert<bool>();
    r.authMethods = rs[16].convert<std::string>();
    if (!rs[17].isEmpty()) {
        r.loginApplicationId = rs[17].convert<Poco::Int64>();
    }
    return r;
}

} // namespace

PortalSessionRepository::PortalSessionRepository(Database& database) : m_database(database) {}

namespace {

void insert(Poco::Data::Session& db, const PortalSessionRecord& session)
{
    PortalSessionRecord s = session;
    auto user = nullableValue(s.userId);
    auto authenticated = nullableValue(s.authenticatedAt);
    auto application = nullableValue(s.loginApplicationId);
    db << "INSERT INTO portal_sessions (id, user_id, state, csrf, transaction_id, username, language, source_ip, "
          "user_agent, created_at, authenticated_at, last_seen_at, expires_at, continue_to, second_factor, "
          "auth_methods, login_application_id) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)",
        use(s.id), use(user), use(s.state), use(s.csrf), use(s.transactionId), use(s.username), use(s.language),
        use(s.sourceIp), use(s.userAgent), use(s.createdAt), use(authenticated), use(s.lastSeenAt), use(s.expiresAt),
        use(s.continueTo), use(s.secondFactor), use(s.authMethods), use(application), now;
}

} // namespace

void PortalSessionRepository::create(const PortalSessionRecord& session)
{
    m_database.write([&](Poco::Data::Session& db) { insert(db, session); });
}

void PortalSessionRepository::replace(const std::string& oldId, const PortalSessionRecord& replacement)
{
    std::string old = oldId;
    std::string fresh = replacement.id;
    m_database.write([&](Poco::Data::Session& db) {
        insert(db, replacement);
        db << "UPDATE sso_sessions SET portal_session_id = $1 WHERE portal_session_id = $2", use(fresh), use(old), now;
        db << "DELETE FROM portal_sessions WHERE id = $1", use(old), now;
    });
}

std::optional<PortalSessionRecord> PortalSessionRepository::find(const std::string& id, std::int64_t nowSeconds)
{
    std::optional<PortalSessionRecord> found;
    std::string key = id;
    Poco::Int64 at = nowSeconds;
    m_database.read([&](Poco::Data::Session& db) {
        Poco::Data::Statement select(db);
        select << std::string("SELECT ") + kColumns + " FROM portal_sessions WHERE id = $1 AND expires_at > $2",
            use(key), use(at);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            found = fromRow(rs);
        }
    });
    return found;
}

void PortalSessionRepository::update(const PortalSessionRecord& session)
{
    PortalSessionRecord s = session;
    auto user = nullableValue(s.userId);
    auto authenticated = nullableValue(s.authenticatedAt);
    auto application = nullableValue(s.loginApplicationId);
    m_database.write([&](Poco::Data::Session& db) {
        db << "UPDATE portal_sessions SET user_id = $1, state = $2, csrf = $3, transaction_id = $4, username = $5, "
              "language = $6, authenticated_at = $7, last_seen_at = $8, expires_at = $9, webauthn_challenge = $10, "
              "continue_to = $11, second_factor = $12, auth_methods = $13, login_application_id = $14 WHERE id = $15",
            use(user), use(s.state), use(s.csrf), use(s.transactionId), use(s.username), use(s.language),
            use(authenticated), use(s.lastSeenAt), use(s.expiresAt), use(s.webauthnChallenge), use(s.continueTo),
            use(s.secondFactor), use(s.authMethods), use(application), use(s.id), now;
    });
}

void PortalSessionRepository::touch(const std::string& id, std::int64_t nowSeconds, std::int64_t expiresAt)
{
    std::string key = id;
    Poco::Int64 at = nowSeconds;
    Poco::Int64 until = expiresAt;
    m_database.write([&](Poco::Data::Session& db) {
        db << "UPDATE portal_sessions SET last_seen_at = $1, expires_at = $2 WHERE id = $3", use(at), use(until),
            use(key), now;
    });
}

bool PortalSessionRepository::remove(const std::string& id)
{
    std::string key = id;
    std::vector<std::string> removed;
    m_database.write([&](Poco::Data::Session& db) {
        db << "DELETE FROM portal_sessions WHERE id = $1 RETURNING id", use(key), into(removed), now;
    });
    return !removed.empty();
}

std::string PortalSessionRepository::applicationsOf(const std::string& id)
{
    std::string key = id;
    std::vector<std::string> names;
    m_database.read([&](Poco::Data::Session& db) {
        db << "SELECT sp.name FROM sso_sessions s JOIN sso_session_providers p ON p.sso_session_id = s.id "
              "JOIN service_providers sp ON sp.id = p.sp_id WHERE s.portal_session_id = $1 ORDER BY p.signed_in_at",
            use(key), into(names), now;
    });
    std::string joined;
    for (const std::string& name : names) {
        joined += (joined.empty() ? "" : ", ") + name;
    }
    return joined;
}

std::vector<PortalSessionRecord> PortalSessionRepository::activeFor(std::int64_t userId, std::int64_t nowSeconds)
{
    std::vector<PortalSessionRecord> sessions;
    Poco::Int64 user = userId;
    Poco::Int64 at = nowSeconds;
    m_database.read([&](Poco::Data::Session& db) {
        Poco::Data::Statement select(db);
        select << std::string("SELECT ") + kColumns +
                      " FROM portal_sessions WHERE user_id = $1 AND state = 'active' AND expires_at > $2 "
                      "ORDER BY authenticated_at DESC",
            use(user), use(at);
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            sessions.push_back(fromRow(rs));
        }
    });
    return sessions;
}

bool PortalSessionRepository::endForUser(std::int64_t userId, const std::string& idPrefix)
{
    if (idPrefix.size() != 16) {
        return false;
    }
    return !endWhere(userId, "id LIKE $2", idPrefix + "%").empty();
}

std::vector<std::string> PortalSessionRepository::endWhere(std::int64_t userId, const std::string& condition,
                                                           const std::string& value)
{
    Poco::Int64 user = userId;
    std::string argument = value;
    std::vector<std::string> ids;
    // `condition` is one of two fixed texts of this file, never input.
    if (m_ending) {
        m_database.read([&](Poco::Data::Session& db) {
            db << "SELECT id FROM portal_sessions WHERE user_id = $1 AND " + condition, use(user), use(argument),
                into(ids), now;
        });
        if (!ids.empty()) {
            m_ending(ids);
        }
    }
    std::vector<std::string> removed;
    m_database.write([&](Poco::Data::Session& db) {
        db << "DELETE FROM portal_sessions WHERE user_id = $1 AND " + condition + " RETURNING id", use(user),
            use(argument), into(removed), now;
    });
    return removed;
}

int PortalSessionRepository::endAllForUser(std::int64_t userId, const std::string& keepId)
{
    return static_cast<int>(endWhere(userId, "id <> $2", keepId).size());
}

} // namespace castellan
