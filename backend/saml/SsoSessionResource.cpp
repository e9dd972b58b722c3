#include "saml/SsoSessionResource.h"

#include "core/Rfc3339.h"
#include "rest/JsonBody.h"
#include "rest/Paging.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "saml/BackChannelLogout.h"
#include "saml/SsoSessionRepository.h"
#include "store/AuditLog.h"

namespace castellan {
namespace {

Poco::JSON::Object sessionJson(const SsoSessionRecord& s)
{
    Poco::JSON::Object o;
    o.set("id", s.id);
    o.set("user_id", s.userId);
    o.set("username", s.username);
    o.set("source_ip", s.sourceIp);
    o.set("created_at", Rfc3339::format(s.createdAt));
    o.set("last_seen_at", Rfc3339::format(s.lastSeenAt));
    o.set("expires_at", Rfc3339::format(s.expiresAt));
    Poco::JSON::Array providers;
    for (const SsoParticipant& p : s.participants) {
        Poco::JSON::Object sp;
        sp.set("service_provider_id", p.spId);
        sp.set("entity_id", p.entityId);
        sp.set("name_id", p.nameId);
        sp.set("session_index", p.sessionIndex);
        sp.set("signed_in_at", Rfc3339::format(p.signedInAt));
        providers.add(sp);
    }
    o.set("service_providers", providers);
    return o;
}

} // namespace

SsoSessionResource::SsoSessionResource(SsoSessionRepository& sessions, BackChannelLogout& backChannel, AuditLog& audit,
                                       const Clock& clock)
    : m_sessions(sessions), m_backChannel(backChannel), m_audit(audit), m_clock(clock)
{}

void SsoSessionResource::addRoutes(Router& router)
{
    const std::set<Scope> admin{Scope::Admin};
    router.add({"GET", "/api/v1/sso-sessions", admin, handlerFor(this, &SsoSessionResource::list)});
    router.add({"DELETE", "/api/v1/sso-sessions/{id}", admin, handlerFor(this, &SsoSessionResource::remove)});
}

RestResponse SsoSessionResource::list(const RestRequest& request)
{
    auto paging = Paging::fromRequest(request);
    if (!paging) {
        return Problem::fromError(paging.error());
    }
    std::int64_t total = 0;
    Poco::JSON::Array items;
    for (const SsoSessionRecord& s :
         m_sessions.active(m_clock.nowSeconds(), request.queryValue("user"), paging->offset, paging->limit, total)) {
        items.add(sessionJson(s));
    }
    return listResponse(items, total);
}

RestResponse SsoSessionResource::remove(const RestRequest& request)
{
    const auto id = request.pathParams.find("id");
    auto session =
        id == request.pathParams.end() || id->second.size() > 64 ? std::nullopt : m_sessions.findById(id->second);
    if (!session || !m_sessions.end(session->id)) {
        return Problem::fromError(Error::of(ErrorCode::NotFound, "No SSO session with this id"));
    }
    m_audit.record({.channel = "rest",
                    .event = "sso_session.delete",
                    .actor = request.principal->actor(),
                    .result = "success",
                    .reason = "SSO session " + id->second + " of " + session->username + " ended",
                    .sourceIp = request.sourceIp});
    m_backChannel.notify(session->username, session->participants, request.sourceIp);
    return noContent();
}

} // namespace castellan
