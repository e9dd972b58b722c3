#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace castellan::console {

/// One line of the audit log (`/audit`).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString channel;
    QString event;
    QString actor;
    QString username;
    QString client;
    QString result;
    QString reason;
    QString sourceIp;
    QString details;

    static AuditEntry fromJson(const QJsonObject& object);
};

/// The audit log's filters; empty members do not filter.
struct AuditFilter
{
    QString user;
    QString actor;
    QString event;
    QDateTime from;
    QDateTime to;

    friend bool operator==(const AuditFilter&, const AuditFilter&) = default;
};

} // namespace castellan::console
