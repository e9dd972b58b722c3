#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace castellan::console {

/// One of the IdP's signing keys (`/saml/keys`) and where it is in its rotation.
struct IdpKey
{
    QString id;
    QString state; ///< active | next | previous | retired
    QString certificatePem;
    QString fingerprint; ///< SHA-256 of the certificate, colon-separated hex
    QDateTime notAfter;
    QDateTime createdAt;
    QDateTime activatedAt; ///< invalid: never active
    QDateTime retiredAt;   ///< invalid: not retired

    bool canActivate() const { return state == QLatin1String("next") || state == QLatin1String("previous"); }
    bool canRetire() const { return canActivate(); }

    static IdpKey fromJson(const QJsonObject& object);
};

} // namespace castellan::console
