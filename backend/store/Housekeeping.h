#pragma once

#include <cstdint>

namespace castellan {

class Database;

/// What one housekeeping pass removed.
struct HousekeepingReport
{
    std::int64_t tokens = 0;
    std::int64_t transactions = 0;
    std::int64_t sourceFailures = 0;
    std::int64_t codes = 0;
    std::int64_t challenges = 0;
    std::int64_t total() const { return tokens + transactions + sourceFailures + codes + challenges; }
};

/// Deletes rows that can no longer matter, so short-lived security state does not grow without bound:
/// expired tokens, logins, one-time codes and push challenges (kept a day for investigation), and per-source
/// failure counters whose window ended long ago. Audit records are never touched.
class Housekeeping
{
public:
    static constexpr std::int64_t kKeepSeconds = 24 * 60 * 60;

    explicit Housekeeping(Database& database);
    HousekeepingReport run(std::int64_t now);

private:
    Database& m_database;
};

} // namespace castellan
