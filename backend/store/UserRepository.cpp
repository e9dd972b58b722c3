#include "store/UserRepository.h"

#include "store/Database.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>
#include <Poco/String.h>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

constexpr const char* kSelect =
    "SELECT u.id, u.username, u.username_key, u.first_name, u.last_name, u.email, u.phone, "
    "COALESCE(u.password_hash, ''), u.must_change_password, u.expires_at, u.framed_ip, u.sponsor_name, "
    "u.sponsor_email, u.description, u.enabled, u.version, u.created_at, u.updated_at, "
    "CASE WHEN b.username_key IS NULL THEN 0 ELSE 1 END AS blocked, u.directory_id, "
    "COALESCE(u.directory_unique_id, ''), COALESCE(d.name, '') "
    "FROM users u LEFT JOIN blocks b ON b.username_key = u.username_key AND "
    "(b.expires_at IS NULL OR b.expires_at > $1) LEFT JOIN directories d ON d.id = u.directory_id";

UserRecord fromRow(Poco::Data::RecordSet& rs)
{
    UserRecord u;
    u.id = rs[0].convert<Poco::Int64>();
    u.username = rs[1].convert<std::string>();
    u.usernameKey = rs[2].convert<std::string>();
    u.firstName = rs[3].convert<std::string>();
    u.lastName = rs[4].convert<std::string>();
    u.email = rs[5].convert<std::string>();
    u.phone = rs[6].convert<std::string>();
    u.passwordHash = rs[7].convert<std::string>();
    u.mustChangePassword = rs[8].convert<bool>();
    if (!rs[9].isEmpty()) {
        u.expiresAt = rs[9].convert<Poco::Int64>();
    }
    u.framedIp = rs[10].convert<std::string>();
    u.sponsorName = rs[11].convert<std::string>();
    u.sponsorEmail = rs[12].convert<std::string>();
    u.description = rs[13].convert<std::string>();
    u.enabled = rs[14].convert<bool>();
    u.version = rs[15].convert<Poco::Int64>();
    u.createdAt = rs[16].convert<Poco::Int64>();
    u.updatedAt = rs[17].convert<Poco::Int64>();
    u.blocked = rs[18].convert<int>() != 0;
    if (!rs[19].isEmpty()) {
        u.directoryId = rs[19].convert<Poco::Int64>();
    }
    u.directoryUniqueId = rs[20].convert<std::string>();
    u.directoryName = rs[21].convert<std::string>();
    return u;
}

/// The WHERE clause of a user query over kSelect: $1 is now, $2 the LIKE pattern of the text.
std::string filterClause(const UserQuery& q)
{
    std::string where = " WHERE (u.username_key LIKE $2 OR LOWER(u.first_name) LIKE $2 OR LOWER(u.last_name) LIKE $2 "
                        "OR LOWER(u.email) LIKE $2)";
    if (q.status == "disabled") {
        where += " AND u.enabled = FALSE";
    } else if (q.status == "expired") {
        where += " AND u.enabled = TRUE AND u.expires_at IS NOT NULL AND u.expires_at <= $1";
    } else if (q.status == "blocked") {
        where += " AND u.enabled = TRUE AND (u.expires_at IS NULL OR u.expires_at > $1) AND b.username_key IS NOT NULL";
    } else if (q.status == "active") {
        where += " AND u.enabled = TRUE AND (u.expires_at IS NULL OR u.expires_at > $1) AND b.username_key IS NULL";
    }
    if (q.source == "local") {
        where += " AND u.directory_id IS NULL";
    } else if (q.source == "directory") {
        where += " AND u.directory_id IS NOT NULL";
    }
    return where;
}

} // namespace

std::string UserRecord::status(std::int64_t nowSeconds) const
{
    if (!enabled) {
        return "disabled";
    }
    if (expiresAt && *expiresAt <= nowSeconds) {
        return "expired";
    }
    if (blocked) {
        return "blocked";
    }
    return "active";
}

bool UserChanges::empty() const
{
    return !firstName && !lastName && !email && !phone && !framedIp && !sponsorName && !sponsorEmail && !description &&
           !passwordHash && !mustChangePassword && !expiresAt && !enabled;
}

UserRepository::UserRepository(Database& database) : m_database(database) {}

const SortableColumns& UserRepository::sortColumns()
{
    static const SortableColumns kSortable({{"username", "u.username_key"},
                                            {"first_name", "LOWER(u.first_name)"},
                                            {"last_name", "LOWER(u.last_name)"},
                                            {"email", "LOWER(u.email)"},
                                            {"created_at", "u.created_at"},
                                            {"expires_at", "u.expires_at", SortColumn::Nulls::Largest}},
                                           {"username"}, "u.id");
    return kSortable;
}

