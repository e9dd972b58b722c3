#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace castellan::console {

/// A RADIUS client (NAS) allowed to ask the server (`/radius-clients`); its shared secret is write-only.
struct RadiusClient
{
    qint64 id = 0;
    QString name;
    QString source; ///< address or CIDR network
    bool requireMessageAuthenticator = true;
    std::optional<qint64> applicationId; ///< the radius profile; none: the only enabled one
    QString applicationName;
    bool enabled = true;
    QDateTime createdAt;
    QDateTime updatedAt;

    /// What the client asked of the answering server node since it started (counted in memory per node).
    QDateTime lastRequestAt; ///< invalid: none since `countingSince`
    qint64 requests = 0;
    qint64 accepts = 0;
    qint64 rejects = 0;
    qint64 challenges = 0;
    QDateTime countingSince;

    static RadiusClient fromJson(const QJsonObject& object);
    /// The editable fields as the API takes them, with `secret` when it is not empty (a new or rotated secret).
    QJsonObject toJson(const QString& secret) const;
};

} // namespace castellan::console
