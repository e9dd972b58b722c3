#include "store/LicenseRepository.h"

#include "store/Database.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>
#include <Poco/NumberParser.h>
#include <Poco/StringTokenizer.h>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

/// Thrown inside the admission transaction to roll back the user's row when the month is full.
struct MonthFull
{};

std::string joined(const std::vector<std::string>& items)
{
    std::string text;
    for (const std::string& item : items) {
        text += (text.empty() ? "" : ",") + item;
    }
    return text;
}

std::string joined(const std::vector<int>& numbers)
{
    std::vector<std::string> items;
    for (int n : numbers) {
        items.push_back(std::to_string(n));
    }
    return joined(items);
}

std::vector<std::string> split(const std::string& text)
{
    std::vector<std::string> items;
    Poco::StringTokenizer tokens(text, ",", Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    items.assign(tokens.begin(), tokens.end());
    return items;
}

std::vector<int> numbers(const std::string& text)
{
    std::vector<int> values;
    for (const std::string& item : split(text)) {
        int value = 0;
        if (Poco::NumberParser::tryParse(item, value)) {
            values.push_back(value);
        }
    }
    return values;
}

} // namespace

LicenseRepository::LicenseRepository(Database& database) : m_database(database) {}

LicenseRow LicenseRepository::ensure(const std::string& appKey, std::int64_t nowSeconds)
{
    std::string key = appKey;
    Poco::Int64 at = nowSeconds;
    m_database.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO license (id, app_key, demo_started_at, updated_at) VALUES (1, $1, $2, $2) "
             "ON CONFLICT (id) DO NOTHING",
            use(key), use(at), now;
    });
    return *find();
}

std::optional<LicenseRow> LicenseRepository::find()
{
    std::optional<LicenseRow> found;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << "SELECT app_key, license_key, demo_started_at, updated_at, updated_by FROM license WHERE id = 1";
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            LicenseRow row;
            row.appKey = rs[0].convert<std::string>();
            if (!rs[1].isEmpty()) {
                row.licenseKey = rs[1].convert<std::string>();
            }
            row.demoStartedAt = rs[2].convert<Poco::Int64>();
            row.updatedAt = rs[3].convert<Poco::Int64>();
            row.updatedBy = rs[4].convert<std::string>();
            found = row;
        }
    });
    return found;
}

void LicenseRepository::storeKey(const std::string& key, std::int64_t nowSeconds, const std::string& by)
{
    std::string text = key;
    std::string actor = by;
    Poco::Int64 at = nowSeconds;
    m_database.write([&](Poco::Data::Session& s) {
        s << "UPDATE license SET license_key = $1, updated_at = $2, updated_by = $3 WHERE id = 1", use(text), use(at),
            use(actor), now;
    });
}

LicenseRepository::AdmissionResult LicenseRepository::admit(const std::string& month, const std::string& usernameKey,
                                                            const std::string& username, std::int64_t nowSeconds,
                                                            int limit)
{
    std::string m = month;
    std::string key = usernameKey;
    std::string name = username;
    Poco::Int64 at = nowSeconds;
    Poco::Int64 fresh = nowSeconds - 60;
    // Known this month: one UPDATE (last_login is refreshed at most once a minute, to keep logins write-light).
    std::vector<std::string> known;
    m_database.write([&](Poco::Data::Session& s) {
        s << "UPDATE license_usage SET last_login = CASE WHEN last_login < $1 THEN $2 ELSE last_login END "
             "WHERE month = $3 AND username_key = $4 RETURNING username_key",
            use(fresh), use(at), use(m), use(key), into(known), now;
    });
    if (!known.empty()) {
        return {Admission::AlreadyCounted, 0};
    }
    AdmissionResult result;
    try {
        m_database.write([&](Poco::Data::Session& s) {
            std::vector<std::string> inserted;
            s << "INSERT INTO license_usage (month, username_key, username, first_seen, last_login) "
                 "VALUES ($1, $2, $3, $4, $4) ON CONFLICT (month, username_key) DO NOTHING RETURNING username_key",
                use(m), use(key), use(name), use(at), into(inserted), now;
            if (inserted.empty()) {
                result.admission = Admission::AlreadyCounted; // another request counted the user first
                return;
            }
            s << "INSERT INTO license_months (month, users) VALUES ($1, 0) ON CONFLICT (month) DO NOTHING", use(m), now;
            std::vector<int> count;
            int cap = limit;
            s << "UPDATE license_months SET users = users + 1 WHERE month = $1 AND users < $2 RETURNING users", use(m),
                use(cap), into(count), now;
            if (count.empty()) {
                throw MonthFull{};
            }
            result = {Admission::Counted, count.front()};
        });
    } catch (const MonthFull&) {
        return {Admission::OverLimit, limit};
    }
    return result;
}

