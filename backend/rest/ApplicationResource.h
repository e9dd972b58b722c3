#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

namespace castellan {

class ApplicationRepository;
class AuditLog;
class Router;

/// `/applications`: application profiles (registration, radius, saml, api) and the factors each allows.
class ApplicationResource
{
public:
    ApplicationResource(ApplicationRepository& applications, AuditLog& audit,
                        const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse list(const RestRequest& request);
    RestResponse create(const RestRequest& request);
    RestResponse get(const RestRequest& request);
    RestResponse update(const RestRequest& request);
    RestResponse remove(const RestRequest& request);

private:
    ApplicationRepository& m_applications;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
