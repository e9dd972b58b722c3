#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace castellan::console::json {

/// Readers for the snake_case JSON the server answers; a missing member reads as empty, zero or null.
QString text(const QJsonObject& object, const char* key);
qint64 integer(const QJsonObject& object, const char* key);
std::optional<qint64> optionalInteger(const QJsonObject& object, const char* key);
bool boolean(const QJsonObject& object, const char* key);
/// An RFC 3339 time; an invalid QDateTime for null or a missing member.
QDateTime time(const QJsonObject& object, const char* key);

/// A time as the server reads it: RFC 3339 in UTC ("2026-11-24T10:00:00Z").
QString rfc3339(const QDateTime& time);

} // namespace castellan::console::json
