#include "api/Administrator.h"

#include "api/JsonRead.h"

namespace castellan::console {

Administrator Administrator::fromJson(const QJsonObject& object)
{
    Administrator admin;
    admin.id = json::integer(object, "id");
    admin.username = json::text(object, "username");
    admin.enabled = json::boolean(object, "enabled");
    admin.mustChangePassword = json::boolean(object, "must_change_password");
    const QString totp = json::text(object, "totp");
    admin.totp = totp == QStringLiteral("enrolled") ? Totp::Enrolled
                 : totp == QStringLiteral("exempt") ? Totp::Exempt
                                                    : Totp::Pending;
    admin.createdAt = json::time(object, "created_at");
    admin.lastLoginAt = json::time(object, "last_login_at");
    admin.temporaryPassword = json::text(object, "temporary_password");
    return admin;
}

} // namespace castellan::console
