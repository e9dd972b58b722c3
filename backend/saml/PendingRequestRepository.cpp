#include "saml/PendingRequestRepository.h"

#include "store/Database.h"

#include <Poco/Data/RecordSet.h>

using namespace Poco::Data::Keywords;

namespace castellan {

PendingRequestRepository::PendingRequestRepository(Database& database) : m_database(database) {}

void PendingRequestRepository::create(const PendingRequestRecord& pending)
{
    PendingRequestRecord p = pending;
    m_database.write([&](Poco::Data::Session& s) {
        s << "DELETE FROM saml_pending_requests WHERE expires_at < $1", use(p.createdAt), now;
        s << "INSERT INTO saml_pending_requests (id, sp_id, request_id, acs_url, relay_state, created_at, expires_at, "
             "force_authn, is_passive) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            use(p.id), use(p.spId), use(p.requestId), use(p.acsUrl), use(p.relayState), use(p.createdAt),
            use(p.expiresAt), use(p.forceAuthn), use(p.isPassive), now;
    });
}

namespace {

std::optional<PendingRequestRecord> select(Poco::Data::Session& s, const std::string& id, std::int64_t nowSeconds)
{
    std::string key = id;
    Poco::Int64 at = nowSeconds;
    Poco::Data::Statement select(s);
    select << "SELECT id, sp_id, request_id, acs_url, relay_state, created_at, expires_at, force_authn, is_passive "
              "FROM saml_pending_requests WHERE id = $1 AND expires_at > $2",
        use(key), use(at);
    select.execute();
    Poco::Data::RecordSet rs(select);
    if (!rs.moveFirst()) {
        return std::nullopt;
    }
    PendingRequestRecord p;
    p.id = rs[0].convert<std::string>();
    p.spId = rs[1].convert<Poco::Int64>();
    p.requestId = rs[2].convert<std::string>();
    p.acsUrl = rs[3].convert<std::string>();
    p.relayState = rs[4].convert<std::string>();
    p.createdAt = rs[5].convert<Poco::Int64>();
    p.expiresAt = rs[6].convert<Poco::Int64>();
    p.forceAuthn = rs[7].convert<bool>();
    p.isPassive = rs[8].convert<bool>();
    return p;
}

} // namespace

std::optional<PendingRequestRecord> PendingRequestRepository::find(const std::string& id, std::int64_t nowSeconds)
{
    std::optional<PendingRequestRecord> found;
    m_database.read([&](Poco::Data::Session& s) { found = select(s, id, nowSeconds); });
    return found;
}

std::optional<PendingRequestRecord> PendingRequestRepository::take(const std::string& id, std::int64_t nowSeconds)
{
    std::optional<PendingRequestRecord> found;
    std::string key = id;
    m_database.write([&](Poco::Data::Session& s) {
        found = select(s, id, nowSeconds);
        s << "DELETE FROM saml_pending_requests WHERE id = $1", use(key), now;
    });
    return found;
}

} // namespace castellan
