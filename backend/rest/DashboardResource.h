#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

namespace castellan {

class ApplicationRepository;
class AuditLog;
class Database;
class DeliveryChannels;
class FactorRepository;
class LicenseService;
class RadiusClientActivity;
class RadiusClientRepository;
class Router;
class ServiceProviderRepository;

/// What the dashboard reads; every part is owned elsewhere (ServerServices).
struct DashboardSources
{
    AuditLog& audit;
    Database& database; ///< the blocks in force
    LicenseService& license;
    ApplicationRepository& applications;
    RadiusClientRepository& radiusClients;
    RadiusClientActivity& radiusActivity;
    ServiceProviderRepository& serviceProviders;
    FactorRepository& factors;
    DeliveryChannels& delivery;
};

/// `GET /dashboard` (admin): the console's first page in one answer. Authentications of the last hour and day by
/// channel and result (one grouped query on the audit log's (event, at) index; a SAML assertion issued counts as
/// `accept` on channel `saml`, one refused as `reject`), the users blocked now, the license's use against its limit
/// and the support days left, the RADIUS clients this node heard from in the last day (counted in memory per node,
/// see RadiusClientActivity), the codes that could not be sent in the last day (audit event `delivery.send`), and
/// `setup`: whether a registration profile, a RADIUS client or SAML service provider, mail or SMS delivery (stored
/// or from the configuration file) and a user with a verified factor exist, for the getting-started checklist.
class DashboardResource
{
public:
    static constexpr std::int64_t kHourSeconds = 3600;
    static constexpr std::int64_t kDaySeconds = 86'400;
    static constexpr int kRadiusClientsShown = 10;
    static constexpr int kDeliveryFailuresShown = 5;

    explicit DashboardResource(DashboardSources sources, const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);
    RestResponse get(const RestRequest& request);

private:
    Poco::JSON::Array authentications(std::int64_t now);
    Poco::JSON::Object license();
    Poco::JSON::Object radiusClients(std::int64_t now);
    Poco::JSON::Object deliveryFailures(std::int64_t now);
    Poco::JSON::Object setup();

    DashboardSources m_sources;
    const Clock& m_clock;
};

} // namespace castellan
