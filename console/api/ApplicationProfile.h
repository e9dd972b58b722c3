#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace castellan::console {

/// An attribute a radius profile adds to Access-Accept (`Filter-Id = vpn-{username}`).
struct RadiusReplyAttribute
{
    QString attribute;
    QString value;

    bool operator==(const RadiusReplyAttribute&) const = default;
};

/// An application profile (`/applications`): what a kind of login (registration portal, RADIUS, SAML, API) asks
/// for, and who logs in with it.
struct ApplicationProfile
{
    qint64 id = 0;
    QString name;
    QString type = QStringLiteral("radius"); ///< registration | radius | saml | api
    QStringList allowedFactors;              ///< totp, hotp, sms, email, push, webauthn
    bool passwordRequired = true;
    bool secondFactorRequired = true;
    bool enabled = true;
    int appendedOtpLength = 0; ///< radius only: 0 asks with Access-Challenge, 6 to 8 the code follows the password
    QList<RadiusReplyAttribute> replyAttributes; ///< radius only
    QStringList radiusClients;                   ///< read only: names of the RADIUS clients using it
    QStringList serviceProviders;                ///< read only: names of the SAML service providers using it
    QDateTime createdAt;
    QDateTime updatedAt;

    static ApplicationProfile fromJson(const QJsonObject& object);
    /// The editable fields as the API takes them; `creating` adds the type (it cannot change later).
    QJsonObject toJson(bool creating) const;
    /// Reads `used_by` (of a profile, or of the 409 problem refusing to delete one) into the name lists.
    void readUsers(const QJsonObject& usedBy);
    bool isUsed() const { return !radiusClients.isEmpty() || !serviceProviders.isEmpty(); }

    static QStringList types();
    static QStringList factors();
};

} // namespace castellan::console
