#include "rest/HealthResource.h"

#include "auth/SecondFactorEnforcement.h"
#include "rest/Router.h"
#include "store/Database.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace castellan {

HealthResource::HealthResource(Database& database, SecondFactorEnforcement& enforcement)
    : m_database(database), m_enforcement(enforcement)
{}

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
    // Only channel names: which profiles are weak is for administrators (the start-up log, the console).
    std::string secondFactor = "unknown";
    Poco::JSON::Array channels;
    if (databaseUp) {
        try {
            const auto findings = m_enforcement.findings();
            for (const SecondFactorEnforcement::Finding& f : *findings) {
                channels.add(f.channel);
            }
            secondFactor = findings->empty() ? "enforced" : "not enforced";
        } catch (const std::exception&) {
            // The database went away between the ping and the profiles: "unknown", as when it is down.
        }
    }
    body.set("second_factor", secondFactor);
    body.set("password_only_channels", channels);
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(body, out);
    RestResponse response;
    response.status = databaseUp ? 200 : 503;
    response.body = out.str();
    return response;
}

} // namespace castellan
