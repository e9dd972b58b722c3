#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace castellan::console {

/// One of a user's second factors (`/users/{id}/factors`).
struct UserFactor
{
    enum class Type
    {
        Totp,
        Hotp,
        Sms,
        Email,
        WebAuthn,
        Push,
        Other,
    };

    qint64 id = 0;
    Type type = Type::Other;
    QString typeName; ///< as the server names it: totp, hotp, sms, email, webauthn, push
    QString label;
    bool verified = true;
    QString algorithm;
    int digits = 0;
    int period = 0;
    qint64 clockOffset = 0; ///< TOTP: seconds the device runs ahead (+) or behind (-), from a resynchronisation
    QString serial;         ///< HOTP hardware tokens
    QString destination;    ///< SMS: phone; e-mail: address
    QDateTime createdAt;
    QDateTime lastUsedAt;

    static UserFactor fromJson(const QJsonObject& object);
    static Type typeFromName(const QString& name);
};

/// What the console asks for when it adds a factor: `type` is totp, hotp, sms or email.
struct UserFactorDraft
{
    QString type;
    QString label;
    QString serial;           ///< hotp
    QString secret;           ///< hotp: the seed, base32
    bool secretIsHex = false; ///< hotp: the seed is hex (secret_hex), as many vendors ship it
    qint64 counter = 0;       ///< hotp
    QString phone;            ///< sms (empty: the user's)
    QString email;            ///< email (empty: the user's)

    QJsonObject toJson() const;
};

/// A factor just created; a TOTP factor's secret, otpauth URI and QR code come only in this answer.
struct CreatedFactor
{
    UserFactor factor;
    QString secret;
    QString otpauthUri;
    QByteArray qrSvg;
};

} // namespace castellan::console
