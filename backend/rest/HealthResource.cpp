#include "rest/HealthResource.h"

#include "auth/SecondFactorEnforcement.h"
#include "license/LicenseService.h"
#include "rest/Router.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace castellan {

namespace {

RestResponse jsonResponse(int status, const Poco::JSON::Object& body)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(body, out);
    RestResponse response;
    response.status = status;
    response.body = out.str();
    return response;
}

} // namespace

HealthResource::HealthResource(Database& database, SecondFactorEnforcement& enforcement, LicenseService& license)
    : m_database(database), m_enforcement(enforcement), m_license(license)
{}

void HealthResource::addRoutes(Router& router)
{
    router.add({"GET", "/api/v1/health", {Scope::Public}, handlerFor(this, &HealthResource::get)});
    router.add({"GET", "/api/v1/health/live", {Scope::Public}, handlerFor(this, &HealthResource::live)});
    router.add({"GET", "/api/v1/health/ready", {Scope::Public}, handlerFor(this, &HealthResource::ready)});
}

RestResponse HealthResource::live(const RestRequest&)
{
    Poco::JSON::Object body;
    body.set("status", "ok");
    return jsonResponse(200, body);
}

std::string HealthResource::notReadyReason()
{
    if (!m_database.ping()) {
        return "database unavailable";
    }
    try {
        Migrator migrator(m_database);
        const int applied = migrator.appliedVersion();
        const int known = migrator.knownVersion();
        if (applied != known) {
            return "database schema version " + std::to_string(applied) + ", this server expects " +
                   std::to_string(known);
        }
        if (m_license.supportEnded()) {
            return "license support period ended";
        }
    } catch (const std::exception&) {
        return "database unavailable";
    }
    return {};
}

RestResponse HealthResource::ready(const RestRequest&)
{
    const std::string reason = notReadyReason();
    Poco::JSON::Object body;
    body.set("status", reason.empty() ? "ready" : "not ready");
    if (!reason.empty()) {
        body.set("reason", reason);
    }
    return jsonResponse(reason.empty() ? 200 : 503, body);
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
    return jsonResponse(databaseUp ? 200 : 503, body);
}

} // namespace castellan
