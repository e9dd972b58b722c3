#include "store/LockoutRepository.h"

#include "store/Database.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>
#include <Poco/String.h>

using namespace Poco::Data::Keywords;

namespace castellan {

LockoutRepository::LockoutRepository(Database& database) : m_database(database) {}

namespace {

// The window restarts with the first failure after it has passed. One statement: atomic on every node.
constexpr const char* kCountFailure =
    "INSERT INTO {table} ({key}, count, window_started_at{extra_cols}) VALUES ($1, 1, $2{extra_vals}) "
    "ON CONFLICT ({key}) DO UPDATE SET "
    "count = CASE WHEN {table}.window_started_at <= $3 THEN 1 ELSE {table}.count + 1 END, "
    "window_started_at = CASE WHEN {table}.window_started_at <= $3 THEN $2 ELSE {table}.window_started_at END"
    "{extra_update} RETURNING count";

std::string counterSql(const std::string& table, const std::string& key, bool withLastFailure)
{
    std::string sql = kCountFailure;
    auto replaceAll = [&](const std::string& from, const std::string& to) {
        for (size_t at = sql.find(from); at != std::string::npos; at = sql.find(from, at + to.size())) {
            sql.replace(at, from.size(), to);
        }
    };
    replaceAll("{table}", table);
    replaceAll("{key}", key);
    replaceAll("{extra_cols}", withLastFailure ? ", last_failure_at" : "");
    replaceAll("{extra_vals}", withLastFailure ? ", $2" : "");
    replaceAll("{extra_update}", withLastFailure ? ", last_failure_at = $2" : "");
    return sql;
}

} // namespace

std::optional<BlockRow> LockoutRepository::activeBlock(const std::string& usernameKey, std::int64_t nowSeconds)
{
    std::optional<BlockRow> found;
    std::string key = usernameKey;
    Poco::Int64 at = nowSeconds;
    m_database.read([&](Poco::Data::Session& s) {
        BlockRow b;
        Poco::Nullable<Poco::Int64> expires;
        Poco::Data::Statement select(s);
        select << "SELECT username, reason, blocked_at, expires_at, blocked_by FROM blocks WHERE username_key = $1 "
                  "AND (expires_at IS NULL OR expires_at > $2)",
            use(key), use(at), into(b.username), into(b.reason), into(b.blockedAt), into(expires), into(b.blockedBy),
            limit(1);
        if (select.execute() > 0) {
            b.usernameKey = usernameKey;
            if (!expires.isNull()) {
                b.expiresAt = expires.value();
            }
            found = b;
        }
    });
    return found;
}

int LockoutRepository::recordFailure(const std::string& usernameKey, std::int64_t nowSeconds, int windowSeconds)
{
    static const std::string sql = counterSql("failed_attempts", "username_key", true);
    std::string key = usernameKey;
    Poco::Int64 at = nowSeconds;
    Poco::Int64 windowStart = nowSeconds - windowSeconds;
    int count = 0;
    m_database.write([&](Poco::Data::Session& s) { s << sql, use(key), use(at), use(windowStart), into(count), now; });
    return count;
}

bool LockoutRepository::block(const BlockRow& block, std::int64_t nowSeconds, int windowSeconds)
{
    BlockRow b = block;
    Poco::Nullable<Poco::Int64> expires;
    if (b.expiresAt) {
        expires = *b.expiresAt;
    }
    Poco::Int64 at = nowSeconds;
    bool created = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement upsert(s);
        upsert << "INSERT INTO blocks (username_key, username, reason, blocked_at, expires_at, blocked_by) "
                  "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (username_key) DO UPDATE SET "
                  "username = excluded.username, reason = excluded.reason, blocked_at = excluded.blocked_at, "
                  "expires_at = excluded.expires_at, blocked_by = excluded.blocked_by "
                  "WHERE blocks.expires_at IS NOT NULL AND blocks.expires_at <= $7",
            use(b.usernameKey), use(b.username), use(b.reason), use(b.blockedAt), use(expires), use(b.blockedBy),
            use(at);
        created = upsert.execute() > 0;
        if (created && b.expiresAt) {
            Poco::Int64 windowStart = *b.expiresAt - windowSeconds;
            s << "UPDATE failed_attempts SET window_started_at = $1 WHERE username_key = $2", use(windowStart),
                use(b.usernameKey), now;
        }
    });
    return created;
}

