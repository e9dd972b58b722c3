#include "api/LicenseAnalytics.h"

#include "api/JsonRead.h"

#include <QJsonArray>

namespace castellan::console {

namespace {

QList<int> integers(const QJsonObject& object, const char* key)
{
    QList<int> values;
    for (const QJsonValue& value : object.value(QLatin1String(key)).toArray()) {
        values.append(value.toInt());
    }
    return values;
}

QJsonArray array(const QList<int>& values)
{
    QJsonArray out;
    for (const int value : values) {
        out.append(value);
    }
    return out;
}

} // namespace

LicenseAnalytics LicenseAnalytics::fromJson(const QJsonObject& object)
{
    LicenseAnalytics analytics;
    analytics.userLimit = int(json::integer(object, "user_limit"));
    for (const QJsonValue& value : object.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        analytics.months.append({json::text(item, "month"), int(json::integer(item, "unique_users"))});
    }
    return analytics;
}

LicenseAlarmSettings LicenseAlarmSettings::fromJson(const QJsonObject& object)
{
    LicenseAlarmSettings settings;
    for (const QJsonValue& value : object.value(QStringLiteral("recipients")).toArray()) {
        settings.recipients.append(value.toString());
    }
    settings.supportDays = integers(object, "support_days");
    settings.usagePercents = integers(object, "usage_percents");
    for (const QJsonValue& value : object.value(QStringLiteral("sent")).toArray()) {
        const QJsonObject item = value.toObject();
        settings.sent.append({json::text(item, "kind"), json::text(item, "period"),
                              int(json::integer(item, "threshold")), json::time(item, "sent_at")});
    }
    return settings;
}

QJsonObject LicenseAlarmSettings::toJson() const
{
    return {{QStringLiteral("recipients"), QJsonArray::fromStringList(recipients)},
            {QStringLiteral("support_days"), array(supportDays)},
            {QStringLiteral("usage_percents"), array(usagePercents)}};
}

} // namespace castellan::console
