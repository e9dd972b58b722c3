#pragma once

#include "store/SortableColumns.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class Database;

/// The installation's license row.
struct LicenseRow
{
    std::string appKey;
    std::optional<std::string> licenseKey; ///< none: the Demo License
    std::int64_t demoStartedAt = 0;
    std::int64_t updatedAt = 0;
    std::string updatedBy;
};

/// A user counted in a month.
struct UsageRow
{
    std::string username;
    std::int64_t firstSeen = 0;
    std::int64_t lastLogin = 0;
};

struct LicenseAlarmSettings
{
    std::vector<std::string> recipients;
    std::vector<int> supportDays{60, 30, 15, 7};
    std::vector<int> usagePercents{75, 85, 90, 95};
};

struct SentAlarm
{
    std::string kind; ///< usage | support
    std::string period;
    int threshold = 0;
    std::int64_t sentAt = 0;
    std::string message;
};

/// Persistence of the license, monthly usage and alarms. Usage counting is atomic SQL so that several nodes on one
/// PostgreSQL admit exactly `limit` new users a month: the user's row and the month's count change in one
/// transaction, and the count only grows while below the limit.
class LicenseRepository
{
public:
    enum class Admission
    {
        AlreadyCounted, ///< the user was counted this month before
        Counted,        ///< a new user for this month, within the limit
        OverLimit,      ///< a new user, and the month is full: nothing was recorded
    };
    struct AdmissionResult
    {
        Admission admission = Admission::OverLimit;
        int count = 0; ///< the month's count after a new user was counted
    };

    explicit LicenseRepository(Database& database);

    /// What a month's user list sorts by: username (the default), first_seen, last_login.
    static const SortableColumns& usageSortColumns();

    /// The license row, created with `appKey` and the Demo License starting `now` on the first call ever.
    LicenseRow ensure(const std::string& appKey, std::int64_t now);
    std::optional<LicenseRow> find();
    void storeKey(const std::string& key, std::int64_t now, const std::string& by);

    AdmissionResult admit(const std::string& month, const std::string& usernameKey, const std::string& username,
                          std::int64_t now, int limit);
    int monthCount(const std::string& month);
    std::vector<UsageRow> usage(const std::string& month, const SortOrder& sort, int offset, int limit,
                                std::int64_t& total);
    /// The user's row in a month (`usernameKey`: the lower-case username), nothing when the user was not counted.
    std::optional<UsageRow> usageOf(const std::string& month, const std::string& usernameKey);
    /// Unique users per month, newest first.
    std::vector<std::pair<std::string, int>> months(int limit);

    LicenseAlarmSettings alarmSettings();
    void storeAlarmSettings(const LicenseAlarmSettings& settings);
    /// Records a threshold crossing; true only for the one caller (on any node) that recorded it first.
    bool claimAlarm(const SentAlarm& alarm);
    std::vector<SentAlarm> sentAlarms(int limit);

private:
    Database& m_database;
};

} // namespace castellan
