#include "api/UserAlias.h"

#include "api/JsonRead.h"

namespace castellan::console {

UserAlias UserAlias::fromJson(const QJsonObject& object)
{
    UserAlias alias;
    alias.alias = json::text(object, "alias");
    alias.createdAt = json::time(object, "created_at");
    return alias;
}

} // namespace castellan::console