std::int64_t UserRepository::insert(Poco::Data::Session& s, const UserRecord& user)
{
    UserRecord u = user;
    Poco::Nullable<std::string> password;
    if (!u.passwordHash.empty()) {
        password = u.passwordHash;
    }
    Poco::Nullable<Poco::Int64> expires;
    if (u.expiresAt) {
        expires = *u.expiresAt;
    }
    Poco::Nullable<Poco::Int64> directory;
    Poco::Nullable<std::string> uniqueId;
    if (u.directoryId) {
        directory = *u.directoryId;
        uniqueId = u.directoryUniqueId;
    }
    Poco::Int64 id = 0;
    s << "INSERT INTO users (username, username_key, first_name, last_name, email, phone, password_hash, "
         "must_change_password, expires_at, framed_ip, sponsor_name, sponsor_email, description, enabled, created_at, "
         "updated_at, directory_id, directory_unique_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, "
         "$13, $14, $15, $15, $16, $17) RETURNING id",
        use(u.username), use(u.usernameKey), use(u.firstName), use(u.lastName), use(u.email), use(u.phone),
        use(password), use(u.mustChangePassword), use(expires), use(u.framedIp), use(u.sponsorName),
        use(u.sponsorEmail), use(u.description), use(u.enabled), use(u.createdAt), use(directory), use(uniqueId),
        into(id), now;
    return id;
}

// Multi-row INSERTs of kInsertChunk rows: a round trip per chunk instead of per user. Each statement runs once:
// re-running one Poco PostgreSQL statement (bound vectors or a loop) double-frees its previous result when a later
// run fails (Poco 1.11 StatementExecutor::clearResults keeps the freed pointer), which a duplicate key would do.
// 400 rows of 16 parameters stay under what libpq accepts: it takes the parameter description of a prepared
// statement (4 bytes per parameter) longer than 30,000 bytes for a lost connection, so at most ~7,490 parameters
// (PostgreSQL itself and SQLite 3.32+ allow 65,535 and 32,766). SQLite
// gets anonymous "?" placeholders: it keeps "$N" (and "?N") in a list it searches linearly while binding, which
// is quadratic in a statement of 6,400 parameters (30 s instead of 1 s for 100,000 rows).
void UserRepository::insertMany(Poco::Data::Session& s, const std::vector<UserRecord>& users)
{
    constexpr std::size_t kInsertChunk = 400;
    constexpr int kParameters = 16;
    const bool sqlite = m_database.dialect() == SqlDialect::Sqlite;
    for (std::size_t start = 0; start < users.size(); start += kInsertChunk) {
        const std::size_t end = std::min(users.size(), start + kInsertChunk);
        std::string sql = "INSERT INTO users (username, username_key, first_name, last_name, email, phone, "
                          "password_hash, must_change_password, expires_at, framed_ip, sponsor_name, sponsor_email, "
                          "description, enabled, created_at, updated_at) VALUES ";
        sql.reserve(sql.size() + (end - start) * kParameters * 7);
        Poco::Data::Statement insert(s);
        int placeholder = 0;
        for (std::size_t i = start; i < end; ++i) {
            sql += i == start ? "(" : ", (";
            for (int p = 0; p < kParameters; ++p) {
                sql += sqlite ? "?" : "$" + std::to_string(++placeholder);
                sql += p + 1 < kParameters ? ", " : ")";
            }
            const UserRecord& u = users[i];
            Poco::Nullable<std::string> password;
            if (!u.passwordHash.empty()) {
                password = u.passwordHash;
            }
            Poco::Nullable<Poco::Int64> expires;
            if (u.expiresAt) {
                expires = *u.expiresAt;
            }
            insert.addBind(bind(u.username));
            insert.addBind(bind(u.usernameKey));
            insert.addBind(bind(u.firstName));
            insert.addBind(bind(u.lastName));
            insert.addBind(bind(u.email));
            insert.addBind(bind(u.phone));
            insert.addBind(bind(password));
            insert.addBind(bind(u.mustChangePassword));
            insert.addBind(bind(expires));
            insert.addBind(bind(u.framedIp));
            insert.addBind(bind(u.sponsorName));
            insert.addBind(bind(u.sponsorEmail));
            insert.addBind(bind(u.description));
            insert.addBind(bind(u.enabled));
            insert.addBind(bind(static_cast<Poco::Int64>(u.createdAt)));
            insert.addBind(bind(static_cast<Poco::Int64>(u.createdAt))); // updated_at
        }
        insert << sql;
        insert.execute();
    }
}

