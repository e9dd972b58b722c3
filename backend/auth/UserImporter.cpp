#include "auth/UserImporter.h"

#include "auth/AccountLockout.h"
#include "auth/PasswordQuality.h"
#include "crypto/PasswordHasher.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/UserAliasRepository.h"
#include "store/UserRepository.h"
#include "validation/Username.h"

#include <Poco/Data/DataException.h>
#include <Poco/JSON/Object.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <sstream>
#include <thread>

namespace castellan {
namespace {

bool refuses(const UserImportPlan& plan, ImportMode mode)
{
    return plan.fileRefused || (mode == ImportMode::AllOrNothing && !plan.issues.empty());
}

ImportReport reportOf(const UserImportPlan& plan, const ImportOptions& options, std::size_t imported)
{
    ImportReport report;
    report.dryRun = options.dryRun;
    report.mode = options.mode;
    report.totalRows = plan.totalRows;
    report.validRows = plan.rows.size();
    report.refused = refuses(plan, options.mode);
    report.imported = imported;
    report.skipped = plan.totalRows - (report.refused ? 0 : plan.rows.size());
    report.issues = plan.issues;
    return report;
}

AuditEvent auditEvent(const ImportReport& report, const ImportOptions& options)
{
    Poco::JSON::Object details;
    details.set("mode", std::string(UserImporter::modeName(report.mode)));
    details.set("total_rows", report.totalRows);
    details.set("valid_rows", report.validRows);
    details.set("imported", report.imported);
    details.set("skipped", report.skipped);
    details.set("errors", report.issues.size());
    std::ostringstream text;
    details.stringify(text);
    return {.channel = options.channel,
            .event = "user.import",
            .actor = options.actor,
            .result = report.refused ? "failure" : "success",
            .reason = std::to_string(report.imported) + " of " + std::to_string(report.totalRows) + " rows imported, " +
                      std::to_string(report.issues.size()) + " problems",
            .sourceIp = options.sourceIp,
            .details = text.str()};
}

} // namespace

UserImporter::UserImporter(Database& database, UserRepository& users, UserAliasRepository& aliases, AuditLog& audit,
                           const PasswordHasher& hasher, AccountLockout& lockout, const Clock& clock)
    : m_database(database), m_users(users), m_aliases(aliases), m_audit(audit), m_hasher(hasher), m_lockout(lockout),
      m_clock(clock)
{}

std::string_view UserImporter::modeName(ImportMode mode)
{
    return mode == ImportMode::SkipInvalid ? "skip_invalid" : "all_or_nothing";
}

std::optional<ImportMode> UserImporter::modeFromName(std::string_view name)
{
    if (name == "all_or_nothing") {
        return ImportMode::AllOrNothing;
    }
    if (name == "skip_invalid") {
        return ImportMode::SkipInvalid;
    }
    return std::nullopt;
}

Result<ImportReport> UserImporter::run(std::string_view csv, const ImportOptions& options)
{
    const PasswordPolicy policy =
        PasswordQuality::policy(static_cast<std::size_t>(m_lockout.settings().passwordMinLength));
    UserImportPlan plan = UserImport(UserValidator(policy)).plan(csv);
    refuseExisting(plan);
    std::size_t imported = 0;
    if (!options.dryRun && !refuses(plan, options.mode) && !plan.rows.empty()) {
        if (auto hashed = hashPasswords(plan.rows); !hashed) {
            return hashed.error();
        }
        imported = store(plan, options);
    }
    ImportReport report = reportOf(plan, options, imported);
    if (!options.dryRun && imported == 0) {
        m_audit.record(auditEvent(report, options)); // store() audits within its transaction
    }
    return report;
}

void UserImporter::refuseExisting(UserImportPlan& plan)
{
    std::vector<std::string> keys;
    keys.reserve(plan.rows.size());
    for (const ImportRow& row : plan.rows) {
        keys.push_back(row.user.usernameKey);
        for (const std::string& alias : row.aliases) {
            keys.push_back(Username::key(alias));
        }
    }
    UserImport::refuseExisting(plan, m_users.existingKeys(keys));
}

// Hashing takes one PasswordHasher slot per thread, so requests needing a hash meanwhile (logins) wait for a
// slot among the import's threads instead of being starved; the hasher refuses when none frees in time.
Result<void> UserImporter::hashPasswords(std::vector<ImportRow>& rows) const
{
    std::vector<ImportRow*> pending;
    for (ImportRow& row : rows) {
        if (!row.password.empty()) {
            pending.push_back(&row);
        }
    }
    if (pending.empty()) {
        return {};
    }
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::mutex errorMutex;
    std::optional<Error> error;
    auto work = [&] {
        for (std::size_t i = next++; i < pending.size() && !failed; i = next++) {
            Result<std::string> hashed = Error::of(ErrorCode::Internal, "Password hashing failed");
            try {
                hashed = m_hasher.hash(pending[i]->password);
            } catch (const std::exception& e) {
                hashed = Error::of(ErrorCode::Internal, "Password hashing failed", e.what());
            }
            if (!hashed) {
                std::lock_guard lock(errorMutex);
                error = hashed.error();
                failed = true;
                return;
            }
            pending[i]->user.passwordHash = std::move(hashed).value();
            pending[i]->password.clear();
        }
    };
    const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, pending.size());
    {
        std::vector<std::jthread> pool;
        for (std::size_t t = 0; t < threads; ++t) {
            pool.emplace_back(work);
        }
    }
    if (error) {
        return *error;
    }
    return {};
}

// All rows go in one transaction with the audit event. A username stored since the check (by another admin or
// node) makes the insert fail; its rows then join the problems and, when the mode allows, the rest is tried once
// more. Returns how many users were stored.
std::size_t UserImporter::store(UserImportPlan& plan, const ImportOptions& options)
{
    for (int attempt = 0;; ++attempt) {
        const std::int64_t now = m_clock.nowSeconds();
        std::vector<UserRecord> users;
        std::vector<std::pair<std::string, std::string>> aliases; // username key, alias
        users.reserve(plan.rows.size());
        for (const ImportRow& row : plan.rows) {
            users.push_back(row.user);
            users.back().createdAt = users.back().updatedAt = now;
            for (const std::string& alias : row.aliases) {
                aliases.emplace_back(row.user.usernameKey, alias);
            }
        }
        const AuditEvent event = auditEvent(reportOf(plan, options, users.size()), options);
        try {
            m_database.write([&](Poco::Data::Session& session) {
                m_users.insertMany(session, users);
                m_aliases.insertForUsernames(session, aliases, now);
                m_audit.record(session, event);
            });
            return users.size();
        } catch (const Poco::Data::DataException&) {
            const std::size_t before = plan.rows.size();
            refuseExisting(plan);
            if (plan.rows.size() == before || attempt > 0) {
                throw; // not a lost race: a real failure
            }
            if (refuses(plan, options.mode) || plan.rows.empty()) {
                return 0;
            }
        }
    }
}

} // namespace castellan
