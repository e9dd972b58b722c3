#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "license/LicenseMonth.h"
#include "license/LicenseTerms.h"
#include "store/LicenseRepository.h"

#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace castellan {

class AuditLog;
class Database;

/// The license in force, as every channel and the console see it.
struct LicenseState
{
    LicenseTerms terms;
    bool fromKey = false;      ///< false: the Demo License of a new installation (or a stored key that no
                               ///< longer verifies)
    std::string problem;       ///< why a stored key is not in force, for the administrator
    std::string month;         ///< the current license month, YYYY-MM
    int activeUsers = 0;       ///< users counted this month
    std::int64_t daysLeft = 0; ///< until the support end date (0 on the last day, negative after)
    bool supportEnded = false;
};

/// The license gate of DESIGN §4 and the license's administration: which terms are in force (a vendor-signed key
/// bound to this installation's App Key, or the Demo License: 25 users for 30 days from the first start), whether
/// support has ended (then every authentication channel stops), and the monthly unique-user count that admits a
/// user on the first successful authentication of the month. Terms are cached for a few seconds; counts never.
class LicenseService
{
public:
    enum class Gate
    {
        Open,
        SupportEnded,
        LimitExceeded,
    };

    static constexpr int kDemoUserLimit = 25;
    static constexpr int kDemoDays = 30;
    static constexpr const char* kLimitMessage = "User limit exceeded, please contact your system administrator";
    static constexpr const char* kSupportEndedMessage =
        "Authentication is not available, please contact your system administrator";

    LicenseService(Database& database, std::vector<std::string> trustedKeys, LicenseTimeZone zone, AuditLog& audit,
                   const Clock& clock = SystemClock::instance());

    LicenseState current();
    bool supportEnded();
    bool pushSubscription();

    /// Counts `username` for this month (case-insensitive) after a successful authentication; LimitExceeded for a
    /// new user when the month is full (logged "License user limit exceeded"), SupportEnded after the support end.
    Gate admit(const std::string& username);

    /// Verifies and installs a license key. InvalidInput (field `license_key`) for a key that is damaged,
    /// tampered, signed by another vendor, bound to another App Key, or whose support already ended.
    Result<LicenseState> install(const std::string& key, const std::string& actor, const std::string& sourceIp);

    /// Called with the month's count after each newly counted user (the alarms watch it).
    void onCounted(std::function<void(int count, int limit)> listener) { m_counted = std::move(listener); }

    LicenseRepository& repository() { return m_repository; }
    const LicenseTimeZone& zone() const { return m_zone; }
    const Clock& clock() const { return m_clock; }

private:
    struct Terms
    {
        LicenseTerms terms;
        bool fromKey = false;
        std::string problem;
    };
    Terms terms();
    Terms load();
    static std::string newAppKey();

    LicenseRepository m_repository;
    std::vector<std::string> m_trustedKeys;
    LicenseTimeZone m_zone;
    AuditLog& m_audit;
    const Clock& m_clock;
    std::function<void(int, int)> m_counted;
    std::mutex m_mutex;
    Terms m_cached;
    std::chrono::steady_clock::time_point m_cachedAt{};
    bool m_cacheValid = false;
};

} // namespace castellan
