#pragma once

#include "auth/UserImport.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace castellan {

class AccountLockout;
class AuditLog;
class Database;
class PasswordHasher;
class UserAliasRepository;
class UserRepository;

/// What to do with the valid rows when some rows are invalid.
enum class ImportMode
{
    AllOrNothing, ///< any problem: import nothing (`all_or_nothing`, the default)
    SkipInvalid,  ///< import the valid rows, report the others (`skip_invalid`)
};

struct ImportOptions
{
    bool dryRun = false; ///< check only: nothing is hashed, stored or audited
    ImportMode mode = ImportMode::AllOrNothing;
    std::string channel = "rest"; ///< for the audit log
    std::string actor;
    std::string sourceIp;
};

/// The outcome of an import, as `POST /users/import` reports it.
struct ImportReport
{
    bool dryRun = false;
    ImportMode mode = ImportMode::AllOrNothing;
    std::size_t totalRows = 0; ///< data rows in the file
    std::size_t validRows = 0; ///< rows without a problem (including not being in the database already)
    std::size_t imported = 0;  ///< users stored; always 0 on a dry run
    std::size_t skipped = 0;   ///< rows not imported (or, on a dry run, that would not be) because of problems
    std::vector<ImportIssue> issues;
    /// Problems keep every row out: all_or_nothing with any problem, or a broken header or CSV syntax in any mode.
    bool refused = false;
};

/// Carries out a users CSV import (DESIGN §7): checks the file with UserImport under the current password
/// policy, refuses usernames and aliases already stored (one query per 500 names), hashes the given passwords with
/// Argon2id on one thread per core (PasswordHasher bounds them with its slots), then stores every user and their
/// aliases in ONE transaction
/// with one `user.import` audit event carrying the counts, so a failure part way leaves nothing imported.
/// Hashing is the slow part: about 21 ms of CPU per password, ≈ 95 passwords/s on two cores; rows without a
/// password cost a few microseconds each.
class UserImporter
{
public:
    UserImporter(Database& database, UserRepository& users, UserAliasRepository& aliases, AuditLog& audit,
                 const PasswordHasher& hasher, AccountLockout& lockout, const Clock& clock = SystemClock::instance());

    /// Imports (or on a dry run only checks) `csv`. Fails with RateLimited when the password hasher stays busy.
    Result<ImportReport> run(std::string_view csv, const ImportOptions& options);

    /// The API name of a mode: all_or_nothing or skip_invalid.
    static std::string_view modeName(ImportMode mode);
    /// The mode of an API name.
    static std::optional<ImportMode> modeFromName(std::string_view name);

private:
    Result<void> hashPasswords(std::vector<ImportRow>& rows) const;
    std::size_t store(UserImportPlan& plan, const ImportOptions& options);
    void refuseExisting(UserImportPlan& plan);

    Database& m_database;
    UserRepository& m_users;
    UserAliasRepository& m_aliases;
    AuditLog& m_audit;
    const PasswordHasher& m_hasher;
    AccountLockout& m_lockout;
    const Clock& m_clock;
};

} // namespace castellan
