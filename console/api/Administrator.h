#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace castellan::console {

/// An administrator of the console and the REST API (`/admins`).
struct Administrator
{
    enum class Totp
    {
        Enrolled,
        Pending, ///< enrollment due at the next sign-in
        Exempt,  ///< created on the command line without a second factor
    };

    qint64 id = 0;
    QString username;
    bool enabled = true;
    bool mustChangePassword = false;
    Totp totp = Totp::Pending;
    QDateTime createdAt;
    QDateTime lastLoginAt;     ///< invalid: never signed in
    QString temporaryPassword; ///< only in the answer to create and reset, shown once

    static Administrator fromJson(const QJsonObject& object);
};

} // namespace castellan::console
