#include "portal/GeoLocation.h"

#include <maxminddb.h>

#include <cerrno>
#include <cstring>

namespace castellan {
namespace {

/// The name under `section`.names in `language`, else English ("city" -> {"names": {"en": "Ankara"}}).
std::string nameOf(MMDB_entry_s& entry, const char* section, const std::string& language)
{
    for (const std::string& lang : {language, std::string("en")}) {
        MMDB_entry_data_s data{};
        if (MMDB_get_value(&entry, &data, section, "names", lang.c_str(), nullptr) == MMDB_SUCCESS && data.has_data &&
            data.type == MMDB_DATA_TYPE_UTF8_STRING) {
            return std::string(data.utf8_string, data.data_size);
        }
    }
    return {};
}

} // namespace

std::unique_ptr<GeoLocation> GeoLocation::open(const std::string& path, std::string& error)
{
    auto database = std::make_unique<MMDB_s>();
    const int status = MMDB_open(path.c_str(), MMDB_MODE_MMAP, database.get());
    if (status != MMDB_SUCCESS) {
        error = MMDB_strerror(status);
        if (status == MMDB_IO_ERROR || status == MMDB_FILE_OPEN_ERROR) {
            error += std::string(" (") + std::strerror(errno) + ")";
        }
        return nullptr;
    }
    return std::unique_ptr<GeoLocation>(new GeoLocation(std::move(database)));
}

GeoLocation::GeoLocation(std::unique_ptr<MMDB_s> database) : m_database(std::move(database)) {}

GeoLocation::~GeoLocation()
{
    MMDB_close(m_database.get());
}

std::optional<std::string> GeoLocation::locate(const std::string& ip, const std::string& language) const
{
    int gaiError = 0;
    int status = MMDB_SUCCESS;
    // Lookups only read the memory-mapped file: safe from several threads at once.
    MMDB_lookup_result_s result = MMDB_lookup_string(m_database.get(), ip.c_str(), &gaiError, &status);
    if (gaiError != 0 || status != MMDB_SUCCESS || !result.found_entry) {
        return std::nullopt;
    }
    const std::string city = nameOf(result.entry, "city", language);
    const std::string country = nameOf(result.entry, "country", language);
    if (country.empty()) {
        return city.empty() ? std::nullopt : std::optional<std::string>(city);
    }
    return city.empty() ? country : city + ", " + country;
}

} // namespace castellan
