#include "api/JsonRead.h"

#include <QJsonValue>

namespace castellan::console::json {

namespace {

QJsonValue member(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key));
}

} // namespace

QString text(const QJsonObject& object, const char* key)
{
    return member(object, key).toString();
}

qint64 integer(const QJsonObject& object, const char* key)
{
    return member(object, key).toInteger();
}

std::optional<qint64> optionalInteger(const QJsonObject& object, const char* key)
{
    const QJsonValue value = member(object, key);
    if (!value.isDouble()) {
        return std::nullopt;
    }
    return value.toInteger();
}

bool boolean(const QJsonObject& object, const char* key)
{
    return member(object, key).toBool();
}

QDateTime time(const QJsonObject& object, const char* key)
{
    const QString value = member(object, key).toString();
    if (value.isEmpty()) {
        return {};
    }
    return QDateTime::fromString(value, Qt::ISODate);
}

QString rfc3339(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace castellan::console::json
