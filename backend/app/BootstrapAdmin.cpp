#include "app/BootstrapAdmin.h"

#include "auth/TemporaryPassword.h"
#include "core/Clock.h"
#include "crypto/PasswordHasher.h"
#include "store/AdminRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <Poco/Data/DataException.h>

namespace castellan {

Result<bool> BootstrapAdmin::ensure(Database& database, AuditLog& audit, const PasswordHasher& hasher,
                                    std::ostream& out)
{
    AdminRepository admins(database);
    if (admins.count() > 0) {
        return false;
    }
    const std::string password = generateTemporaryPassword();
    AdminRecord admin;
    admin.username = kUsername;
    auto hashed = hasher.hash(password);
    if (!hashed) {
        return hashed.error();
    }
    admin.passwordHash = hashed.value();
    admin.mustChangePassword = true;
    admin.createdAt = SystemClock::instance().nowSeconds();
    try {
        database.write([&](Poco::Data::Session& session) {
            admins.create(session, admin);
            audit.record(session, {.channel = "system",
                                   .event = "admin.create",
                                   .actor = "system",
                                   .username = kUsername,
                                   .result = "success",
                                   .reason = "bootstrap administrator with a one-time password"});
        });
    } catch (const Poco::Data::DataException&) {
        // Another node created the bootstrap admin at the same moment; that one printed its password.
        if (admins.count() > 0) {
            return false;
        }
        throw;
    }
    out << "\n"
           "=====================================================================\n"
           "  Castellan MFA: bootstrap administrator created\n"
           "    username:           "
        << kUsername
        << "\n"
           "    one-time password:  "
        << password
        << "\n"
           "  It is shown only now. Log in and set a new password and TOTP.\n"
           "  Lost it? castellan-server admin reset admin\n"
           "=====================================================================\n\n"
        << std::flush;
    return true;
}

} // namespace castellan
