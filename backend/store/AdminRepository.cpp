#include "store/AdminRepository.h"

#include "store/Database.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/String.h>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

constexpr const char* kColumns = "id, username, password_hash, must_change_password, otp_exempt, enabled, "
                                 "COALESCE(totp_secret, ''), COALESCE(totp_pending_secret, ''), created_at, "
                                 "last_login_at, version";

AdminRecord fromRow(Poco::Data::RecordSet& rs)
{
    AdminRecord a;
    a.id = rs[0].convert<Poco::Int64>();
    a.username = rs[1].convert<std::string>();
    a.passwordHash = rs[2].convert<std::string>();
    a.mustChangePassword = rs[3].convert<bool>();
    a.otpExempt = rs[4].convert<bool>();
    a.enabled = rs[5].convert<bool>();
    a.totpSecret = rs[6].convert<std::string>();
    a.totpPendingSecret = rs[7].convert<std::string>();
    a.createdAt = rs[8].convert<Poco::Int64>();
    if (!rs[9].isEmpty()) {
        a.lastLoginAt = rs[9].convert<Poco::Int64>();
    }
    a.version = rs[10].convert<Poco::Int64>();
    return a;
}

} // namespace

AdminRepository::AdminRepository(Database& database) : m_database(database) {}

std::int64_t AdminRepository::count()
{
    Poco::Int64 n = 0;
    m_database.read([&](Poco::Data::Session& s) { s << "SELECT COUNT(*) FROM admins", into(n), now; });
    return n;
}

std::optional<AdminRecord> AdminRepository::findWhere(const std::string& condition,
                                                      const Poco::Data::AbstractBinding::Ptr& key)
{
    std::optional<AdminRecord> found;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns + " FROM admins WHERE " + condition;
        select.addBind(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            found = fromRow(rs);
        }
    });
    return found;
}

std::optional<AdminRecord> AdminRepository::findByUsername(const std::string& username)
{
    return findWhere("username_key = $1", bind(Poco::toLower(username)));
}

std::optional<AdminRecord> AdminRepository::findById(std::int64_t id)
{
    return findWhere("id = $1", bind(static_cast<Poco::Int64>(id)));
}

std::vector<AdminRecord> AdminRepository::list()
{
    std::vector<AdminRecord> admins;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns + " FROM admins ORDER BY username_key";
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            admins.push_back(fromRow(rs));
        }
    });
    return admins;
}

std::int64_t AdminRepository::create(Poco::Data::Session& s, const AdminRecord& admin)
{
    AdminRecord a = admin;
    std::string key = Poco::toLower(a.username);
    Poco::Int64 id = 0;
    s << "INSERT INTO admins (username, username_key, password_hash, must_change_password, otp_exempt, enabled, "
         "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
        use(a.username), use(key), use(a.passwordHash), use(a.mustChangePassword), use(a.otpExempt), use(a.enabled),
        use(a.createdAt), into(id), now;
    return id;
}

void AdminRepository::setPassword(std::int64_t id, const std::string& passwordHash, bool mustChange,
                                  std::int64_t nowSeconds)
{
    Poco::Int64 key = id;
    Poco::Int64 at = nowSeconds;
    std::string hash = passwordHash;
    m_database.write([&](Poco::Data::Session& s) {
        s << "UPDATE admins SET password_hash = $1, must_change_password = $2, updated_at = $3, version = version + 1 "
             "WHERE id = $4",
            use(hash), use(mustChange), use(at), use(key), now;
    });
}

void AdminRepository::reset(std::int64_t id, const std::string& passwordHash, std::int64_t nowSeconds)
{
    Poco::Int64 key = id;
    Poco::Int64 at = nowSeconds;
    std::string hash = passwordHash;
    m_database.write([&](Poco::Data::Session& s) {
        s << "UPDATE admins SET password_hash = $1, must_change_password = TRUE, totp_secret = NULL, "
             "totp_pending_secret = NULL, totp_last_step = NULL, updated_at = $2, version = version + 1 WHERE id = $3",
            use(hash), use(at), use(key), now;
    });
}

void AdminRepository::reset(Poco::Data::Session& s, std::int64_t id, const std::string& passwordHash,
                            std::int64_t nowSeconds)
{
    Poco::Int64 key = id;
    Poco::Int64 at = nowSeconds;
    std::string hash = passwordHash;
    s << "UPDATE admins SET password_hash = $1, must_change_password = TRUE, totp_secret = NULL, "
         "totp_pending_secret = NULL, totp_last_step = NULL, updated_at = $2, version = version + 1 WHERE id = $3",
        use(hash), use(at), use(key), now;
    s << "DELETE FROM tokens WHERE subject_type = 'admin' AND subject_id = $1", use(key), now;
}

void AdminRepository::setPendingTotp(std::int64_t id, const std::string& sealedSecret, std::int64_t nowSeconds)
{
    Poco::Int64 key = id;
    Poco::Int64 at = nowSeconds;
    std::string sealed = sealedSecret;
    m_database.write([&](Poco::Data::Session& s) {
        s << "UPDATE admins SET totp_pending_secret = $1, updated_at = $2 WHERE id = $3", use(sealed), use(at),
            use(key), now;
    });
}

