#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace castellan::console {

class ApiError;

/// What `POST /directories/{id}/test` found: the connection (the URL that answered, its security, every URL
/// tried), the number of users, the entry of a username and whether a password was accepted; or the step that
/// failed with the directory's words.
struct DirectoryTestReport
{
    struct Attempt
    {
        QString url;
        QString error; ///< empty: this URL answered
    };
    struct User
    {
        QString dn;
        QString username; ///< canonical: the first login attribute's value
        QString uniqueId;
        QMap<QString, QString> fields; ///< our field ("email") → the entry's value
        QStringList groups;
        QStringList matchedGroups;
        bool allowed = false;
    };

    QString url;      ///< empty when no URL answered
    QString security; ///< "ldaps", "start_tls" or "none"
    qint64 elapsedMs = 0;
    QList<Attempt> attempts;
    std::optional<qint64> users;
    std::optional<User> user;
    std::optional<bool> passwordAccepted;
    QString failedStep; ///< "connect", "bind", "count", "user", "password"...; empty when the test passed
    QString failure;    ///< the directory's words for the failed step

    bool passed() const { return failedStep.isEmpty(); }

    static DirectoryTestReport fromJson(const QJsonObject& object);
    /// The report a failed test's problem document carries (422 with `step`); nothing for other errors.
    static std::optional<DirectoryTestReport> fromError(const ApiError& error);
};

} // namespace castellan::console
