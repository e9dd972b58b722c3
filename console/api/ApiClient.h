#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace castellan::console {

/// An application or login agent allowed to call the API with OAuth client credentials (`/api-clients`).
struct ApiClient
{
    enum class Type
    {
        Agent, ///< login agents: validate, user lookup
        User,  ///< application integrations: validate, enroll
    };

    qint64 id = 0;
    Type type = Type::Agent;
    QString name;
    QString clientId;
    bool enabled = true;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastUsedAt; ///< invalid: never used
    QString clientSecret; ///< only in the answer to create and rotate, shown once

    static ApiClient fromJson(const QJsonObject& object);
    /// The API's name of a type: "agent", "user".
    static QString typeName(Type type);
};

} // namespace castellan::console
