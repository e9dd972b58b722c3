#pragma once

#include <QDateTime>
#include <QString>

namespace castellan::console::display {

/// A time in the admin's time zone and locale, short form; "—" for none.
QString time(const QDateTime& at);
/// A date in the admin's locale; "Never" for none (expiration).
QString expiry(const QDateTime& at);
/// A duration for people: "45 s", "12 min 05 s", "3 h 20 min", "2 d 4 h".
QString duration(qint64 seconds);
/// "Yes" / "No".
QString yesNo(bool value);

} // namespace castellan::console::display
