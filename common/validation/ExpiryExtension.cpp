#include "validation/ExpiryExtension.h"

#include <chrono>

namespace castellan {

namespace {

constexpr std::int64_t kSecondsPerDay = 86'400;
constexpr std::int64_t kLastSecondOfDay = kSecondsPerDay - 1;

std::int64_t floorDiv(std::int64_t value, std::int64_t divisor)
{
    const std::int64_t q = value / divisor;
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? q - 1 : q;
}

} // namespace

std::optional<std::int64_t> ExpiryExtension::apply(std::optional<std::int64_t> expiresAt, std::int64_t now) const
{
    using namespace std::chrono;
    if (!expiresAt) {
        return std::nullopt;
    }
    // An expiry already passed counts from the last second of today (UTC), like a date typed for today.
    const std::int64_t from =
        *expiresAt >= now ? *expiresAt : floorDiv(now, kSecondsPerDay) * kSecondsPerDay + kLastSecondOfDay;
    const std::int64_t dayNumber = floorDiv(from, kSecondsPerDay);
    const std::int64_t timeOfDay = from - dayNumber * kSecondsPerDay;
    sys_days day{std::chrono::days{dayNumber}};
    if (months != 0) {
        year_month_day date{day};
        year_month_day moved = date + std::chrono::months{months};
        if (!moved.ok()) {
            moved = year_month_day_last{moved.year(), month_day_last{moved.month()}};
        }
        day = sys_days{moved};
    }
    day += std::chrono::days{days};
    return static_cast<std::int64_t>(day.time_since_epoch().count()) * kSecondsPerDay + timeOfDay;
}

} // namespace castellan
