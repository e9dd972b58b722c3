#include "saml/LogoutRepository.h"

#include "store/Database.h"
#include "store/NullableValue.h"

#include <Poco/Data/RecordSet.h>

using namespace Poco::Data::Keywords;

namespace castellan {
LogoutRepository::LogoutRepository(Database& database) : m_database(database) {}

void LogoutRepository::create(const LogoutRecord& logout)
{
    LogoutRecord l = logout;
    auto user = nullableValue(l.userId);
    auto origin = nullableValue(l.originSpId);
    m_database.write([&](Poco::Data::Session& s) {
        s << "DELETE FROM saml_logouts WHERE expires_at < $1", use(l.createdAt), now;
        s << "INSERT INTO saml_logouts (id, user_id, username, origin_sp_id, origin_request_id, origin_relay_state, "
             "language, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            use(l.id), use(user), use(l.username), use(origin), use(l.originRequestId), use(l.originRelayState),
            use(l.language), use(l.createdAt), use(l.expiresAt), now;
        for (LogoutStep& step : l.steps) {
            s << "INSERT INTO saml_logout_steps (logout_id, position, sp_id, name_id, session_index, request_id, "
                 "state) VALUES ($1, $2, $3, $4, $5, '', 'pending')",
                use(l.id), use(step.position), use(step.spId), use(step.nameId), use(step.sessionIndex), now;
        }
    });
}

std::optional<LogoutRecord> LogoutRepository::find(const std::string& id, std::int64_t nowSeconds)
{
    std::optional<LogoutRecord> found;
    std::string key = id;
    Poco::Int64 at = nowSeconds;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << "SELECT id, user_id, username, origin_sp_id, origin_request_id, origin_relay_state, language, "
                  "created_at, expires_at FROM saml_logouts WHERE id = $1 AND expires_at > $2",
            use(key), use(at);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (!rs.moveFirst()) {
            return;
        }
        LogoutRecord l;
        l.id = rs[0].convert<std::string>();
        if (!rs[1].isEmpty()) {
            l.userId = rs[1].convert<Poco::Int64>();
        }
        l.username = rs[2].convert<std::string>();
        if (!rs[3].isEmpty()) {
            l.originSpId = rs[3].convert<Poco::Int64>();
        }
        l.originRequestId = rs[4].convert<std::string>();
        l.originRelayState = rs[5].convert<std::string>();
        l.language = rs[6].convert<std::string>();
        l.createdAt = rs[7].convert<Poco::Int64>();
        l.expiresAt = rs[8].convert<Poco::Int64>();
        Poco::Data::Statement steps(s);
        steps << "SELECT position, sp_id, name_id, session_index, request_id, state FROM saml_logout_steps "
                 "WHERE logout_id = $1 ORDER BY position",
            use(key);
        steps.execute();
        Poco::Data::RecordSet rows(steps);
        for (bool more = rows.moveFirst(); more; more = rows.moveNext()) {
            l.steps.push_back({rows[0].convert<int>(), rows[1].convert<Poco::Int64>(), rows[2].convert<std::string>(),
                               rows[3].convert<std::string>(), rows[4].convert<std::string>(),
                               rows[5].convert<std::string>()});
        }
        found = std::move(l);
    });
    return found;
}

bool LogoutRepository::markSent(const std::string& id, int position, const std::string& requestId)
{
    std::string key = id;
    int at = position;
    std::string request = requestId;
    bool changed = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement update(s);
        update << "UPDATE saml_logout_steps SET request_id = $1, state = 'sent' WHERE logout_id = $2 AND "
                  "position = $3 AND state = 'pending'",
            use(request), use(key), use(at);
        changed = update.execute() > 0;
    });
    return changed;
}

bool LogoutRepository::markAnswered(const std::string& id, const std::string& requestId, bool success)
{
    std::string key = id;
    std::string request = requestId;
    std::string state = success ? "done" : "failed";
    bool changed = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement update(s);
        update << "UPDATE saml_logout_steps SET state = $1 WHERE logout_id = $2 AND request_id = $3 AND "
                  "state = 'sent'",
            use(state), use(key), use(request);
        changed = update.execute() > 0;
    });
    return changed;
}

void LogoutRepository::remove(const std::string& id)
{
    std::string key = id;
    m_database.write([&](Poco::Data::Session& s) { s << "DELETE FROM saml_logouts WHERE id = $1", use(key), now; });
}

} // namespace castellan
