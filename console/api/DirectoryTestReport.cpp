#include "api/DirectoryTestReport.h"

#include "api/ApiError.h"
#include "api/JsonRead.h"

#include <QJsonArray>

namespace castellan::console {

namespace {

QStringList textList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

DirectoryTestReport::User userFromJson(const QJsonObject& object)
{
    DirectoryTestReport::User user;
    user.dn = json::text(object, "dn");
    user.username = json::text(object, "username");
    user.uniqueId = json::text(object, "unique_id");
    const QJsonObject fields = object.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        user.fields.insert(it.key(), it.value().toString());
    }
    user.groups = textList(object.value(QStringLiteral("groups")));
    user.matchedGroups = textList(object.value(QStringLiteral("matched_groups")));
    user.allowed = json::boolean(object, "allowed");
    return user;
}

} // namespace

DirectoryTestReport DirectoryTestReport::fromJson(const QJsonObject& object)
{
    DirectoryTestReport report;
    const QJsonObject connection = object.value(QStringLiteral("connection")).toObject();
    report.url = json::text(connection, "url");
    report.security = json::text(connection, "security");
    report.elapsedMs = json::integer(connection, "elapsed_ms");
    for (const QJsonValue& attempt : connection.value(QStringLiteral("attempts")).toArray()) {
        report.attempts.append({json::text(attempt.toObject(), "url"), json::text(attempt.toObject(), "error")});
    }
    if (object.contains(QStringLiteral("users"))) {
        report.users = json::integer(object, "users");
    }
    if (object.value(QStringLiteral("user")).isObject()) {
        report.user = userFromJson(object.value(QStringLiteral("user")).toObject());
    }
    if (object.value(QStringLiteral("password_accepted")).isBool()) {
        report.passwordAccepted = json::boolean(object, "password_accepted");
    }
    report.failedStep = json::text(object, "step");
    if (!report.failedStep.isEmpty()) {
        report.failure = json::text(object, "detail");
    }
    return report;
}

std::optional<DirectoryTestReport> DirectoryTestReport::fromError(const ApiError& error)
{
    const QJsonObject problem = error.problem();
    if (error.kind() != ApiError::Kind::Http || !problem.contains(QStringLiteral("step"))) {
        return std::nullopt;
    }
    return fromJson(problem);
}

} // namespace castellan::console
