#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace castellan::console {

/// A SoftOTP registration: the authenticator app on one of a user's devices (`/softotp`).
struct SoftOtpDevice
{
    qint64 id = 0;
    qint64 userId = 0;
    QString username;
    QString label;
    QString platform;
    bool verified = false;
    QString reason; ///< why the device is not verified yet; empty when it is
    bool pinRequired = false;
    bool biometricRequired = false;
    qint64 configVersion = 0;
    bool configDelivered = false;
    QDateTime lastSyncAt;
    QDateTime scannedAt;
    QDateTime createdAt;

    static SoftOtpDevice fromJson(const QJsonObject& object);
    /// The ETag of the device's remote configuration, for If-Match.
    QByteArray configTag() const;
};

/// The remote configuration an admin sets for devices.
struct RemoteConfiguration
{
    bool pinRequired = false;
    bool biometricRequired = false;
};

} // namespace castellan::console
