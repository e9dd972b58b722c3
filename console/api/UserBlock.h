#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace castellan::console {

/// A block on a username, after too many failed attempts or set by an admin (`/blocks`).
struct UserBlock
{
    QString username;
    QString reason;
    QDateTime blockedAt;
    QString blockedBy;
    std::optional<qint64> remainingSeconds; ///< when the server answered; nullopt: permanent

    static UserBlock fromJson(const QJsonObject& object);
    bool isPermanent() const { return !remainingSeconds.has_value(); }
};

/// A block an admin sets by hand.
struct BlockRequest
{
    QString username;
    QString reason;
    std::optional<qint64> durationSeconds; ///< nullopt: permanent
};

} // namespace castellan::console
