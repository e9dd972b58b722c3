#include "core/Rfc3339.h"

#include <array>
#include <stdexcept>

namespace castellan {

namespace {

constexpr std::int64_t kSecondsPerDay = 86400;
constexpr std::string_view kTimestampSyntax = "must be an RFC 3339 timestamp such as 2027-01-31T23:59:59Z";
constexpr std::string_view kDateSyntax = "must be a date such as 2027-01-31";

struct CivilDate
{
    std::int64_t year = 0;
    int month = 0;
    int day = 0;
};

Error invalid(std::string_view message, std::string logDetail = {})
{
    return Error::of(ErrorCode::InvalidInput, std::string(message), std::move(logDetail));
}

// The value of `count` ASCII digits at `text[pos]`, or -1; std::isdigit would depend on the locale.
int digitsAt(std::string_view text, std::size_t pos, std::size_t count)
{
    if (pos + count > text.size()) {
        return -1;
    }
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return -1;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

bool isLeapYear(std::int64_t year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(std::int64_t year, int month)
{
    static constexpr std::array<int, 12> s_days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : s_days[static_cast<std::size_t>(month - 1)];
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
std::int64_t daysFromCivil(std::int64_t year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = year - era * 400;
    const auto dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const auto dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

// Inverse of daysFromCivil.
CivilDate civilFromDays(std::int64_t days)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = days - era * 146097;
    const auto yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const auto dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const auto shiftedMonth = (5 * dayOfYear + 2) / 153; // March = 0
    const auto day = static_cast<int>(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    const auto month = static_cast<int>(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    return {yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

// full-date = date-fullyear "-" date-month "-" date-mday (§5.6), checked against the calendar (§5.7).
Result<std::int64_t> parseFullDate(std::string_view text, std::string_view syntaxMessage)
{
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (text.size() < 10 || year < 0 || text[4] != '-' || month < 0 || text[7] != '-' || day < 0) {
        return invalid(syntaxMessage);
    }
    if (month < 1 || month > 12) {
        return invalid("has a month outside 01 to 12");
    }
    if (day < 1 || day > daysInMonth(year, month)) {
        return invalid("has a day that its month does not have");
    }
    return daysFromCivil(year, month, day) * kSecondsPerDay;
}

// time-numoffset = ("+" / "-") time-hour ":" time-minute, or "Z"; the seconds to subtract from local time.
Result<std::int64_t> parseOffset(std::string_view text)
{
    if (text == "Z" || text == "z") {
        return std::int64_t{0};
    }
    const int hours = digitsAt(text, 1, 2);
    const int minutes = digitsAt(text, 4, 2);
    if (text.size() != 6 || (text[0] != '+' && text[0] != '-') || hours < 0 || text[3] != ':' || minutes < 0) {
        return invalid(kTimestampSyntax);
    }
    if (hours > 23 || minutes > 59) {
        return invalid("has a time zone offset outside -23:59 to +23:59");
    }
    const std::int64_t offset = hours * 3600 + minutes * 60;
    return text[0] == '-' ? -offset : offset;
}

} // namespace

Result<std::int64_t> Rfc3339::parseDate(std::string_view text)
{
    if (text.size() != 10) {
        return invalid(kDateSyntax);
    }
    return parseFullDate(text, kDateSyntax);
}

Result<std::int64_t> Rfc3339::parse(std::string_view text)
{
    // date-time = full-date "T" full-time; partial-time = HH ":" MM ":" SS [ "." 1*DIGIT ]
    constexpr std::size_t kFractionStart = 19;
    if (text.size() < 20 || (text[10] != 'T' && text[10] != 't')) {
        return invalid(kTimestampSyntax);
    }
    const auto day = parseFullDate(text.substr(0, 10), kTimestampSyntax);
    if (!day) {
        return day.error();
    }
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (hour < 0 || text[13] != ':' || minute < 0 || text[16] != ':' || second < 0) {
        return invalid(kTimestampSyntax);
    }
    std::size_t pos = kFractionStart;
    if (text[pos] == '.') {
        const std::size_t firstDigit = ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            ++pos;
        }
        if (pos == firstDigit) {
            return invalid(kTimestampSyntax);
        }
    }
    const auto offset = parseOffset(text.substr(pos));
    if (!offset) {
        return offset.error();
    }
    if (hour > 23) {
        return invalid("has an hour outside 00 to 23");
    }
    if (minute > 59) {
        return invalid("has a minute outside 00 to 59");
    }
    if (second > 60) {
        return invalid("has a second outside 00 to 60");
    }
    const std::int64_t local = *day + hour * 3600 + minute * 60 + (second == 60 ? 59 : second);
    const std::int64_t utc = local - *offset;
    if (utc < kMinSeconds || utc > kMaxSeconds) {
        return invalid("is outside the years 0000 to 9999");
    }
    return utc;
}

std::string Rfc3339::format(std::int64_t epochSeconds)
{
    if (epochSeconds < kMinSeconds || epochSeconds > kMaxSeconds) {
        throw std::out_of_range("Rfc3339::format: seconds outside the years 0000 to 9999");
    }
    // Floor division so that times before 1970 land on the right day.
    std::int64_t days = epochSeconds / kSecondsPerDay;
    std::int64_t secondOfDay = epochSeconds % kSecondsPerDay;
    if (secondOfDay < 0) {
        secondOfDay += kSecondsPerDay;
        --days;
    }
    const CivilDate date = civilFromDays(days);
    std::string out = "0000-00-00T00:00:00Z";
    const auto put = [&out](std::size_t pos, std::int64_t value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            out[pos + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, date.year, 4);
    put(5, date.month, 2);
    put(8, date.day, 2);
    put(11, secondOfDay / 3600, 2);
    put(14, secondOfDay / 60 % 60, 2);
    put(17, secondOfDay % 60, 2);
    return out;
}

} // namespace castellan