int LicenseRepository::monthCount(const std::string& month)
{
    std::string m = month;
    std::vector<int> count;
    m_database.read([&](Poco::Data::Session& s) {
        s << "SELECT users FROM license_months WHERE month = $1", use(m), into(count), now;
    });
    return count.empty() ? 0 : count.front();
}

const SortableColumns& LicenseRepository::usageSortColumns()
{
    static const SortableColumns kSortable(
        {{"username", "username_key"}, {"first_seen", "first_seen"}, {"last_login", "last_login"}}, {"username"},
        "username_key");
    return kSortable;
}

std::vector<UsageRow> LicenseRepository::usage(const std::string& month, const SortOrder& sort, int offset, int limit,
                                               std::int64_t& total)
{
    std::string m = month;
    int first = offset;
    int count = limit;
    std::vector<UsageRow> rows;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Int64 n = 0;
        s << "SELECT COUNT(*) FROM license_usage WHERE month = $1", use(m), into(n), now;
        total = n;
        Poco::Data::Statement select(s);
        select << "SELECT username, first_seen, last_login FROM license_usage WHERE month = $1" +
                      usageSortColumns().orderBy(sort) + " LIMIT $2 OFFSET $3",
            use(m), use(count), use(first);
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            rows.push_back({rs[0].convert<std::string>(), rs[1].convert<Poco::Int64>(), rs[2].convert<Poco::Int64>()});
        }
    });
    return rows;
}

std::optional<UsageRow> LicenseRepository::usageOf(const std::string& month, const std::string& usernameKey)
{
    std::string m = month;
    std::string key = usernameKey;
    std::optional<UsageRow> row;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << "SELECT username, first_seen, last_login FROM license_usage WHERE month = $1 AND username_key = $2",
            use(m), use(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            row = UsageRow{rs[0].convert<std::string>(), rs[1].convert<Poco::Int64>(), rs[2].convert<Poco::Int64>()};
        }
    });
    return row;
}

std::vector<std::pair<std::string, int>> LicenseRepository::months(int limit)
{
    int count = limit;
    std::vector<std::pair<std::string, int>> result;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << "SELECT month, users FROM license_months ORDER BY month DESC LIMIT $1", use(count);
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            result.emplace_back(rs[0].convert<std::string>(), rs[1].convert<int>());
        }
    });
    return result;
}

LicenseAlarmSettings LicenseRepository::alarmSettings()
{
    LicenseAlarmSettings settings;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << "SELECT recipients, support_days, usage_percents FROM license_alarm_settings WHERE id = 1";
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            settings.recipients = split(rs[0].convert<std::string>());
            settings.supportDays = numbers(rs[1].convert<std::string>());
            settings.usagePercents = numbers(rs[2].convert<std::string>());
        }
    });
    return settings;
}

void LicenseRepository::storeAlarmSettings(const LicenseAlarmSettings& settings)
{
    std::string recipients = joined(settings.recipients);
    std::string days = joined(settings.supportDays);
    std::string percents = joined(settings.usagePercents);
    m_database.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO license_alarm_settings (id, recipients, support_days, usage_percents) VALUES (1, $1, $2, $3) "
             "ON CONFLICT (id) DO UPDATE SET recipients = excluded.recipients, support_days = excluded.support_days, "
             "usage_percents = excluded.usage_percents",
            use(recipients), use(days), use(percents), now;
    });
}

bool LicenseRepository::claimAlarm(const SentAlarm& alarm)
{
    SentAlarm a = alarm;
    Poco::Int64 at = alarm.sentAt;
    std::vector<int> inserted;
    m_database.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO license_alarms_sent (kind, period, threshold, sent_at, message) VALUES ($1, $2, $3, $4, $5) "
             "ON CONFLICT (kind, period, threshold) DO NOTHING RETURNING threshold",
            use(a.kind), use(a.period), use(a.threshold), use(at), use(a.message), into(inserted), now;
    });
    return !inserted.empty();
}

std::vector<SentAlarm> LicenseRepository::sentAlarms(int limit)
{
    int count = limit;
    std::vector<SentAlarm> result;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << "SELECT kind, period, threshold, sent_at, message FROM license_alarms_sent "
                  "ORDER BY sent_at DESC LIMIT $1",
            use(count);
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            result.push_back({rs[0].convert<std::string>(), rs[1].convert<std::string>(), rs[2].convert<int>(),
                              rs[3].convert<Poco::Int64>(), rs[4].convert<std::string>()});
        }
    });
    return result;
}

} // namespace castellan