std::int64_t UserRepository::create(const UserRecord& user)
{
    std::int64_t id = 0;
    m_database.write([&](Poco::Data::Session& s) { id = insert(s, user); });
    return id;
}

std::int64_t UserRepository::create(const UserRecord& user, const std::function<void(Poco::Data::Session&)>& alongside)
{
    std::int64_t id = 0;
    m_database.write([&](Poco::Data::Session& s) {
        id = insert(s, user);
        alongside(s);
    });
    return id;
}

std::optional<UserRecord> UserRepository::findById(std::int64_t id, std::int64_t nowSeconds)
{
    std::optional<UserRecord> found;
    Poco::Int64 at = nowSeconds;
    Poco::Int64 key = id;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string(kSelect) + " WHERE u.id = $2", use(at), use(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            found = fromRow(rs);
        }
    });
    return found;
}

std::optional<UserRecord> UserRepository::findByUsername(const std::string& username, std::int64_t nowSeconds)
{
    std::optional<UserRecord> found;
    Poco::Int64 at = nowSeconds;
    std::string key = Poco::toLower(username);
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string(kSelect) + " WHERE u.username_key = $2", use(at), use(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            found = fromRow(rs);
        }
    });
    return found;
}

std::optional<UserRecord> UserRepository::findByLogin(const std::string& login, std::int64_t nowSeconds)
{
    std::optional<UserRecord> found;
    Poco::Int64 at = nowSeconds;
    std::string key = Poco::toLower(login);
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string(kSelect) +
                      " WHERE u.username_key = $2 OR u.id IN (SELECT user_id FROM user_aliases WHERE alias_key = $2)",
            use(at), use(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            found = fromRow(rs);
        }
    });
    return found;
}

std::optional<UserRecord> UserRepository::findByDirectoryEntry(std::int64_t directoryId, const std::string& uniqueId,
                                                               std::int64_t nowSeconds)
{
    std::optional<UserRecord> found;
    Poco::Int64 at = nowSeconds;
    Poco::Int64 directory = directoryId;
    std::string id = uniqueId;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string(kSelect) + " WHERE u.directory_id = $2 AND u.directory_unique_id = $3", use(at),
            use(directory), use(id);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            found = fromRow(rs);
        }
    });
    return found;
}

bool UserRepository::syncFromDirectory(const UserRecord& current, const UserRecord& from, std::int64_t nowSeconds)
{
    if (current.username == from.username && current.firstName == from.firstName && current.lastName == from.lastName &&
        current.email == from.email && current.phone == from.phone && current.framedIp == from.framedIp) {
        return true;
    }
    bool updated = false;
    m_database.write([&](Poco::Data::Session& s) {
        std::string key = Poco::toLower(from.username);
        Poco::Int64 id = current.id;
        Poco::Int64 taken = 0;
        s << "SELECT (SELECT COUNT(*) FROM users WHERE username_key = $1 AND id <> $2) + "
             "(SELECT COUNT(*) FROM user_aliases WHERE alias_key = $1)",
            use(key), use(id), into(taken), now;
        if (taken > 0) {
            return;
        }
        UserRecord u = from;
        Poco::Int64 at = nowSeconds;
        Poco::Data::Statement update(s);
        update << "UPDATE users SET username = $1, username_key = $2, first_name = $3, last_name = $4, email = $5, "
                  "phone = $6, framed_ip = $7, version = version + 1, updated_at = $8 WHERE id = $9",
            use(u.username), use(key), use(u.firstName), use(u.lastName), use(u.email), use(u.phone), use(u.framedIp),
            use(at), use(id);
        updated = update.execute() > 0;
        if (updated && current.usernameKey != key) {
            // A block and the license count follow the user to the new name (unless the new name has its own).
            std::string oldKey = current.usernameKey;
            std::string name = u.username;
            for (const char* table : {"blocks", "license_usage"}) {
                const std::string t = table;
                const std::string same = t == "blocks" ? "" : " AND n.month = license_usage.month";
                Poco::Data::Statement move(s);
                move << "UPDATE " + t +
                            " SET username_key = $1, username = $2 WHERE username_key = $3 AND NOT EXISTS "
                            "(SELECT 1 FROM " +
                            t + " n WHERE n.username_key = $1" + same + ")",
                    use(key), use(name), use(oldKey);
                move.execute();
            }
        }
    });
    return updated;
}

