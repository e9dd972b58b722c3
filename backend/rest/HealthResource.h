#pragma once

#include "rest/RestMessage.h"

namespace castellan {

class Database;
class Router;
class SecondFactorEnforcement;

/// `GET /api/v1/health`: server version, whether the database answers (503 when it does not), and whether every
/// channel asks for a second factor (`second_factor`, and the channels that run password-only).
class HealthResource
{
public:
    HealthResource(Database& database, SecondFactorEnforcement& enforcement);
    void addRoutes(Router& router);
    RestResponse get(const RestRequest& request);

private:
    Database& m_database;
    SecondFactorEnforcement& m_enforcement;
};

} // namespace castellan
