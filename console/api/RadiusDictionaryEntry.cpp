#include "api/RadiusDictionaryEntry.h"

#include "api/JsonRead.h"

#include <QJsonArray>

namespace castellan::console {

RadiusDictionaryEntry RadiusDictionaryEntry::fromJson(const QJsonObject& object)
{
    RadiusDictionaryEntry e;
    e.name = json::text(object, "name");
    e.vendor = json::text(object, "vendor");
    e.dataType = json::text(object, "data_type");
    for (const QJsonValue& value : object.value(QStringLiteral("values")).toArray()) {
        e.values << value.toString();
    }
    return e;
}

} // namespace castellan::console
