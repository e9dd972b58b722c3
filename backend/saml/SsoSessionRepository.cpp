#include "saml/SsoSessionRepository.h"

#include "auth/OpaqueToken.h"
#include "store/Database.h"

#include <Poco/Data/RecordSet.h>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

/// The columns every session query selects, in this order.
constexpr const char* kSessionColumns = "SELECT s.id, s.portal_session_id, s.user_id, s.username, s.source_ip, "
                                        "s.created_at, s.last_seen_at, p.expires_at";

SsoSessionRecord fromRow(Poco::Data::RecordSet& rs)
{
    SsoSessionRecord r;
    r.id = rs[0].convert<std::string>();
    r.portalSessionId = rs[1].convert<std::string>();
    r.userId = rs[2].convert<Poco::Int64>();
    r.username = rs[3].convert<std::string>();
    r.sourceIp = rs[4].convert<std::string>();
    r.createdAt = rs[5].convert<Poco::Int64>();
    r.lastSeenAt = rs[6].convert<Poco::Int64>();
    r.expiresAt = rs[7].convert<Poco::Int64>();
    return r;
}

} // namespace

SsoSessionRepository::SsoSessionRepository(Database& database) : m_database(database) {}

std::string SsoSessionRepository::recordSignIn(const std::string& portalSessionId, std::int64_t userId,
                                               const std::string& username, const std::string& sourceIp,
                                               const SsoParticipant& participant, std::int64_t nowSeconds)
{
    std::string portal = portalSessionId;
    std::string newId = OpaqueToken::generate("sso_").substr(0, 36);
    Poco::Int64 user = userId;
    std::string name = username;
    std::string ip = sourceIp;
    Poco::Int64 at = nowSeconds;
    Poco::Int64 sp = participant.spId;
    std::string nameId = participant.nameId;
    std::string sessionIndex = participant.sessionIndex;
    std::string issuer = participant.idpEntityId;
    std::string id;
    m_database.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO sso_sessions (id, portal_session_id, user_id, username, source_ip, created_at, last_seen_at) "
             "VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (portal_session_id) DO UPDATE SET last_seen_at = $6",
            use(newId), use(portal), use(user), use(name), use(ip), use(at), now;
        s << "SELECT id FROM sso_sessions WHERE portal_session_id = $1", use(portal), into(id), now;
        s << "INSERT INTO sso_session_providers (sso_session_id, sp_id, name_id, session_index, signed_in_at, "
             "idp_entity_id) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (sso_session_id, sp_id) DO UPDATE SET "
             "name_id = $3, session_index = $4, signed_in_at = $5, idp_entity_id = $6",
            use(id), use(sp), use(nameId), use(sessionIndex), use(at), use(issuer), now;
    });
    return id;
}

std::vector<SsoParticipant> SsoSessionRepository::participantsOf(const std::string& id)
{
    std::vector<SsoParticipant> participants;
    std::string key = id;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << "SELECT p.sp_id, sp.entity_id, p.name_id, p.session_index, p.signed_in_at, p.idp_entity_id "
                  "FROM sso_session_providers p JOIN service_providers sp ON sp.id = p.sp_id "
                  "WHERE p.sso_session_id = $1 ORDER BY p.signed_in_at, p.sp_id",
            use(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            participants.push_back({rs[0].convert<Poco::Int64>(), rs[1].convert<std::string>(),
                                    rs[2].convert<std::string>(), rs[3].convert<std::string>(),
                                    rs[4].convert<Poco::Int64>(), rs[5].convert<std::string>()});
        }
    });
    return participants;
}

std::vector<SsoSessionRecord> SsoSessionRepository::active(std::int64_t nowSeconds, const std::string& username,
                                                           int offset, int limitRows, std::int64_t& total)
{
    std::vector<SsoSessionRecord> sessions;
    Poco::Int64 at = nowSeconds;
    std::string name = username;
    const std::string where = " FROM sso_sessions s JOIN portal_sessions p ON p.id = s.portal_session_id "
                              "WHERE p.expires_at > $1 AND p.state = 'active' AND ($2 = '' OR s.username = $2)";
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Int64 n = 0;
        s << "SELECT COUNT(*)" + where, use(at), use(name), into(n), now;
        total = n;
        Poco::Data::Statement select(s);
        select << kSessionColumns + where + " ORDER BY s.created_at DESC, s.id LIMIT " + std::to_string(limitRows) +
                      " OFFSET " + std::to_string(offset),
            use(at), use(name);
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            sessions.push_back(fromRow(rs));
        }
    });
    for (SsoSessionRecord& r : sessions) {
        r.participants = participantsOf(r.id);
    }
    return sessions;
}

std::optional<SsoSessionRecord> SsoSessionRepository::findWhere(const std::string& column, const std::string& value)
{
    std::optional<SsoSessionRecord> found;
    std::string key = value;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        // `column` is one of two names fixed by the callers below, never input.
        select << std::string(kSessionColumns) +
                      " FROM sso_sessions s JOIN portal_sessions p ON p.id = s.portal_session_id WHERE s." + column +
                      " = $1",
            use(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            found = fromRow(rs);
        }
    });
    if (found) {
        found->participants = participantsOf(found->id);
    }
    return found;
}

std::optional<SsoSessionRecord> SsoSessionRepository::findByPortalSession(const std::string& portalSessionId)
{
    return findWhere("portal_session_id", portalSessionId);
}

std::optional<SsoSessionRecord> SsoSessionRepository::findById(const std::string& id)
{
    return findWhere("id", id);
}

std::optional<std::string> SsoSessionRepository::findBySessionIndex(std::int64_t spId, const std::string& sessionIndex,
                                                                    const std::string& nameId)
{
    std::optional<std::string> found;
    Poco::Int64 sp = spId;
    std::string index = sessionIndex;
    std::string name = nameId;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << "SELECT sso_session_id FROM sso_session_providers WHERE sp_id = $1 AND session_index = $2 "
                  "AND name_id = $3",
            use(sp), use(index), use(name);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            found = rs[0].convert<std::string>();
        }
    });
    return found;
}

std::vector<std::string> SsoSessionRepository::findByParticipant(std::int64_t spId, const std::string& nameId)
{
    std::vector<std::string> found;
    if (nameId.empty()) {
        return found;
    }
    Poco::Int64 sp = spId;
    std::string name = nameId;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << "SELECT DISTINCT sso_session_id FROM sso_session_providers WHERE sp_id = $1 AND name_id = $2 "
                  "ORDER BY sso_session_id",
            use(sp), use(name);
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            found.push_back(rs[0].convert<std::string>());
        }
    });
    return found;
}

bool SsoSessionRepository::end(const std::string& id)
{
    std::string key = id;
    std::string portal;
    bool ended = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << "SELECT portal_session_id FROM sso_sessions WHERE id = $1", use(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (!rs.moveFirst()) {
            return;
        }
        portal = rs[0].convert<std::string>();
        // The portal session goes too (and the SSO session with it, ON DELETE CASCADE): no SSO without a sign-in.
        s << "DELETE FROM sso_sessions WHERE id = $1", use(key), now;
        s << "DELETE FROM portal_sessions WHERE id = $1", use(portal), now;
        ended = true;
    });
    return ended;
}

} // namespace castellan
