#include "api/PortalSession.h"

#include "api/JsonRead.h"

namespace castellan::console {

PortalSession PortalSession::fromJson(const QJsonObject& object)
{
    PortalSession session;
    session.id = json::text(object, "id");
    session.sourceIp = json::text(object, "source_ip");
    session.userAgent = json::text(object, "user_agent");
    session.authMethods = json::text(object, "auth_methods");
    session.applications = json::text(object, "applications");
    session.signedInAt = json::time(object, "signed_in_at");
    session.lastSeenAt = json::time(object, "last_seen_at");
    session.expiresAt = json::time(object, "expires_at");
    return session;
}

} // namespace castellan::console
