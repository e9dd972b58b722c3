#include "app/AdminCommand.h"

#include "app/AuditSyslog.h"
#include "auth/PasswordQuality.h"
#include "auth/TemporaryPassword.h"
#include "auth/TokenService.h"
#include "core/Rfc3339.h"
#include "crypto/PasswordHasher.h"
#include "store/AdminRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "validation/PasswordPolicy.h"

#include <Poco/Data/DataException.h>

#include <cstdlib>
#include <iomanip>
#include <istream>
#include <ostream>
#include <unistd.h>

namespace castellan {
namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

std::string operatorName()
{
    const char* user = std::getenv("SUDO_USER");
    if (!user || !*user) {
        user = std::getenv("USER");
    }
    return std::string("cli:") + (user && *user ? user : std::to_string(::getuid()));
}

int usage(std::ostream& err)
{
    err << "usage: castellan-server [--config FILE] [--set KEY=VALUE] admin COMMAND\n"
           "  admin add NAME --password-stdin [--no-otp]   create an administrator (password read from stdin)\n"
           "  admin list                                   list administrators\n"
           "  admin reset NAME                             new one-time password, TOTP cleared, sessions ended\n"
           "  admin remove NAME                            delete an administrator (never the last one)\n";
    return kUsage;
}

struct Context
{
    Database& db;
    AdminRepository admins;
    AuditLog audit;
    std::ostream& out;
    std::ostream& err;
};

int add(Context& c, const std::string& name, const AdminCommand::Options& options, const ServerConfig& config,
        std::istream& in)
{
    if (!options.passwordFromStdin) {
        c.err << "castellan-server: admin add needs --password-stdin (passwords never go on the command line)\n";
        return kUsage;
    }
    if (options.noOtp && !config.allowAdminWithoutOtp) {
        c.err << "castellan-server: --no-otp admins are refused unless auth.allow_admin_without_otp=true is set "
                 "(meant for scripted test setups only)\n";
        return kUsage;
    }
    if (name.empty() || name.size() > 64 ||
        name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.@") !=
            std::string::npos) {
        c.err << "castellan-server: admin name must be 1 to 64 Latin letters, digits or _ - . @\n";
        return kUsage;
    }
    std::string password;
    std::getline(in, password);
    if (!password.empty() && password.back() == '\r') {
        password.pop_back();
    }
    const auto problems = PasswordQuality::policy().check(password, password, name);
    if (!problems.empty()) {
        c.err << "castellan-server: password " << problems.front().message << "\n";
        return kFailed;
    }
    if (c.admins.findByUsername(name)) {
        c.err << "castellan-server: an administrator named '" << name << "' exists already\n";
        return kFailed;
    }
    auto hashed = PasswordHasher().hash(password);
    if (!hashed) {
        c.err << "castellan-server: " << hashed.error().message << "\n";
        return kFailed;
    }
    AdminRecord admin;
    admin.username = name;
    admin.passwordHash = hashed.value();
    admin.mustChangePassword = false;
    admin.otpExempt = options.noOtp;
    admin.createdAt = SystemClock::instance().nowSeconds();
    try {
        c.db.write([&](Poco::Data::Session& s) {
            c.admins.create(s, admin);
            c.audit.record(s, {.channel = "cli",
                               .event = "admin.create",
                               .actor = operatorName(),
                               .username = name,
                               .result = "success",
                               .reason = options.noOtp ? "WITHOUT a second factor (--no-otp)" : "TOTP enrollment due"});
        });
    } catch (const Poco::Data::DataException&) {
        c.err << "castellan-server: an administrator named '" << name << "' exists already\n";
        return kFailed;
    }
    c.out << "administrator '" << name << "' created"
          << (options.noOtp ? " (no second factor)" : "; TOTP enrollment is due at first login") << "\n";
    return kOk;
}

int list(Context& c)
{
    c.out << std::left << std::setw(24) << "USERNAME" << std::setw(12) << "TOTP" << std::setw(10) << "ENABLED"
          << "LAST LOGIN\n";
    for (const AdminRecord& a : c.admins.list()) {
        const std::string totp = a.otpExempt ? "exempt" : !a.totpSecret.empty() ? "enrolled" : "not yet";
        c.out << std::setw(24) << a.username << std::setw(12) << totp << std::setw(10) << (a.enabled ? "yes" : "no")
              << (a.lastLoginAt ? Rfc3339::format(*a.lastLoginAt) : std::string("never")) << "\n";
    }
    return kOk;
}

int reset(Context& c, const std::string& name)
{
    auto admin = c.admins.findByUsername(name);
    if (!admin) {
        c.err << "castellan-server: no administrator named '" << name << "'\n";
        return kFailed;
    }
    const std::string password = generateTemporaryPassword();
    auto hashed = PasswordHasher().hash(password);
    if (!hashed) {
        c.err << "castellan-server: " << hashed.error().message << "\n";
        return kFailed;
    }
    const std::int64_t nowSeconds = SystemClock::instance().nowSeconds();
    c.admins.reset(admin->id, hashed.value(), nowSeconds);
    TokenService(c.db, SystemClock::instance(), false).revokeAll(Principal::Kind::Admin, admin->id);
    c.audit.record({.channel = "cli",
                    .event = "admin.reset",
                    .actor = operatorName(),
                    .username = admin->username,
                    .result = "success",
                    .reason = "one-time password issued, TOTP cleared, sessions revoked"});
    c.out << "one-time password for '" << admin->username << "': " << password
          << "\nIt must be changed, and TOTP enrolled again, at the next login.\n";
    return kOk;
}

int remove(Context& c, const std::string& name)
{
    auto admin = c.admins.findByUsername(name);
    if (!admin) {
        c.err << "castellan-server: no administrator named '" << name << "'\n";
        return kFailed;
    }
    if (c.admins.count() <= 1) {
        c.err << "castellan-server: '" << admin->username << "' is the last administrator; add another first\n";
        return kFailed;
    }
    c.admins.remove(admin->id);
    c.audit.record({.channel = "cli",
                    .event = "admin.delete",
                    .actor = operatorName(),
                    .username = admin->username,
                    .result = "success"});
    c.out << "administrator '" << admin->username << "' removed\n";
    return kOk;
}

} // namespace

int AdminCommand::run(const std::vector<std::string>& args, const Options& options, const ServerConfig& config,
                      std::istream& in, std::ostream& out, std::ostream& err)
{
    if (args.size() < 2) {
        return usage(err);
    }
    const std::string& command = args[1];
    const bool needsName = command == "add" || command == "reset" || command == "remove";
    if ((needsName && args.size() != 3) || (command == "list" && args.size() != 2) ||
        (!needsName && command != "list")) {
        return usage(err);
    }
    auto database = Database::open(config.database, {.poolMax = 2});
    if (!database) {
        err << "castellan-server: " << database.error().message << "\n";
        return kFailed;
    }
    auto schema = Migrator(*database.value()).migrate();
    if (!schema) {
        err << "castellan-server: " << schema.error().message << "\n";
        return schema.error().code == ErrorCode::Configuration ? kUsage : kFailed;
    }
    Context c{*database.value(), AdminRepository(*database.value()), AuditLog(*database.value()), out, err};
    // The command's audit events reach the SIEM too; at exit the queue gets a few seconds to drain.
    AuditSyslog syslog(config.syslog, c.audit);
    if (command == "add") {
        return add(c, args[2], options, config, in);
    }
    if (command == "reset") {
        return reset(c, args[2]);
    }
    if (command == "remove") {
        return remove(c, args[2]);
    }
    return list(c);
}

} // namespace castellan
