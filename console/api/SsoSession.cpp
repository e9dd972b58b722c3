#include "api/SsoSession.h"

#include "api/JsonRead.h"

#include <QJsonArray>
#include <QStringList>

namespace castellan::console {

SsoSessionProvider SsoSessionProvider::fromJson(const QJsonObject& object)
{
    SsoSessionProvider provider;
    provider.serviceProviderId = json::integer(object, "service_provider_id");
    provider.entityId = json::text(object, "entity_id");
    provider.nameId = json::text(object, "name_id");
    provider.sessionIndex = json::text(object, "session_index");
    provider.signedInAt = json::time(object, "signed_in_at");
    return provider;
}

SsoSession SsoSession::fromJson(const QJsonObject& object)
{
    SsoSession session;
    session.id = json::text(object, "id");
    session.userId = json::integer(object, "user_id");
    session.username = json::text(object, "username");
    session.sourceIp = json::text(object, "source_ip");
    session.createdAt = json::time(object, "created_at");
    session.lastSeenAt = json::time(object, "last_seen_at");
    session.expiresAt = json::time(object, "expires_at");
    for (const QJsonValue& provider : object.value(QStringLiteral("service_providers")).toArray()) {
        session.serviceProviders.append(SsoSessionProvider::fromJson(provider.toObject()));
    }
    return session;
}

QString SsoSession::entityIds() const
{
    QStringList ids;
    for (const SsoSessionProvider& provider : serviceProviders) {
        ids.append(provider.entityId);
    }
    return ids.join(QStringLiteral(", "));
}

} // namespace castellan::console
