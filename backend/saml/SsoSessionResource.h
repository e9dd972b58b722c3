#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

namespace castellan {

class AuditLog;
class Router;
class SsoSessionRepository;

/// `/sso-sessions` (admin): every user's SSO sessions with the SPs each signed into; ending one makes the browser
/// sign in again on its next request (SLO to the SPs is a later slice).
class SsoSessionResource
{
public:
    SsoSessionResource(SsoSessionRepository& sessions, AuditLog& audit, const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse list(const RestRequest& request);
    RestResponse remove(const RestRequest& request);

private:
    SsoSessionRepository& m_sessions;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
