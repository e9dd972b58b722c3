#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace castellan::console {

/// A SAML service provider an SSO session signed into.
struct SsoSessionProvider
{
    qint64 serviceProviderId = 0;
    QString entityId;
    QString nameId;
    QString sessionIndex;
    QDateTime signedInAt;

    static SsoSessionProvider fromJson(const QJsonObject& object);
};

/// One browser's SAML single sign-on session (`/sso-sessions`): who, from where, and the SPs it signed into.
struct SsoSession
{
    QString id;
    qint64 userId = 0;
    QString username;
    QString sourceIp;
    QDateTime createdAt;
    QDateTime lastSeenAt;
    QDateTime expiresAt;
    QList<SsoSessionProvider> serviceProviders;

    static SsoSession fromJson(const QJsonObject& object);
    /// The entity IDs of the SPs, in the order the server lists them, joined with ", ".
    QString entityIds() const;
};

} // namespace castellan::console
