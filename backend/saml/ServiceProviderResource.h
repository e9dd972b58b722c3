#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"
#include "saml/SpMetadataFetcher.h"

namespace castellan {

class ApplicationRepository;
class AuditLog;
class JsonBody;
class Router;
class ServiceProviderRepository;
struct ServiceProviderRecord;

/// `/service-providers` (admin): SAML SPs created from their metadata XML (given, or fetched by the server from an
/// https `metadata_url`), with the NameID they receive and the attributes released to them.
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
    /// Reads the fields of a create or change into `sp`, the metadata fetched first when `metadata_url` is given.
    void readFields(JsonBody& body, ServiceProviderRecord& sp, bool create);
    void audit(const RestRequest& request, const std::string& event, const std::string& reason,
               const std::string& details);

    ServiceProviderRepository& m_providers;
    ApplicationRepository& m_applications;
    AuditLog& m_audit;
    const Clock& m_clock;
    SpMetadataFetcher m_fetcher;
};

} // namespace castellan
