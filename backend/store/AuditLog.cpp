#include "store/AuditLog.h"

#include "store/Database.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/String.h>

using namespace Poco::Data::Keywords;

namespace castellan {

namespace {

void insert(Poco::Data::Session& session, Poco::Int64 at, const AuditEvent& event)
{
    AuditEvent e = event;
    session << "INSERT INTO audit_log (at, channel, event, actor, username, client, result, reason, source_ip, "
               "details) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        use(at), use(e.channel), use(e.event), use(e.actor), use(e.username), use(e.client), use(e.result),
        use(e.reason), use(e.sourceIp), use(e.details), now;
}

} // namespace

AuditLog::AuditLog(Database& database, const Clock& clock) : m_database(database), m_clock(clock) {}

void AuditLog::record(const AuditEvent& event)
{
    const Poco::Int64 at = m_clock.nowSeconds();
    m_database.write([&](Poco::Data::Session& session) { insert(session, at, event); });
    // After the commit: observers (metrics, syslog) never hear of an event whose transaction failed.
    for (const auto& observer : m_observers) {
        observer(event);
    }
}

void AuditLog::record(Poco::Data::Session& session, const AuditEvent& event)
{
    insert(session, m_clock.nowSeconds(), event);
    // Inside the caller's transaction, which is normally committed right after; were it rolled back later, the
    // observers would already have heard of the event.
    for (const auto& observer : m_observers) {
        observer(event);
    }
}

const SortableColumns& AuditLog::sortColumns()
{
    static const SortableColumns kSortable(
        {{"at", "at"}, {"event", "event"}, {"username", "username"}, {"actor", "actor"}}, {"at", true}, "id");
    return kSortable;
}

AuditPage AuditLog::query(const AuditQuery& query)
{
    std::string where = " WHERE 1=1";
    std::vector<std::string> textParams;

    int n = 0;
    auto addText = [&](const std::string& column, const std::string& value) {
        if (!value.empty()) {
            where += " AND " + column + " = $" + std::to_string(++n);
            textParams.push_back(value);
        }
    };
    addText("username", query.username);
    addText("actor", query.actor);
    addText("event", query.event);
    addText("result", query.result);
    if (!query.text.empty()) {
        const std::string p = "$" + std::to_string(++n);
        where += " AND (LOWER(event) LIKE " + p + " OR LOWER(reason) LIKE " + p + " OR LOWER(actor) LIKE " + p +
                 " OR LOWER(channel) LIKE " + p + " OR source_ip LIKE " + p + ")";
        textParams.push_back("%" + Poco::toLower(query.text) + "%");
    }
    // Time bounds are inlined as integers (never user text), which keeps binding order simple.
    if (query.from) {
        where += " AND at >= " + std::to_string(*query.from);
    }
    if (query.to) {
        where += " AND at <= " + std::to_string(*query.to);
    }

    AuditPage page;
    m_database.read([&](Poco::Data::Session& session) {
        Poco::Data::Statement count(session);
        count << "SELECT COUNT(*) FROM audit_log" + where;
        for (auto& p : textParams) {
            count, use(p);
        }
        count, into(page.total), now;

        Poco::Data::Statement select(session);
        select << "SELECT id, at, channel, event, actor, username, client, result, reason, source_ip, details "
                  "FROM audit_log" +
                      where + sortColumns().orderBy(query.sort) + " LIMIT " + std::to_string(query.limit) + " OFFSET " +
                      std::to_string(query.offset);
        for (auto& p : textParams) {
            select, use(p);
        }
        select.execute();
        Poco::Data::RecordSet rows(select);
        for (bool more = rows.moveFirst(); more; more = rows.moveNext()) {
            AuditRecord r;
            r.id = rows["id"].convert<Poco::Int64>();
            r.at = rows["at"].convert<Poco::Int64>();
            r.event.channel = rows["channel"].convert<std::string>();
            r.event.event = rows["event"].convert<std::string>();
            r.event.actor = rows["actor"].convert<std::string>();
            r.event.username = rows["username"].convert<std::string>();
            r.event.client = rows["client"].convert<std::string>();
            r.event.result = rows["result"].convert<std::string>();
            r.event.reason = rows["reason"].convert<std::string>();
            r.event.sourceIp = rows["source_ip"].convert<std::string>();
            r.event.details = rows["details"].convert<std::string>();
            page.items.push_back(std::move(r));
        }
    });
    return page;
}

std::string AuditLog::tallyStatement(std::size_t eventCount, std::int64_t since, std::int64_t recentSince)
{
    std::string placeholders;
    for (std::size_t i = 0; i < eventCount; ++i) {
        placeholders += (i ? ", $" : "$") + std::to_string(i + 1);
    }
    // Time bounds are integers the server computed, inlined as in query().
    return "SELECT channel, result, COUNT(*) AS total, SUM(CASE WHEN at >= " + std::to_string(recentSince) +
           " THEN 1 ELSE 0 END) AS recent FROM audit_log WHERE event IN (" + placeholders +
           ") AND at >= " + std::to_string(since) + " GROUP BY channel, result ORDER BY channel, result";
}

std::vector<AuditTally> AuditLog::tally(const std::vector<std::string>& events, std::int64_t since,
                                        std::int64_t recentSince)
{
    std::vector<AuditTally> tallies;
    if (events.empty()) {
        return tallies;
    }
    std::vector<std::string> names = events;
    m_database.read([&](Poco::Data::Session& session) {
        Poco::Data::Statement select(session);
        select << tallyStatement(names.size(), since, recentSince);
        for (auto& name : names) {
            select, use(name);
        }
        select.execute();
        Poco::Data::RecordSet rows(select);
        for (bool more = rows.moveFirst(); more; more = rows.moveNext()) {
            tallies.push_back({rows["channel"].convert<std::string>(), rows["result"].convert<std::string>(),
                               rows["total"].convert<Poco::Int64>(), rows["recent"].convert<Poco::Int64>()});
        }
    });
    return tallies;
}

} // namespace castellan