bool AdminRepository::confirmTotp(std::int64_t id, std::uint64_t step, std::int64_t nowSeconds)
{
    Poco::Int64 key = id;
    Poco::Int64 at = nowSeconds;
    Poco::Int64 used = static_cast<Poco::Int64>(step);
    bool done = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement update(s);
        update << "UPDATE admins SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, "
                  "totp_last_step = $1, updated_at = $2, version = version + 1 "
                  "WHERE id = $3 AND totp_pending_secret IS NOT NULL",
            use(used), use(at), use(key);
        done = update.execute() > 0;
    });
    return done;
}

bool AdminRepository::consumeTotpStep(std::int64_t id, std::uint64_t step)
{
    Poco::Int64 key = id;
    Poco::Int64 used = static_cast<Poco::Int64>(step);
    bool accepted = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement update(s);
        update << "UPDATE admins SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR "
                  "totp_last_step < $1)",
            use(used), use(key);
        accepted = update.execute() > 0;
    });
    return accepted;
}

void AdminRepository::recordLogin(std::int64_t id, std::int64_t nowSeconds)
{
    Poco::Int64 key = id;
    Poco::Int64 at = nowSeconds;
    m_database.write([&](Poco::Data::Session& s) {
        s << "UPDATE admins SET last_login_at = $1 WHERE id = $2", use(at), use(key), now;
    });
}

const SortableColumns& AdminRepository::sortColumns()
{
    static const SortableColumns kSortable({{"username", "username_key"},
                                            {"enabled", "enabled"},
                                            {"created_at", "created_at"},
                                            {"last_login_at", "last_login_at", SortColumn::Nulls::Smallest}},
                                           {"username"}, "id");
    return kSortable;
}

std::vector<AdminRecord> AdminRepository::list(const std::string& query, const SortOrder& sort, int offset,
                                               int limitRows, std::int64_t& total)
{
    std::vector<AdminRecord> admins;
    std::string pattern = "%" + Poco::toLower(query) + "%";
    m_database.read([&](Poco::Data::Session& s) {
        const std::string where = " WHERE username_key LIKE $1";
        Poco::Int64 n = 0;
        s << "SELECT COUNT(*) FROM admins" + where, use(pattern), into(n), now;
        total = n;
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns + " FROM admins" + where + sortColumns().orderBy(sort) + " LIMIT " +
                      std::to_string(limitRows) + " OFFSET " + std::to_string(offset),
            use(pattern);
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            admins.push_back(fromRow(rs));
        }
    });
    return admins;
}

bool AdminRepository::anotherEnabled(Poco::Data::Session& s, std::int64_t id)
{
    Poco::Int64 key = id;
    if (m_database.dialect() == SqlDialect::PostgreSql) {
        std::vector<Poco::Int64> locked;
        s << "SELECT id FROM admins WHERE enabled = TRUE ORDER BY id FOR UPDATE", into(locked), now;
    }
    Poco::Int64 others = 0;
    s << "SELECT COUNT(*) FROM admins WHERE enabled = TRUE AND id <> $1", use(key), into(others), now;
    return others > 0;
}

AdminChange AdminRepository::setEnabled(std::int64_t id, bool enabled, std::int64_t expectedVersion,
                                        std::int64_t nowSeconds)
{
    AdminChange outcome = AdminChange::NotFound;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Int64 key = id;
        if (!enabled && !anotherEnabled(s, id)) {
            Poco::Int64 exists = 0;
            s << "SELECT COUNT(*) FROM admins WHERE id = $1", use(key), into(exists), now;
            outcome = exists > 0 ? AdminChange::LastAdmin : AdminChange::NotFound;
            return;
        }
        Poco::Int64 expected = expectedVersion;
        Poco::Int64 at = nowSeconds;
        bool value = enabled;
        Poco::Data::Statement update(s);
        update << "UPDATE admins SET enabled = $1, updated_at = $2, version = version + 1 "
                  "WHERE id = $3 AND ($4 = 0 OR version = $4)",
            use(value), use(at), use(key), use(expected);
        if (update.execute() > 0) {
            outcome = AdminChange::Done;
            if (!enabled) {
                s << "DELETE FROM tokens WHERE subject_type = 'admin' AND subject_id = $1", use(key), now;
            }
            return;
        }
        Poco::Int64 exists = 0;
        s << "SELECT COUNT(*) FROM admins WHERE id = $1", use(key), into(exists), now;
        outcome = exists > 0 ? AdminChange::Stale : AdminChange::NotFound;
    });
    return outcome;
}

AdminChange AdminRepository::removeUnlessLast(std::int64_t id)
{
    AdminChange outcome = AdminChange::NotFound;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Int64 key = id;
        Poco::Int64 exists = 0;
        s << "SELECT COUNT(*) FROM admins WHERE id = $1", use(key), into(exists), now;
        if (exists == 0) {
            outcome = AdminChange::NotFound;
            return;
        }
        if (!anotherEnabled(s, id)) {
            outcome = AdminChange::LastAdmin;
            return;
        }
        s << "DELETE FROM tokens WHERE subject_type = 'admin' AND subject_id = $1", use(key), now;
        s << "DELETE FROM admins WHERE id = $1", use(key), now;
        outcome = AdminChange::Done;
    });
    return outcome;
}

bool AdminRepository::remove(std::int64_t id)
{
    Poco::Int64 key = id;
    bool removed = false;
    m_database.write([&](Poco::Data::Session& s) {
        s << "DELETE FROM tokens WHERE subject_type = 'admin' AND subject_id = $1", use(key), now;
        Poco::Data::Statement del(s);
        del << "DELETE FROM admins WHERE id = $1", use(key);
        removed = del.execute() > 0;
    });
    return removed;
}

} // namespace castellan
