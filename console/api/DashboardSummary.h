#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace castellan::console {

/// The server at a glance (`GET /dashboard`): recent authentications, blocks, license use, RADIUS clients heard
/// from, codes not sent, and what a new installation still lacks.
struct DashboardSummary
{
    /// Decisions of one channel with one result.
    struct Authentications
    {
        QString channel; ///< rest, radius, portal, saml, ...
        QString result;  ///< accept, reject, challenge
        qint64 lastHour = 0;
        qint64 lastDay = 0;
    };
    /// A RADIUS client the answering node heard from in the last day.
    struct RadiusClientSeen
    {
        qint64 id = 0;
        QString name;
        QDateTime lastRequestAt;
        qint64 requests = 0;
        qint64 accepts = 0;
        qint64 rejects = 0;
        qint64 challenges = 0;
    };
    /// A code that could not be sent.
    struct DeliveryFailure
    {
        QDateTime at;
        QString channel; ///< sms or mail
        QString username;
        QString reason;
    };
    /// The getting-started checklist.
    struct Setup
    {
        bool registrationProfile = false;
        bool radiusClientOrServiceProvider = false;
        bool deliveryConfigured = false;
        bool userWithFactor = false;
        bool complete = false;
    };

    QDateTime generatedAt;
    QList<Authentications> authentications;
    qint64 blockedUsers = 0;
    int licenseUsed = 0;
    int licenseLimit = 0;
    int supportDaysLeft = 0;
    bool supportEnded = false;
    QDateTime radiusCountingSince;
    QList<RadiusClientSeen> radiusClients;
    qint64 deliveryFailuresLastDay = 0;
    QList<DeliveryFailure> deliveryFailures;
    Setup setup;

    static DashboardSummary fromJson(const QJsonObject& object);
    /// The decisions with `result` over all channels, in the last hour or day.
    qint64 total(const QString& result, bool lastHour) const;
};

} // namespace castellan::console
