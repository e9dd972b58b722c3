#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace castellan::console {

/// The installed license and this month's use of it (`GET /license`).
struct LicenseInfo
{
    QString company;
    int userLimit = 0;
    int activeUsers = 0; ///< unique users who signed in this month
    QString licenseType; ///< "demo" or "subscription"
    QDate supportEndDate;
    int daysLeft = 0;
    bool supportEnded = false;
    bool pushSubscription = false;
    QString appKey;
    QString licenseId;
    QString problem; ///< why the installed key is not in force; empty when it is
    QString month;   ///< "YYYY-MM", the license month now
    QString timezone;

    static LicenseInfo fromJson(const QJsonObject& object);
    bool isDemo() const { return licenseType == QLatin1String("demo"); }
};

/// One user counted in a license month (`GET /license/usage`).
struct LicenseUsage
{
    QString username;
    QDateTime firstSeen;
    QDateTime lastLogin;

    static LicenseUsage fromJson(const QJsonObject& object);
};

} // namespace castellan::console