std::int64_t UserRepository::countOfDirectory(std::int64_t directoryId)
{
    Poco::Int64 n = 0;
    Poco::Int64 directory = directoryId;
    m_database.read([&](Poco::Data::Session& s) {
        s << "SELECT COUNT(*) FROM users WHERE directory_id = $1", use(directory), into(n), now;
    });
    return n;
}

bool UserRepository::usernameTaken(const std::string& usernameKey)
{
    Poco::Int64 n = 0;
    std::string key = usernameKey;
    m_database.read([&](Poco::Data::Session& s) {
        // Usernames and aliases share one name space (issue 21).
        s << "SELECT (SELECT COUNT(*) FROM users WHERE username_key = $1) + "
             "(SELECT COUNT(*) FROM user_aliases WHERE alias_key = $1)",
            use(key), into(n), now;
    });
    return n > 0;
}

std::vector<std::string> UserRepository::existingKeys(const std::vector<std::string>& usernameKeys)
{
    std::vector<std::string> existing;
    constexpr size_t kChunk = 500;
    m_database.read([&](Poco::Data::Session& s) {
        for (size_t start = 0; start < usernameKeys.size(); start += kChunk) {
            const size_t end = std::min(usernameKeys.size(), start + kChunk);
            std::string in;
            for (size_t i = start; i < end; ++i) {
                in += (i == start ? "$" : ", $") + std::to_string(i - start + 1);
            }
            // Usernames and aliases share one name space (issue 21).
            const std::string sql = "SELECT username_key FROM users WHERE username_key IN (" + in +
                                    ") UNION SELECT alias_key FROM user_aliases WHERE alias_key IN (" + in + ")";
            Poco::Data::Statement select(s);
            select << sql;
            std::vector<std::string> chunk(usernameKeys.begin() + start, usernameKeys.begin() + end);
            for (const std::string& key : chunk) {
                select.addBind(Poco::Data::Keywords::bind(key));
            }
            std::vector<std::string> found;
            select, into(found);
            select.execute();
            existing.insert(existing.end(), found.begin(), found.end());
        }
    });
    return existing;
}

std::vector<UserRecord> UserRepository::list(const UserQuery& q, std::int64_t nowSeconds, std::int64_t& total)
{
    const std::string where = filterClause(q);
    const std::string order = sortColumns().orderBy(q.sort);
    std::vector<UserRecord> users;
    Poco::Int64 at = nowSeconds;
    std::string pattern = "%" + Poco::toLower(q.text) + "%";
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Int64 n = 0;
        s << "SELECT COUNT(*) FROM users u LEFT JOIN blocks b ON b.username_key = u.username_key AND "
             "(b.expires_at IS NULL OR b.expires_at > $1)" +
                 where,
            use(at), use(pattern), into(n), now;
        total = n;
        Poco::Data::Statement select(s);
        select << std::string(kSelect) + where + order + " LIMIT " + std::to_string(q.limit) + " OFFSET " +
                      std::to_string(q.offset),
            use(at), use(pattern);
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            users.push_back(fromRow(rs));
        }
    });
    return users;
}

void UserRepository::forEach(const UserQuery& q, std::int64_t nowSeconds,
                             const std::function<void(const UserRecord&)>& visit, int chunk)
{
    const std::string sql = std::string(kSelect) + filterClause(q) +
                            " AND u.username_key > $3 ORDER BY u.username_key LIMIT " + std::to_string(chunk);
    Poco::Int64 at = nowSeconds;
    std::string pattern = "%" + Poco::toLower(q.text) + "%";
    std::string after; // every key sorts after the empty string
    for (bool more = true; more;) {
        std::vector<UserRecord> users;
        m_database.read([&](Poco::Data::Session& s) {
            Poco::Data::Statement select(s);
            select << sql, use(at), use(pattern), use(after);
            select.execute();
            Poco::Data::RecordSet rs(select);
            for (bool row = rs.moveFirst(); row; row = rs.moveNext()) {
                users.push_back(fromRow(rs));
            }
        });
        for (const UserRecord& u : users) {
            visit(u);
        }
        more = static_cast<int>(users.size()) == chunk;
        if (more) {
            after = users.back().usernameKey;
        }
    }
}

