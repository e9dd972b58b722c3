#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace castellan::console {

/// An attribute of the server's RADIUS dictionary that a profile may send (`/radius-dictionary`).
struct RadiusDictionaryEntry
{
    QString name;
    QString vendor;   ///< empty: a standard attribute
    QString dataType; ///< string, octets, integer, ipaddr, ipv6addr, ipv6prefix, date
    QStringList values;

    static RadiusDictionaryEntry fromJson(const QJsonObject& object);
};

} // namespace castellan::console
