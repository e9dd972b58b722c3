#include "rest/HealthResource.h"

#include "rest/Router.h"
#include "store/Database.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace castellan {

HealthResource::HealthResource(Database& database) : m_database(database) {}

void HealthResource::addRoutes(Router& router)
{
    router.add({"GET", "/api/v1/health", {Scope::Public}, [this](const RestRequest& r) {
                    return get(r);
                }});
}

RestResponse HealthResource::get(const RestRequest&)
{
    const bool databaseUp = m_database.ping();
    Poco::JSON::Object body;
    body.set("status", databaseUp ? "ok" : "degraded");
    body.set("version", CASTELLAN_VERSION);
    body.set("database", databaseUp ? "ok" : "unavailable");
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(body, out);
    RestResponse response;
    response.status = databaseUp ? 200 : 503;
    response.body = out.str();
    return response;
}

} // namespace castellan
