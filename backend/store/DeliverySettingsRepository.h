#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace castellan {

class Database;

/// The stored settings of one delivery channel ("mail" or "sms").
struct DeliverySettingsRecord
{
    std::string channel;
    std::string properties;    ///< JSON object of configuration keys and values, not secret
    std::string sealedSecrets; ///< SecretBox-sealed JSON object of the secret keys; empty when none
    std::int64_t version = 0;
    std::int64_t updatedAt = 0;
    std::string updatedBy;
};

/// Persistence of `delivery_settings`.
class DeliverySettingsRepository
{
public:
    explicit DeliverySettingsRepository(Database& database) : m_database(database) {}

    std::optional<DeliverySettingsRecord> find(const std::string& channel);
    /// Stores `record` when the stored version is `expectedVersion` (0: whatever is stored, or nothing yet);
    /// false when it changed in between. The version goes up by one.
    bool save(const DeliverySettingsRecord& record, std::int64_t expectedVersion);
    /// A number that changes whenever any channel's settings change (on any node sharing the database).
    std::int64_t generation();

private:
    Database& m_database;
};

} // namespace castellan
