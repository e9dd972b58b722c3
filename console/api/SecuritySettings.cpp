#include "api/SecuritySettings.h"

#include "api/JsonRead.h"

namespace castellan::console {

SecuritySettings SecuritySettings::fromJson(const QJsonObject& object)
{
    SecuritySettings settings;
    settings.failedAttemptLimit = static_cast<int>(json::integer(object, "failed_attempt_limit"));
    settings.windowSeconds = static_cast<int>(json::integer(object, "window_seconds"));
    settings.blockSeconds = static_cast<int>(json::integer(object, "block_seconds"));
    settings.permanentBlock = json::boolean(object, "permanent_block");
    return settings;
}

QJsonObject SecuritySettings::toJson() const
{
    // PUT replaces the document; the server keeps its other members (throttling, password length) when omitted.
    return {{QStringLiteral("failed_attempt_limit"), failedAttemptLimit},
            {QStringLiteral("window_seconds"), windowSeconds},
            {QStringLiteral("block_seconds"), blockSeconds},
            {QStringLiteral("permanent_block"), permanentBlock}};
}

} // namespace castellan::console
