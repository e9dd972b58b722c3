#include "api/DashboardSummary.h"

#include "api/JsonRead.h"

#include <QJsonArray>

namespace castellan::console {

namespace {

QJsonArray array(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toArray();
}

QJsonObject child(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toObject();
}

} // namespace

DashboardSummary DashboardSummary::fromJson(const QJsonObject& object)
{
    DashboardSummary d;
    d.generatedAt = json::time(object, "generated_at");
    for (const QJsonValue& value : array(object, "authentications")) {
        const QJsonObject o = value.toObject();
        d.authentications.append({json::text(o, "channel"), json::text(o, "result"), json::integer(o, "last_hour"),
                                  json::integer(o, "last_day")});
    }
    d.blockedUsers = json::integer(object, "blocked_users");
    const QJsonObject license = child(object, "license");
    d.licenseUsed = int(json::integer(license, "used"));
    d.licenseLimit = int(json::integer(license, "limit"));
    d.supportDaysLeft = int(json::integer(license, "support_days_left"));
    d.supportEnded = json::boolean(license, "support_ended");
    const QJsonObject radius = child(object, "radius_clients");
    d.radiusCountingSince = json::time(radius, "counting_since");
    for (const QJsonValue& value : array(radius, "items")) {
        const QJsonObject o = value.toObject();
        d.radiusClients.append({json::integer(o, "id"), json::text(o, "name"), json::time(o, "last_request_at"),
                                json::integer(o, "requests"), json::integer(o, "accepts"), json::integer(o, "rejects"),
                                json::integer(o, "challenges")});
    }
    const QJsonObject delivery = child(object, "delivery_failures");
    d.deliveryFailuresLastDay = json::integer(delivery, "last_day");
    for (const QJsonValue& value : array(delivery, "items")) {
        const QJsonObject o = value.toObject();
        d.deliveryFailures.append(
            {json::time(o, "at"), json::text(o, "channel"), json::text(o, "username"), json::text(o, "reason")});
    }
    const QJsonObject setup = child(object, "setup");
    d.setup.registrationProfile = json::boolean(setup, "registration_profile");
    d.setup.radiusClientOrServiceProvider = json::boolean(setup, "radius_client_or_service_provider");
    d.setup.deliveryConfigured = json::boolean(setup, "delivery_configured");
    d.setup.userWithFactor = json::boolean(setup, "user_with_factor");
    d.setup.complete = json::boolean(setup, "complete");
    return d;
}

qint64 DashboardSummary::total(const QString& result, bool lastHour) const
{
    qint64 sum = 0;
    for (const Authentications& a : authentications) {
        if (a.result == result) {
            sum += lastHour ? a.lastHour : a.lastDay;
        }
    }
    return sum;
}

} // namespace castellan::console
