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
    settings.sourceFailureLimit = static_cast<int>(json::integer(object, "source_failure_limit"));
    settings.sourceWindowSeconds = static_cast<int>(json::integer(object, "source_window_seconds"));
    settings.passwordMinLength = static_cast<int>(json::integer(object, "password_min_length"));
    return settings;
}

QJsonObject SecuritySettings::toJson() const
{
    QJsonObject object{{QStringLiteral("failed_attempt_limit"), failedAttemptLimit},
                       {QStringLiteral("window_seconds"), windowSeconds},
                       {QStringLiteral("block_seconds"), blockSeconds},
                       {QStringLiteral("permanent_block"), permanentBlock}};
    // An older server that did not answer these keeps its own values: they are sent only when read.
    if (sourceFailureLimit > 0) {
        object.insert(QStringLiteral("source_failure_limit"), sourceFailureLimit);
        object.insert(QStringLiteral("source_window_seconds"), sourceWindowSeconds);
    }
    if (passwordMinLength > 0) {
        object.insert(QStringLiteral("password_min_length"), passwordMinLength);
    }
    return object;
}

} // namespace castellan::console
