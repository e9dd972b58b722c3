#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace castellan::console {

/// One of a user's signed-in portal sessions (one browser), with the SAML applications it signed into
/// (`/users/{id}/sessions`).
struct PortalSession
{
    QString id; ///< the short id the portal shows
    QString sourceIp;
    QString userAgent;
    QString authMethods;
    QString applications;
    QDateTime signedInAt;
    QDateTime lastSeenAt;
    QDateTime expiresAt;

    static PortalSession fromJson(const QJsonObject& object);
};

} // namespace castellan::console
