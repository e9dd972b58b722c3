#pragma once

#include <memory>
#include <optional>
#include <string>

struct MMDB_s;

namespace castellan {

/// Where an IP address is, from a MaxMind DB file (GeoLite2/GeoIP2 City or Country, or any database with the same
/// `city.names` and `country.names` maps) read with libmaxminddb; the file is `geoip.database`.
class GeoLocation
{
public:
    /// Opens the database; nothing, with `error` set (libmaxminddb's reason), when it cannot be read.
    static std::unique_ptr<GeoLocation> open(const std::string& path, std::string& error);
    ~GeoLocation();
    GeoLocation(const GeoLocation&) = delete;
    GeoLocation& operator=(const GeoLocation&) = delete;

    /// "City, Country" (or the country alone) in `language`, else in English; nothing when the address is not in
    /// the database (a private network, typically) or not an address.
    std::optional<std::string> locate(const std::string& ip, const std::string& language) const;

private:
    explicit GeoLocation(std::unique_ptr<MMDB_s> database);
    std::unique_ptr<MMDB_s> m_database;
};

} // namespace castellan
