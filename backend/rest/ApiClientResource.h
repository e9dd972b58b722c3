#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

namespace castellan {

class ApiClientRepository;
class AuditLog;
class Router;
class TokenService;

/// `/api-clients`: system (agent) and application (user) integrations; secrets shown once.
class ApiClientResource
{
public:
    ApiClientResource(ApiClientRepository& clients, TokenService& tokens, AuditLog& audit,
                      const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse list(const RestRequest& request);
    RestResponse create(const RestRequest& request);
    RestResponse get(const RestRequest& request);
    RestResponse update(const RestRequest& request);
    RestResponse remove(const RestRequest& request);
    RestResponse rotateSecret(const RestRequest& request);

private:
    ApiClientRepository& m_clients;
    TokenService& m_tokens;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
