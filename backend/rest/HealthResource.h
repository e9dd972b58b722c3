#pragma once

#include "rest/RestMessage.h"

#include <string>

namespace castellan {

class Database;
class LicenseService;
class Router;
class SecondFactorEnforcement;

/// `GET /api/v1/health`: server version, whether the database answers (503 when it does not), and whether every
/// channel asks for a second factor (`second_factor`, and the channels that run password-only).
/// For load balancers (README "Health checks"): `GET /api/v1/health/live` answers 200 while the process serves HTTP
/// (no database), `GET /api/v1/health/ready` 200 when this node can authenticate: the database answers, its schema is
/// the one this binary knows, and the license's support has not ended; otherwise 503 with the reason.
class HealthResource
{
public:
    HealthResource(Database& database, SecondFactorEnforcement& enforcement, LicenseService& license);
    void addRoutes(Router& router);
    RestResponse get(const RestRequest& request);
    RestResponse live(const RestRequest& request);
    RestResponse ready(const RestRequest& request);

private:
    /// Why this node cannot authenticate now; empty when it can.
    std::string notReadyReason();

    Database& m_database;
    SecondFactorEnforcement& m_enforcement;
    LicenseService& m_license;
};

} // namespace castellan
