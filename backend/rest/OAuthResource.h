#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

namespace castellan {

class AccountLockout;
class ApiClientRepository;
class AuditLog;
class Router;
class TokenService;

/// `POST /oauth/token`: the OAuth 2.0 client credentials grant (RFC 6749 §4.4) for API clients, with the
/// error responses of §5.2. Client authentication by HTTP Basic (§2.3.1) or by body parameters.
class OAuthResource
{
public:
    OAuthResource(ApiClientRepository& clients, TokenService& tokens, AccountLockout& lockout, AuditLog& audit,
                  const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);
    RestResponse token(const RestRequest& request);

private:
    ApiClientRepository& m_clients;
    TokenService& m_tokens;
    AccountLockout& m_lockout;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
