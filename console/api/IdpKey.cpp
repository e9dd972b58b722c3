#include "api/IdpKey.h"

#include "api/JsonRead.h"

namespace castellan::console {

IdpKey IdpKey::fromJson(const QJsonObject& object)
{
    IdpKey key;
    key.id = json::text(object, "id");
    key.state = json::text(object, "state");
    key.certificatePem = json::text(object, "certificate");
    key.fingerprint = json::text(object, "sha256_fingerprint");
    key.notAfter = json::time(object, "not_after");
    key.createdAt = json::time(object, "created_at");
    key.activatedAt = json::time(object, "activated_at");
    key.retiredAt = json::time(object, "retired_at");
    return key;
}

} // namespace castellan::console
