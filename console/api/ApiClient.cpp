#include "api/ApiClient.h"

#include "api/JsonRead.h"

namespace castellan::console {

ApiClient ApiClient::fromJson(const QJsonObject& object)
{
    ApiClient client;
    client.id = json::integer(object, "id");
    client.type = json::text(object, "type") == typeName(Type::User) ? Type::User : Type::Agent;
    client.name = json::text(object, "name");
    client.clientId = json::text(object, "client_id");
    client.enabled = json::boolean(object, "enabled");
    client.createdAt = json::time(object, "created_at");
    client.updatedAt = json::time(object, "updated_at");
    client.lastUsedAt = json::time(object, "last_used_at");
    client.clientSecret = json::text(object, "client_secret");
    return client;
}

QString ApiClient::typeName(Type type)
{
    return type == Type::User ? QStringLiteral("user") : QStringLiteral("agent");
}

} // namespace castellan::console
