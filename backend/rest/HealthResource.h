#pragma once

#include "rest/RestMessage.h"

namespace castellan {

class Database;
class Router;

/// `GET /api/v1/health`: server version and whether the database answers (503 when it does not).
class HealthResource
{
public:
    explicit HealthResource(Database& database);
    void addRoutes(Router& router);
    RestResponse get(const RestRequest& request);

private:
    Database& m_database;
};

} // namespace castellan
