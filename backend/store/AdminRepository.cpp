#include "store/AdminRepository.h"

#include "store/Database.h"

#include <Poco/String.h>

using namespace Poco::Data::Keywords;

namespace castellan {

AdminRepository::AdminRepository(Database& database) : m_database(database) {}

std::int64_t AdminRepository::count()
{
    Poco::Int64 n = 0;
    m_database.read([&](Poco::Data::Session& s) { s << "SELECT COUNT(*) FROM admins", into(n), now; });
    return n;
}

std::optional<AdminRecord> AdminRepository::findByUsername(const std::string& username)
{
    std::optional<AdminRecord> found;
    std::string key = Poco::toLower(username);
    m_database.read([&](Poco::Data::Session& s) {
        AdminRecord a;
        bool mustChange = false;
        bool otpExempt = false;
        bool enabled = false;
        Poco::Data::Statement select(s);
        select << "SELECT id, username, password_hash, must_change_password, otp_exempt, enabled, created_at "
                  "FROM admins WHERE username_key = $1",
            use(key), into(a.id), into(a.username), into(a.passwordHash), into(mustChange), into(otpExempt),
            into(enabled), into(a.createdAt), limit(1);
        if (select.execute() == 1) {
            a.mustChangePassword = mustChange;
            a.otpExempt = otpExempt;
            a.enabled = enabled;
            found = a;
        }
    });
    return found;
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

} // namespace castellan
