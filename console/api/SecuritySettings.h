#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace castellan::console {

/// The lockout rules (`/settings/security`): failures counted in a sliding window block a user for a while,
/// or for good.
struct SecuritySettings
{
    int failedAttemptLimit = 0;
    int windowSeconds = 0;
    int blockSeconds = 0;
    bool permanentBlock = false;
    int sourceFailureLimit = 0; ///< failures from one address within its window before it is throttled
    int sourceWindowSeconds = 0;
    int passwordMinLength = 0; ///< for local users' and administrators' passwords
    QByteArray etag;           ///< from the GET, sent back as If-Match

    static SecuritySettings fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};

} // namespace castellan::console
