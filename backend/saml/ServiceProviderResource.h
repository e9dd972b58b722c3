#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

namespace castellan {

class ApplicationRepository;
class AuditLog;
class Router;
class ServiceProviderRepository;

/// `/service-providers` (admin): SAML SPs created from their metadata XML, with the NameID they receive and the
/// attributes released to them.
class ServiceProviderResource
{
public:
    ServiceProviderResource(ServiceProviderRepository& providers, ApplicationRepository& applications, AuditLog& audit,
                            const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse list(const RestRequest& request);
    RestResponse create(const RestRequest& request);
    RestResponse get(const RestRequest& request);
    RestResponse update(const RestRequest& request);
    RestResponse remove(const RestRequest& request);

private:
    void audit(const RestRequest& request, const std::string& event, const std::string& reason,
               const std::string& details);

    ServiceProviderRepository& m_providers;
    ApplicationRepository& m_applications;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
