#include "api/LicenseInfo.h"

#include "api/JsonRead.h"

namespace castellan::console {

LicenseInfo LicenseInfo::fromJson(const QJsonObject& object)
{
    LicenseInfo info;
    info.company = json::text(object, "company");
    info.userLimit = int(json::integer(object, "user_limit"));
    info.activeUsers = int(json::integer(object, "active_users"));
    info.licenseType = json::text(object, "license_type");
    info.supportEndDate = QDate::fromString(json::text(object, "support_end_date"), Qt::ISODate);
    info.daysLeft = int(json::integer(object, "days_left"));
    info.supportEnded = json::boolean(object, "support_ended");
    info.pushSubscription = json::boolean(object, "push_subscription");
    info.appKey = json::text(object, "app_key");
    info.licenseId = json::text(object, "license_id");
    info.problem = json::text(object, "problem");
    info.month = json::text(object, "month");
    info.timezone = json::text(object, "timezone");
    return info;
}

LicenseUsage LicenseUsage::fromJson(const QJsonObject& object)
{
    return {json::text(object, "username"), json::time(object, "first_seen"), json::time(object, "last_login")};
}

} // namespace castellan::console
