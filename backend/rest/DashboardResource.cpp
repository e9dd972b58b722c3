#include "rest/DashboardResource.h"

#include "app/DeliveryChannels.h"
#include "core/Rfc3339.h"
#include "license/LicenseService.h"
#include "radius/RadiusClientActivity.h"
#include "rest/JsonBody.h"
#include "rest/Router.h"
#include "saml/ServiceProviderRepository.h"
#include "store/ApplicationRepository.h"
#include "store/AuditLog.h"
#include "store/FactorRepository.h"
#include "store/LockoutRepository.h"
#include "store/RadiusClientRepository.h"

#include <map>
#include <utility>

namespace castellan {
namespace {

/// A SAML assertion issued is an accepted sign-in, one refused a rejected one; the pipeline's own results stay.
std::string decision(const std::string& result)
{
    if (result == "success") {
        return "accept";
    }
    return result == "failure" ? "reject" : result;
}

} // namespace

DashboardResource::DashboardResource(DashboardSources sources, const Clock& clock) : m_sources(sources), m_clock(clock)
{}

void DashboardResource::addRoutes(Router& router)
{
    router.add({"GET", "/api/v1/dashboard", {Scope::Admin}, handlerFor(this, &DashboardResource::get)});
}

RestResponse DashboardResource::get(const RestRequest&)
{
    const std::int64_t now = m_clock.nowSeconds();
    std::int64_t blocked = 0;
    LockoutRepository(m_sources.database).listActive({.limit = 1}, now, blocked);

    Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("generated_at", Rfc3339::format(now));
    o.set("authentications", authentications(now));
    o.set("blocked_users", blocked);
    o.set("license", license());
    o.set("radius_clients", radiusClients(now));
    o.set("delivery_failures", deliveryFailures(now));
    o.set("setup", setup());
    return jsonResponse(o);
}

Poco::JSON::Array DashboardResource::authentications(std::int64_t now)
{
    std::map<std::pair<std::string, std::string>, std::pair<std::int64_t, std::int64_t>> counts;
    for (const AuditTally& t :
         m_sources.audit.tally({"auth.validate", "saml.sso"}, now - kDaySeconds, now - kHourSeconds)) {
        auto& [hour, day] = counts[{t.channel, decision(t.result)}];
        hour += t.recent;
        day += t.total;
    }
    Poco::JSON::Array items;
    for (const auto& [key, value] : counts) {
        Poco::JSON::Object item(Poco::JSON_PRESERVE_KEY_ORDER);
        item.set("channel", key.first);
        item.set("result", key.second);
        item.set("last_hour", value.first);
        item.set("last_day", value.second);
        items.add(item);
    }
    return items;
}

Poco::JSON::Object DashboardResource::license()
{
    const LicenseState state = m_sources.license.current();
    Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("used", state.activeUsers);
    o.set("limit", state.terms.userLimit);
    o.set("support_days_left", state.daysLeft);
    o.set("support_ended", state.supportEnded);
    o.set("license_type", state.terms.type);
    return o;
}

Poco::JSON::Object DashboardResource::radiusClients(std::int64_t now)
{
    Poco::JSON::Array items;
    for (const auto& [id, tally] : m_sources.radiusActivity.seenSince(now - kDaySeconds)) {
        if (items.size() >= static_cast<std::size_t>(kRadiusClientsShown)) {
            break;
        }
        auto client = m_sources.radiusClients.findById(id);
        if (!client) {
            continue; // deleted since
        }
        Poco::JSON::Object item(Poco::JSON_PRESERVE_KEY_ORDER);
        item.set("id", id);
        item.set("name", client->name);
        item.set("last_request_at", Rfc3339::format(tally.lastRequestAt));
        item.set("requests", tally.requests);
        item.set("accepts", tally.accepts);
        item.set("rejects", tally.rejects);
        item.set("challenges", tally.challenges);
        items.add(item);
    }
    Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("counting_since", Rfc3339::format(m_sources.radiusActivity.countingSince()));
    o.set("items", items);
    return o;
}

Poco::JSON::Object DashboardResource::deliveryFailures(std::int64_t now)
{
    const AuditPage page = m_sources.audit.query(
        {.event = "delivery.send", .result = "failure", .from = now - kDaySeconds, .limit = kDeliveryFailuresShown});
    Poco::JSON::Array items;
    for (const AuditRecord& r : page.items) {
        Poco::JSON::Object item(Poco::JSON_PRESERVE_KEY_ORDER);
        item.set("at", Rfc3339::format(r.at));
        item.set("channel", r.event.channel);
        item.set("username", r.event.username);
        item.set("reason", r.event.reason);
        items.add(item);
    }
    Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("last_day", page.total);
    o.set("items", items);
    return o;
}

Poco::JSON::Object DashboardResource::setup()
{
    std::int64_t radiusClients = 0;
    std::int64_t serviceProviders = 0;
    m_sources.radiusClients.list("", {}, 0, 1, radiusClients);
    if (radiusClients == 0) {
        m_sources.serviceProviders.list("", {}, 0, 1, serviceProviders);
    }
    const bool registration = !m_sources.applications.enabledOfType("registration").empty();
    const bool radiusOrSaml = radiusClients > 0 || serviceProviders > 0;
    const bool delivery = m_sources.delivery.mail().available() || m_sources.delivery.sms().available();
    const bool factor = m_sources.factors.anyVerified();

    Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("registration_profile", registration);
    o.set("radius_client_or_service_provider", radiusOrSaml);
    o.set("delivery_configured", delivery);
    o.set("user_with_factor", factor);
    o.set("complete", registration && radiusOrSaml && delivery && factor);
    return o;
}

} // namespace castellan
