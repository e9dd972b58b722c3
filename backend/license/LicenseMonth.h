#pragma once

#include "core/Result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace castellan {

/// The time zone in which license months and support days are counted (`license.timezone`): `UTC` (default), a
/// fixed offset such as `+03:00`, or an IANA name such as `Europe/Istanbul` (read from the system's zoneinfo
/// through the C library, so the process's TZ is set to it at start-up).
class LicenseTimeZone
{
public:
    static Result<LicenseTimeZone> parse(std::string_view text);
    static LicenseTimeZone utc() { return LicenseTimeZone(); }

    /// The month `epochSeconds` falls in, "YYYY-MM".
    std::string month(std::int64_t epochSeconds) const;
    /// The calendar day `epochSeconds` falls in, "YYYY-MM-DD".
    std::string day(std::int64_t epochSeconds) const;
    const std::string& name() const { return m_name; }
    /// Whether the zone needs the process TZ (an IANA name).
    bool usesSystemZone() const { return m_system; }

private:
    std::string m_name = "UTC";
    int m_offsetSeconds = 0;
    bool m_system = false;
    std::string format(std::int64_t epochSeconds, const char* pattern) const;
};

/// Whole days from day `from` to day `to` (both "YYYY-MM-DD"); negative when `to` is earlier.
std::int64_t daysBetween(const std::string& from, const std::string& to);

} // namespace castellan
