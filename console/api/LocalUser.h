#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace castellan::console {

/// A user kept in Castellan's own directory (`/users`).
struct LocalUser
{
    enum class Status
    {
        Active,
        Disabled,
        Expired,
        Blocked,
    };

    qint64 id = 0;
    QString username;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QDateTime expiresAt; ///< invalid: never expires
    QString framedIp;
    QString sponsorName;
    QString sponsorEmail;
    QString description;
    bool enabled = true;
    Status status = Status::Active;
    bool hasPassword = false;
    bool mustChangePassword = false;
    /// A directory user: signs in with the directory's password, and the directory owns the username, names,
    /// e-mail, phone and Framed-IP (the server refuses to change them here).
    std::optional<qint64> directoryId;
    QString directoryName;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isDirectoryUser() const { return directoryId.has_value(); }
    /// The API fields a directory owns for its users.
    static QStringList directoryOwnedFields();

    static LocalUser fromJson(const QJsonObject& object);
    static Status statusFromName(const QString& name);
    /// The API's name of a status: "active", "disabled", "expired", "blocked".
    static QString statusName(Status status);
};

/// The fields an admin fills in to create or change a local user.
struct LocalUserDraft
{
    QString username;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QDateTime expiresAt; ///< invalid: never expires
    QString framedIp;
    QString sponsorName;
    QString sponsorEmail;
    QString description;
    bool enabled = true;
    bool generatePassword = false; ///< create only: the server makes a temporary password
    QString password;              ///< create only
    QString passwordConfirmation;  ///< create only

    static LocalUserDraft from(const LocalUser& user);
};

} // namespace castellan::console
