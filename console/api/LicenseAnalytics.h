#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace castellan::console {

/// Unique users per license month, oldest first, with the limit they are measured against
/// (`GET /license/analytics`).
struct LicenseAnalytics
{
    struct Month
    {
        QString month; ///< "YYYY-MM"
        int uniqueUsers = 0;
    };

    int userLimit = 0;
    QList<Month> months;

    static LicenseAnalytics fromJson(const QJsonObject& object);
};

/// Who gets license alarm e-mails and when (`/license/alarms`), and the alarms already sent.
struct LicenseAlarmSettings
{
    struct Sent
    {
        QString kind; ///< "support" or "usage"
        QString period;
        int threshold = 0;
        QDateTime sentAt;
    };

    QStringList recipients;
    QList<int> supportDays;   ///< days before the support end
    QList<int> usagePercents; ///< percentages of the user limit
    QList<Sent> sent;

    static LicenseAlarmSettings fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};

} // namespace castellan::console
