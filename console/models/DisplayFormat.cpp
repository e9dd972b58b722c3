#include "models/DisplayFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace castellan::console::display {

namespace {

QString translate(const char* text)
{
    return QCoreApplication::translate("DisplayFormat", text);
}

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
        return translate("Never");
    }
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

QString duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < kMinute) {
        return translate("%1 s").arg(seconds);
    }
    if (seconds < kHour) {
        return translate("%1 min %2 s").arg(seconds / kMinute).arg(twoDigits(seconds % kMinute));
    }
    if (seconds < kDay) {
        return translate("%1 h %2 min").arg(seconds / kHour).arg(twoDigits(seconds % kHour / kMinute));
    }
    return translate("%1 d %2 h").arg(seconds / kDay).arg(seconds % kDay / kHour);
}

QString yesNo(bool value)
{
    return value ? translate("Yes") : translate("No");
}

} // namespace castellan::console::display
