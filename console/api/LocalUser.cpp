#include "api/LocalUser.h"

#include "api/JsonRead.h"

namespace castellan::console {

QStringList LocalUser::directoryOwnedFields()
{
    return {QStringLiteral("username"), QStringLiteral("first_name"), QStringLiteral("last_name"),
            QStringLiteral("email"),    QStringLiteral("phone"),      QStringLiteral("framed_ip")};
}

LocalUser LocalUser::fromJson(const QJsonObject& object)
{
    LocalUser user;
    user.id = json::integer(object, "id");
    user.username = json::text(object, "username");
    user.firstName = json::text(object, "first_name");
    user.lastName = json::text(object, "last_name");
    user.email = json::text(object, "email");
    user.phone = json::text(object, "phone");
    user.expiresAt = json::time(object, "expires_at");
    user.framedIp = json::text(object, "framed_ip");
    user.sponsorName = json::text(object, "sponsor_name");
    user.sponsorEmail = json::text(object, "sponsor_email");
    user.description = json::text(object, "description");
    user.enabled = json::boolean(object, "enabled");
    user.status = statusFromName(json::text(object, "status"));
    user.hasPassword = json::boolean(object, "has_password");
    user.mustChangePassword = json::boolean(object, "must_change_password");
    user.directoryId = json::optionalInteger(object, "directory_id");
    user.directoryName = json::text(object, "directory_name");
    user.createdAt = json::time(object, "created_at");
    user.updatedAt = json::time(object, "updated_at");
    return user;
}

LocalUser::Status LocalUser::statusFromName(const QString& name)
{
    for (const Status status : {Status::Disabled, Status::Expired, Status::Blocked}) {
        if (name == statusName(status)) {
            return status;
        }
    }
    return Status::Active;
}

QString LocalUser::statusName(Status status)
{
    switch (status) {
    case Status::Active:
        return QStringLiteral("active");
    case Status::Disabled:
        return QStringLiteral("disabled");
    case Status::Expired:
        return QStringLiteral("expired");
    case Status::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

LocalUserDraft LocalUserDraft::from(const LocalUser& user)
{
    LocalUserDraft draft;
    draft.username = user.username;
    draft.firstName = user.firstName;
    draft.lastName = user.lastName;
    draft.email = user.email;
    draft.phone = user.phone;
    draft.expiresAt = user.expiresAt;
    draft.framedIp = user.framedIp;
    draft.sponsorName = user.sponsorName;
    draft.sponsorEmail = user.sponsorEmail;
    draft.description = user.description;
    draft.enabled = user.enabled;
    return draft;
}

} // namespace castellan::console
