#pragma once

#include <cstdint>
#include <optional>

namespace castellan {

class Database;

/// Lockout and password rules (`security_settings`, a single row).
struct SecuritySettings
{
    int failedAttemptLimit = 5;   ///< failures within the window that block an account
    int windowSeconds = 300;      ///< the window failures are counted in
    int blockSeconds = 900;       ///< how long a block lasts (ignored when permanent)
    bool permanentBlock = false;  ///< blocks last until an admin removes them
    int sourceFailureLimit = 100; ///< failures from one source address per source window before it is throttled
    int sourceWindowSeconds = 60;
    int passwordMinLength = 12;
    std::int64_t version = 1; ///< for ETag / If-Match
};

/// Persistence of `security_settings`.
class SecuritySettingsRepository
{
public:
    explicit SecuritySettingsRepository(Database& database);

    SecuritySettings load();
    /// Saves when the stored version is still `expectedVersion`; returns the new version, or nothing when
    /// another admin changed the settings meanwhile.
    std::optional<std::int64_t> save(const SecuritySettings& settings, std::int64_t expectedVersion, std::int64_t now);

private:
    Database& m_database;
};

} // namespace castellan
