#include "rest/UserAccessResource.h"

#include "core/Rfc3339.h"
#include "rest/JsonBody.h"
#include "rest/Paging.h"
#include "rest/PathParameter.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "store/AuditLog.h"
#include "store/PortalSessionRepository.h"
#include "store/UserRepository.h"
#include "store/WebAuthnCredentialRepository.h"

namespace castellan {
namespace {

/// How a session is named outside the server: the first characters of its stored id (a hash of the cookie), as the
/// portal's own session page names it.
constexpr std::size_t kSessionIdLength = 16;

Poco::Dynamic::Var optionalTime(const std::optional<std::int64_t>& at)
{
    return at ? Poco::Dynamic::Var(Rfc3339::format(*at)) : Poco::Dynamic::Var();
}

const char* algorithmName(int cose)
{
    switch (cose) {
    case -7:
        return "ES256";
    case -8:
        return "EdDSA";
    case -257:
        return "RS256";
    default:
        return "other";
    }
}

Poco::JSON::Object keyJson(const StoredWebAuthnKey& k)
{
    Poco::JSON::Object o;
    o.set("id", k.factorId);
    o.set("name", k.name);
    o.set("algorithm", algorithmName(k.credential.algorithm));
    o.set("attestation", k.credential.format);
    o.set("aaguid", k.credential.aaguid);
    o.set("user_verified", k.credential.userVerified);
    o.set("created_at", Rfc3339::format(k.createdAt));
    o.set("last_used_at", optionalTime(k.lastUsedAt));
    return o;
}

RestResponse noSuchUser()
{
    return Problem::fromError(Error::of(ErrorCode::NotFound, "No user with this id"));
}

} // namespace

UserAccessResource::UserAccessResource(UserRepository& users, WebAuthnCredentialRepository& keys,
                                       PortalSessionRepository& sessions, AuditLog& audit, const Clock& clock)
    : m_users(users), m_keys(keys), m_sessions(sessions), m_audit(audit), m_clock(clock)
{}

void UserAccessResource::addRoutes(Router& router)
{
    const std::set<Scope> admin{Scope::Admin};
    router.add({"GET", "/api/v1/users/{id}/security-keys", admin, handlerFor(this, &UserAccessResource::listKeys)});
    router.add(
        {"DELETE", "/api/v1/users/{id}/security-keys/{kid}", admin, handlerFor(this, &UserAccessResource::removeKey)});
    router.add({"GET", "/api/v1/users/{id}/sessions", admin, handlerFor(this, &UserAccessResource::listSessions)});
    router.add(
        {"DELETE", "/api/v1/users/{id}/sessions/{sid}", admin, handlerFor(this, &UserAccessResource::endSession)});
}

RestResponse UserAccessResource::listKeys(const RestRequest& request)
{
    auto id = pathId(request);
    if (!id || !m_users.findById(*id, m_clock.nowSeconds())) {
        return noSuchUser();
    }
    Poco::JSON::Array items;
    std::int64_t total = 0;
    for (const StoredWebAuthnKey& k : m_keys.forUser(*id)) {
        items.add(keyJson(k));
        ++total;
    }
    return listResponse(items, total);
}

RestResponse UserAccessResource::removeKey(const RestRequest& request)
{
    auto id = pathId(request);
    auto kid = pathId(request, "kid");
    if (!id || !kid) {
        return noContent();
    }
    auto user = m_users.findById(*id, m_clock.nowSeconds());
    if (user && m_keys.remove(*id, *kid)) {
        m_audit.record({.channel = "rest",
                        .event = "webauthn.remove",
                        .actor = request.principal->actor(),
                        .username = user->username,
                        .result = "success",
                        .reason = "key " + std::to_string(*kid) + " removed by an administrator",
                        .sourceIp = request.sourceIp});
    }
    return noContent();
}

RestResponse UserAccessResource::listSessions(const RestRequest& request)
{
    auto id = pathId(request);
    if (!id || !m_users.findById(*id, m_clock.nowSeconds())) {
        return noSuchUser();
    }
    Poco::JSON::Array items;
    std::int64_t total = 0;
    for (const PortalSessionRecord& s : m_sessions.activeFor(*id, m_clock.nowSeconds())) {
        Poco::JSON::Object o;
        o.set("id", s.id.substr(0, kSessionIdLength));
        o.set("source_ip", s.sourceIp);
        o.set("user_agent", s.userAgent);
        o.set("auth_methods", s.authMethods);
        o.set("applications", m_sessions.applicationsOf(s.id));
        o.set("signed_in_at", Rfc3339::format(s.authenticatedAt.value_or(s.createdAt)));
        o.set("last_seen_at", Rfc3339::format(s.lastSeenAt));
        o.set("expires_at", Rfc3339::format(s.expiresAt));
        items.add(o);
        ++total;
    }
    return listResponse(items, total);
}

RestResponse UserAccessResource::endSession(const RestRequest& request)
{
    auto id = pathId(request);
    const auto sid = request.pathParams.find("sid");
    auto user = id ? m_users.findById(*id, m_clock.nowSeconds()) : std::nullopt;
    if (!user || sid == request.pathParams.end() || !m_sessions.endForUser(*id, sid->second)) {
        return Problem::fromError(Error::of(ErrorCode::NotFound, "The user has no session with this id"));
    }
    m_audit.record({.channel = "rest",
                    .event = "user.session.end",
                    .actor = request.principal->actor(),
                    .username = user->username,
                    .result = "success",
                    .reason = "portal session " + sid->second + " ended",
                    .sourceIp = request.sourceIp});
    return noContent();
}

} // namespace castellan
