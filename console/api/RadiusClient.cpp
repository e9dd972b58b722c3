#include "api/RadiusClient.h"

#include "api/JsonRead.h"

namespace castellan::console {

RadiusClient RadiusClient::fromJson(const QJsonObject& object)
{
    RadiusClient c;
    c.id = json::integer(object, "id");
    c.name = json::text(object, "name");
    c.source = json::text(object, "source");
    c.requireMessageAuthenticator = json::boolean(object, "require_message_authenticator");
    c.applicationId = json::optionalInteger(object, "application_id");
    c.applicationName = json::text(object, "application_name");
    c.enabled = json::boolean(object, "enabled");
    c.createdAt = json::time(object, "created_at");
    c.updatedAt = json::time(object, "updated_at");
    const QJsonObject activity = object.value(QStringLiteral("activity")).toObject();
    c.lastRequestAt = json::time(activity, "last_request_at");
    c.requests = json::integer(activity, "requests");
    c.accepts = json::integer(activity, "accepts");
    c.rejects = json::integer(activity, "rejects");
    c.challenges = json::integer(activity, "challenges");
    c.countingSince = json::time(activity, "counting_since");
    return c;
}

QJsonObject RadiusClient::toJson(const QString& secret) const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("require_message_authenticator"), requireMessageAuthenticator},
                  {QStringLiteral("application_id"), applicationId ? QJsonValue(*applicationId) : QJsonValue()},
                  {QStringLiteral("enabled"), enabled}};
    if (!secret.isEmpty()) {
        o.insert(QStringLiteral("secret"), secret);
    }
    return o;
}

} // namespace castellan::console
