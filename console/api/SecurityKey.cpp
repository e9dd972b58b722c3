#include "api/SecurityKey.h"

#include "api/JsonRead.h"

namespace castellan::console {

SecurityKey SecurityKey::fromJson(const QJsonObject& object)
{
    SecurityKey key;
    key.id = json::integer(object, "id");
    key.name = json::text(object, "name");
    key.algorithm = json::text(object, "algorithm");
    key.attestation = json::text(object, "attestation");
    key.userVerified = json::boolean(object, "user_verified");
    key.createdAt = json::time(object, "created_at");
    key.lastUsedAt = json::time(object, "last_used_at");
    return key;
}

} // namespace castellan::console
