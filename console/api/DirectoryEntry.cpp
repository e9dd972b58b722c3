#include "api/DirectoryEntry.h"

#include "api/JsonRead.h"

namespace castellan::console {

QString DirectoryEntry::displayName() const
{
    const QString name =
        (fields.value(QStringLiteral("first_name")) + QLatin1Char(' ') + fields.value(QStringLiteral("last_name")))
            .trimmed();
    return name.isEmpty() ? username : name;
}

DirectoryEntry DirectoryEntry::fromJson(const QJsonObject& object)
{
    DirectoryEntry entry;
    entry.dn = json::text(object, "dn");
    entry.username = json::text(object, "username");
    entry.uniqueId = json::text(object, "unique_id");
    const QJsonObject fields = object.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        entry.fields.insert(it.key(), it.value().toString());
    }
    entry.userId = json::optionalInteger(object, "user_id");
    return entry;
}

} // namespace castellan::console
