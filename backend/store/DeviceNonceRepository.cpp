#include "store/DeviceNonceRepository.h"

#include "store/Database.h"

#include <vector>

using namespace Poco::Data::Keywords;

namespace castellan {

DeviceNonceRepository::DeviceNonceRepository(Database& database) : m_database(database) {}

bool DeviceNonceRepository::remember(std::int64_t deviceId, const std::string& nonce, std::int64_t nowSeconds,
                                     std::int64_t forgetBefore)
{
    Poco::Int64 device = deviceId;
    std::string value = nonce;
    Poco::Int64 at = nowSeconds;
    Poco::Int64 cutoff = forgetBefore;
    bool fresh = false;
    m_database.write([&](Poco::Data::Session& s) {
        std::vector<Poco::Int64> inserted;
        s << "INSERT INTO device_nonces (device_id, nonce, seen_at) VALUES ($1, $2, $3) "
             "ON CONFLICT (device_id, nonce) DO NOTHING RETURNING seen_at",
            use(device), use(value), use(at), into(inserted), now;
        fresh = !inserted.empty();
        // Indexed on seen_at: cheap, and it keeps the table at one window's worth of requests.
        s << "DELETE FROM device_nonces WHERE seen_at < $1", use(cutoff), now;
    });
    return fresh;
}

} // namespace castellan
