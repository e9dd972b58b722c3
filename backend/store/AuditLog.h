#pragma once

#include "core/Clock.h"
#include "store/SortableColumns.h"

#include <Poco/Data/Session.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class Database;

/// One audited event: every admin change and every authentication attempt.
struct AuditEvent
{
    std::string channel;  ///< rest, radius, portal, saml, device, cli, system; sms or mail for delivery.send
    std::string event;    ///< e.g. auth.validate, admin.login, user.create, server.start
    std::string actor;    ///< who did it (admin name, api client id, "system")
    std::string username; ///< the user concerned, if any
    std::string client;   ///< API client or RADIUS client name
    std::string result;   ///< success, failure, accept, reject, challenge
    std::string reason;   ///< detailed reason (never shown to the end user)
    std::string sourceIp;
    std::string details; ///< free-form JSON object text
};

struct AuditRecord
{
    std::int64_t id = 0;
    std::int64_t at = 0;
    AuditEvent event;
};

struct AuditQuery
{
    std::string username;
    std::string actor;
    std::string event;
    std::string result;
    std::string text; ///< part of the event, reason, actor, channel or source address (case-insensitive)
    std::optional<std::int64_t> from;
    std::optional<std::int64_t> to;
    int offset = 0;
    int limit = 100;
    SortOrder sort; ///< a field of AuditLog::sortColumns(); empty: newest first
};

/// How many events one channel recorded with one result: since the start of a period and in its recent part.
struct AuditTally
{
    std::string channel;
    std::string result;
    std::int64_t total = 0;  ///< since `since`
    std::int64_t recent = 0; ///< since `recentSince`
};

struct AuditPage
{
    std::vector<AuditRecord> items;
    std::int64_t total = 0;
};

/// Writes and reads `audit_log`. Every later feature records through this one writer.
class AuditLog
{
public:
    explicit AuditLog(Database& database, const Clock& clock = SystemClock::instance());

    /// Records an event in a transaction of its own.
    void record(const AuditEvent& event);
    /// Records an event inside the caller's transaction, so the change and its audit commit together.
    void record(Poco::Data::Session& session, const AuditEvent& event);

    /// What the audit log sorts by: at (the default, newest first), event, username, actor. Only indexed
    /// columns: the log is the largest table, and a sort without an index would read all of it for every page.
    static const SortableColumns& sortColumns();

    /// Filtered and sorted; `total` counts all matches.
    AuditPage query(const AuditQuery& query);

    /// The events named `events` recorded since `since`, counted by channel and result in one grouped query, each
    /// count also for its part since `recentSince` (e.g. the last day and hour). It reads only the index on (event,
    /// at, channel, result), so a large log costs what the period holds, not what the log holds.
    std::vector<AuditTally> tally(const std::vector<std::string>& events, std::int64_t since, std::int64_t recentSince);
    /// The statement tally() runs for `eventCount` events ($1...), for tests that ask the database for its plan.
    static std::string tallyStatement(std::size_t eventCount, std::int64_t since, std::int64_t recentSince);

    /// Told every recorded event (after it is written), e.g. to count authentication decisions for /metrics or to
    /// forward it to syslog. Added at start, before requests are served; called on the recording thread, so an
    /// observer must not block.
    void addObserver(std::function<void(const AuditEvent&)> observer) { m_observers.push_back(std::move(observer)); }

private:
    Database& m_database;
    const Clock& m_clock;
    std::vector<std::function<void(const AuditEvent&)>> m_observers;
};

} // namespace castellan
