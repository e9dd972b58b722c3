#pragma once

#include <cstdint>
#include <string>

namespace castellan {

class Database;

/// The nonces of signed device requests (`device_nonces`), kept as long as a request carrying them could
/// still pass the timestamp check. The primary key (device, nonce) makes "seen before" atomic on every node.
class DeviceNonceRepository
{
public:
    explicit DeviceNonceRepository(Database& database);

    /// Records `nonce` for the device; false when it was recorded before (a replay). Also forgets nonces seen
    /// before `forgetBefore`, whose requests the timestamp check refuses anyway.
    bool remember(std::int64_t deviceId, const std::string& nonce, std::int64_t now, std::int64_t forgetBefore);

private:
    Database& m_database;
};

} // namespace castellan
