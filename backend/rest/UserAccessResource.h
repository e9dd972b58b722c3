#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

namespace castellan {

class AuditLog;
class PortalSessionRepository;
class Router;
class UserRepository;
class WebAuthnCredentialRepository;

/// What gives a user access besides factors, for the user's page in the console: the security keys (WebAuthn
/// credentials) the user registered in the portal, and the user's signed-in portal sessions (with the SAML
/// applications each signed into). Admins list and remove them; ending every session is `DELETE
/// /users/{id}/sessions` (UserResource).
class UserAccessResource
{
public:
    UserAccessResource(UserRepository& users, WebAuthnCredentialRepository& keys, PortalSessionRepository& sessions,
                       AuditLog& audit, const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse listKeys(const RestRequest& request);
    RestResponse removeKey(const RestRequest& request);
    RestResponse listSessions(const RestRequest& request);
    RestResponse endSession(const RestRequest& request);

private:
    UserRepository& m_users;
    WebAuthnCredentialRepository& m_keys;
    PortalSessionRepository& m_sessions;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
