#pragma once

#include "core/Result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace castellan {

/// Timestamps of RFC 3339 §5.6 as seconds since the Unix epoch (UTC, leap seconds not counted, as POSIX time).
/// Pure arithmetic on the proleptic Gregorian calendar: no locale, no TZ environment, no mktime.
/// Values are limited to the years 0000 to 9999, the years RFC 3339 can write.
class Rfc3339
{
public:
    static constexpr std::int64_t kMinSeconds = -62167219200; ///< 0000-01-01T00:00:00Z
    static constexpr std::int64_t kMaxSeconds = 253402300799; ///< 9999-12-31T23:59:59Z

    /// Seconds since the epoch of a date-time such as "2027-01-31T23:59:59Z" or "2027-02-01T02:59:59.5+03:00".
    /// 'T' and 'Z' may be lower case (§5.6 note); fractional seconds are dropped; "-00:00" counts as UTC (§4.3);
    /// a leap second (":60") counts as ":59" since POSIX time cannot name it. Fails with InvalidInput and a
    /// field-relative message ("must be an RFC 3339 timestamp such as ...", "has a month outside 01 to 12").
    static Result<std::int64_t> parse(std::string_view text);

    /// Seconds since the epoch of 00:00:00 UTC on a full-date such as "2027-01-31" (§5.6); fails like parse().
    static Result<std::int64_t> parseDate(std::string_view text);

    /// "YYYY-MM-DDTHH:MM:SSZ"; throws std::out_of_range outside kMinSeconds..kMaxSeconds (a caller's bug).
    static std::string format(std::int64_t epochSeconds);
};

} // namespace castellan
