#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

namespace castellan {

class AuditLog;
class BackChannelLogout;
class Router;
class SsoSessionRepository;

/// `/sso-sessions` (admin): every user's SSO sessions with the SPs each signed into; ending one makes the browser
/// sign in again on its next request and tells its SPs that take back-channel (SOAP) logouts.
class SsoSessionResource
{
public:
    SsoSessionResource(SsoSessionRepository& sessions, BackChannelLogout& backChannel, AuditLog& audit,
                       const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse list(const RestRequest& request);
    RestResponse remove(const RestRequest& request);

private:
    SsoSessionRepository& m_sessions;
    BackChannelLogout& m_backChannel;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
