#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace castellan::console {

/// A security key or passkey a user registered in the portal (`/users/{id}/security-keys`).
struct SecurityKey
{
    qint64 id = 0;
    QString name;
    QString algorithm;
    QString attestation;
    bool userVerified = false;
    QDateTime createdAt;
    QDateTime lastUsedAt;

    static SecurityKey fromJson(const QJsonObject& object);
};

} // namespace castellan::console
