#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace castellan::console {

/// An entry of a directory a search found (`GET /directories/{id}/entries`), and the user record it has here
/// when one was made (at a first sign-in, or by an admin).
struct DirectoryEntry
{
    QString dn;
    QString username; ///< canonical
    QString uniqueId;
    QMap<QString, QString> fields; ///< first_name, last_name, email, phone
    std::optional<qint64> userId;

    /// "Alice Archer", or the username when the entry has no names.
    QString displayName() const;

    static DirectoryEntry fromJson(const QJsonObject& object);
};

} // namespace castellan::console
