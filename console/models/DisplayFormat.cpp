#include "models/DisplayFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace castellan::console::display {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QString twoDigits(qint64 value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

QString time(const QDateTime& at)
{
    if (!at.isValid()) {
        return QStringLiteral("—");
    }
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString expiry(const QDateTime& at)
{
    if (!at.isValid()) {
        return QCoreApplication::translate("DisplayFormat", "Never");
    }
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

QString duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < kMinute) {
        return QCoreApplication::translate("DisplayFormat", "%1 s").arg(seconds);
    }
    // The smaller part is left out when it is zero: "5 min", "2 h", but "1 h 05 min".
    if (seconds < kHour) {
        const qint64 rest = seconds % kMinute;
        return rest == 0 ? QCoreApplication::translate("DisplayFormat", "%1 min").arg(seconds / kMinute)
                         : QCoreApplication::translate("DisplayFormat", "%1 min %2 s")
                               .arg(seconds / kMinute)
                               .arg(twoDigits(rest));
    }
    if (seconds < kDay) {
        const qint64 rest = seconds % kHour / kMinute;
        return rest == 0 ? QCoreApplication::translate("DisplayFormat", "%1 h").arg(seconds / kHour)
                         : QCoreApplication::translate("DisplayFormat", "%1 h %2 min")
                               .arg(seconds / kHour)
                               .arg(twoDigits(rest));
    }
    const qint64 rest = seconds % kDay / kHour;
    return rest == 0 ? QCoreApplication::translate("DisplayFormat", "%1 d").arg(seconds / kDay)
                     : QCoreApplication::translate("DisplayFormat", "%1 d %2 h").arg(seconds / kDay).arg(rest);
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("DisplayFormat", "Yes")
                 : QCoreApplication::translate("DisplayFormat", "No");
}

} // namespace castellan::console::display
