#include "api/SoftOtpDevice.h"

#include "api/JsonRead.h"

namespace castellan::console {

SoftOtpDevice SoftOtpDevice::fromJson(const QJsonObject& object)
{
    SoftOtpDevice device;
    device.id = json::integer(object, "id");
    device.userId = json::integer(object, "user_id");
    device.username = json::text(object, "username");
    device.label = json::text(object, "label");
    device.platform = json::text(object, "platform");
    device.verified = json::boolean(object, "verified");
    device.reason = json::text(object, "reason");
    device.pinRequired = json::boolean(object, "pin_required");
    device.biometricRequired = json::boolean(object, "biometric_required");
    device.configVersion = json::integer(object, "config_version");
    device.configDelivered = json::boolean(object, "config_delivered");
    device.lastSyncAt = json::time(object, "last_sync_at");
    device.scannedAt = json::time(object, "scanned_at");
    device.createdAt = json::time(object, "created_at");
    return device;
}

QByteArray SoftOtpDevice::configTag() const
{
    return "\"v" + QByteArray::number(configVersion) + '"';
}

} // namespace castellan::console