namespace {

/// Builds "SET a = $n, ..." for the changes and binds the values to `statement`.
void bindChanges(Poco::Data::Statement& statement, std::string& sql, const UserChanges& c, int& n)
{
    auto text = [&](const char* column, const std::optional<std::string>& value) {
        if (value) {
            sql += std::string(column) + " = $" + std::to_string(++n) + ", ";
            statement.addBind(Poco::Data::Keywords::bind(*value));
        }
    };
    text("first_name", c.firstName);
    text("last_name", c.lastName);
    text("email", c.email);
    text("phone", c.phone);
    text("framed_ip", c.framedIp);
    text("sponsor_name", c.sponsorName);
    text("sponsor_email", c.sponsorEmail);
    text("description", c.description);
    text("password_hash", c.passwordHash);
    if (c.mustChangePassword) {
        sql += "must_change_password = $" + std::to_string(++n) + ", ";
        statement.addBind(Poco::Data::Keywords::bind(*c.mustChangePassword));
    }
    if (c.enabled) {
        sql += "enabled = $" + std::to_string(++n) + ", ";
        statement.addBind(Poco::Data::Keywords::bind(*c.enabled));
    }
    if (c.expiresAt) {
        Poco::Nullable<Poco::Int64> expires;
        if (*c.expiresAt) {
            expires = **c.expiresAt;
        }
        sql += "expires_at = $" + std::to_string(++n) + ", ";
        statement.addBind(Poco::Data::Keywords::bind(expires));
    }
}

} // namespace

bool UserRepository::update(std::int64_t id, const UserChanges& changes, std::int64_t expectedVersion,
                            std::int64_t nowSeconds)
{
    bool updated = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement statement(s);
        std::string sql = "UPDATE users SET ";
        int n = 0;
        bindChanges(statement, sql, changes, n);
        const int updatedAtParam = ++n;
        const int idParam = ++n;
        sql += "version = version + 1, updated_at = $" + std::to_string(updatedAtParam) + " WHERE id = $" +
               std::to_string(idParam);
        statement.addBind(Poco::Data::Keywords::bind(static_cast<Poco::Int64>(nowSeconds)));
        statement.addBind(Poco::Data::Keywords::bind(static_cast<Poco::Int64>(id)));
        if (expectedVersion > 0) {
            sql += " AND version = $" + std::to_string(++n);
            statement.addBind(Poco::Data::Keywords::bind(static_cast<Poco::Int64>(expectedVersion)));
        }
        statement << sql;
        updated = statement.execute() > 0;
    });
    return updated;
}

int UserRepository::updateMany(const std::vector<std::int64_t>& ids, const UserChanges& changes,
                               std::int64_t nowSeconds)
{
    int count = 0;
    m_database.write([&](Poco::Data::Session& s) {
        for (std::int64_t id : ids) {
            Poco::Data::Statement statement(s);
            std::string sql = "UPDATE users SET ";
            int n = 0;
            bindChanges(statement, sql, changes, n);
            const int updatedAtParam = ++n;
            sql += "version = version + 1, updated_at = $" + std::to_string(updatedAtParam) + " WHERE id = $" +
                   std::to_string(updatedAtParam + 1);
            statement.addBind(Poco::Data::Keywords::bind(static_cast<Poco::Int64>(nowSeconds)));
            statement.addBind(Poco::Data::Keywords::bind(static_cast<Poco::Int64>(id)));
            statement << sql;
            count += statement.execute() > 0 ? 1 : 0;
        }
    });
    return count;
}

UserRepository::ExtensionCount UserRepository::extendMany(const std::vector<std::int64_t>& ids,
                                                          const ExpiryExtension& by, std::int64_t nowSeconds)
{
    ExtensionCount count;
    m_database.write([&](Poco::Data::Session& s) {
        count = {};
        for (std::int64_t id : ids) {
            Poco::Int64 key = id;
            std::vector<Poco::Nullable<Poco::Int64>> found;
            s << "SELECT expires_at FROM users WHERE id = $1", use(key), into(found), now;
            if (found.empty()) {
                continue;
            }
            if (found.front().isNull()) {
                ++count.neverExpiring;
                continue;
            }
            Poco::Int64 before = found.front().value();
            Poco::Int64 after = *by.apply(before, nowSeconds);
            Poco::Int64 at = nowSeconds;
            Poco::Data::Statement update(s);
            update << "UPDATE users SET expires_at = $1, version = version + 1, updated_at = $2 "
                      "WHERE id = $3 AND expires_at = $4",
                use(after), use(at), use(key), use(before);
            count.extended += update.execute() > 0 ? 1 : 0;
        }
    });
    return count;
}

bool UserRepository::remove(std::int64_t id)
{
    Poco::Int64 key = id;
    bool removed = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement del(s);
        del << "DELETE FROM users WHERE id = $1", use(key);
        removed = del.execute() > 0;
    });
    return removed;
}

} // namespace castellan
