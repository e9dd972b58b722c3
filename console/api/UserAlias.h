#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace castellan::console {

/// Another login name of a local user (`/users/{id}/aliases`): the user signs in with it using the same password
/// and factors.
struct UserAlias
{
    QString alias;
    QDateTime createdAt;

    static UserAlias fromJson(const QJsonObject& object);
};

} // namespace castellan::console
