#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace castellan::console {

/// An LDAP or Active Directory server the users of which can sign in (`/directories`); its bind password is
/// write-only (the server says only whether it has one).
struct Directory
{
    static constexpr auto kActiveDirectory = "active_directory";
    static constexpr auto kLdap = "ldap";

    qint64 id = 0;
    QString name;
    QString kind = QString::fromLatin1(kLdap); ///< "active_directory" or "ldap"
    QStringList urls;                          ///< tried in order: failover
    bool startTls = false;
    QString caPem; ///< empty: the system's CAs
    QString bindDn;
    bool hasBindPassword = false;
    QString baseDn;
    QString userFilter;
    QStringList loginAttributes;           ///< the first gives the canonical username
    QMap<QString, QStringList> attributes; ///< our field ("email") → candidate attribute names, in order
    QString uniqueIdAttribute;
    QStringList groups; ///< DNs; a user must be in one when any are given
    bool nestedGroups = true;
    int priority = 0;
    int timeoutSeconds = 5;
    bool enabled = true;
    QDateTime createdAt;
    QDateTime updatedAt;

    /// The fields a directory fills, in the order the console shows them.
    static QStringList mappedFields();
    /// What the server fills in for a kind when a new directory leaves the search fields out.
    static Directory defaultsOf(const QString& kind);

    static Directory fromJson(const QJsonObject& object);
    /// The editable fields as the API takes them; `bindPassword` is sent only when given (a new or changed one; an
    /// empty one removes it).
    QJsonObject toJson(const std::optional<QString>& bindPassword) const;
};

} // namespace castellan::console
