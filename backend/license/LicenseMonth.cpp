#include "license/LicenseMonth.h"

#include "core/Rfc3339.h"

#include <ctime>
#include <filesystem>

namespace castellan {

Result<LicenseTimeZone> LicenseTimeZone::parse(std::string_view text)
{
    LicenseTimeZone zone;
    zone.m_name = std::string(text);
    if (text.empty() || text == "UTC" || text == "Z") {
        zone.m_name = "UTC";
        return zone;
    }
    if ((text[0] == '+' || text[0] == '-') && text.size() == 6 && text[3] == ':') {
        const auto digit = [&](std::size_t i) {
            return text[i] >= '0' && text[i] <= '9' ? text[i] - '0' : -100;
        };
        const int hours = digit(1) * 10 + digit(2);
        const int minutes = digit(4) * 10 + digit(5);
        if (hours >= 0 && hours <= 14 && minutes >= 0 && minutes < 60) {
            zone.m_offsetSeconds = (text[0] == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
            return zone;
        }
    }
    const bool plausibleName = text.find("..") == std::string_view::npos && text.front() != '/';
    if (plausibleName && std::filesystem::exists(std::filesystem::path("/usr/share/zoneinfo") / std::string(text))) {
        zone.m_system = true;
        return zone;
    }
    return Error::invalid({{"license.timezone", "must be UTC, an offset such as +03:00, or a time zone name such as "
                                                "Europe/Istanbul"}});
}

std::string LicenseTimeZone::format(std::int64_t epochSeconds, const char* pattern) const
{
    std::tm parts{};
    std::time_t at = static_cast<std::time_t>(m_system ? epochSeconds : epochSeconds + m_offsetSeconds);
    if (m_system) {
        localtime_r(&at, &parts);
    } else {
        gmtime_r(&at, &parts);
    }
    char text[16];
    std::strftime(text, sizeof text, pattern, &parts);
    return text;
}

std::string LicenseTimeZone::month(std::int64_t epochSeconds) const
{
    return format(epochSeconds, "%Y-%m");
}

std::string LicenseTimeZone::day(std::int64_t epochSeconds) const
{
    return format(epochSeconds, "%Y-%m-%d");
}

std::int64_t daysBetween(const std::string& from, const std::string& to)
{
    const auto a = Rfc3339::parseDate(from);
    const auto b = Rfc3339::parseDate(to);
    if (!a || !b) {
        return 0;
    }
    return (b.value() - a.value()) / 86400;
}

} // namespace castellan