void LockoutRepository::resetFailures(const std::string& usernameKey)
{
    std::string key = usernameKey;
    m_database.write(
        [&](Poco::Data::Session& s) { s << "DELETE FROM failed_attempts WHERE username_key = $1", use(key), now; });
}

void LockoutRepository::releaseAttempt(const std::string& usernameKey)
{
    std::string key = usernameKey;
    m_database.write([&](Poco::Data::Session& s) {
        s << "UPDATE failed_attempts SET count = count - 1 WHERE username_key = $1 AND count > 0", use(key), now;
    });
}

bool LockoutRepository::unblock(const std::string& usernameKey)
{
    std::string key = usernameKey;
    bool removed = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement del(s);
        del << "DELETE FROM blocks WHERE username_key = $1", use(key);
        removed = del.execute() > 0;
        s << "DELETE FROM failed_attempts WHERE username_key = $1", use(key), now;
    });
    return removed;
}

int LockoutRepository::recordSourceFailure(const std::string& sourceIp, std::int64_t nowSeconds, int windowSeconds)
{
    static const std::string sql = counterSql("source_failures", "source_ip", false);
    std::string key = sourceIp;
    Poco::Int64 at = nowSeconds;
    Poco::Int64 windowStart = nowSeconds - windowSeconds;
    int count = 0;
    m_database.write([&](Poco::Data::Session& s) { s << sql, use(key), use(at), use(windowStart), into(count), now; });
    return count;
}

int LockoutRepository::sourceFailures(const std::string& sourceIp, std::int64_t nowSeconds, int windowSeconds)
{
    std::string key = sourceIp;
    Poco::Int64 windowStart = nowSeconds - windowSeconds;
    int count = 0;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << "SELECT count FROM source_failures WHERE source_ip = $1 AND window_started_at > $2", use(key),
            use(windowStart), into(count), limit(1);
        if (select.execute() == 0) {
            count = 0;
        }
    });
    return count;
}

const SortableColumns& LockoutRepository::blockSortColumns()
{
    static const SortableColumns kSortable({{"username", "username_key"},
                                            {"reason", "LOWER(reason)"},
                                            {"blocked_at", "blocked_at"},
                                            {"blocked_by", "LOWER(blocked_by)"},
                                            {"remaining_seconds", "expires_at", SortColumn::Nulls::Largest}},
                                           {"blocked_at", true}, "username_key");
    return kSortable;
}

std::vector<BlockRow> LockoutRepository::listActive(const BlockQuery& query, std::int64_t nowSeconds,
                                                    std::int64_t& total)
{
    std::vector<BlockRow> rows;
    Poco::Int64 at = nowSeconds;
    std::string pattern = "%" + Poco::toLower(query.text) + "%";
    const std::string where = " WHERE (expires_at IS NULL OR expires_at > $1) AND username_key LIKE $2";
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Int64 n = 0;
        s << "SELECT COUNT(*) FROM blocks" + where, use(at), use(pattern), into(n), now;
        total = n;
        Poco::Data::Statement select(s);
        select << "SELECT username_key, username, reason, blocked_at, expires_at, blocked_by FROM blocks" + where +
                      blockSortColumns().orderBy(query.sort) + " LIMIT " + std::to_string(query.limit) + " OFFSET " +
                      std::to_string(query.offset),
            use(at), use(pattern);
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            BlockRow b;
            b.usernameKey = rs["username_key"].convert<std::string>();
            b.username = rs["username"].convert<std::string>();
            b.reason = rs["reason"].convert<std::string>();
            b.blockedAt = rs["blocked_at"].convert<Poco::Int64>();
            if (!rs["expires_at"].isEmpty()) {
                b.expiresAt = rs["expires_at"].convert<Poco::Int64>();
            }
            b.blockedBy = rs["blocked_by"].convert<std::string>();
            rows.push_back(std::move(b));
        }
    });
    return rows;
}

} // namespace castellan
