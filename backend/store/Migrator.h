#pragma once

#include "core/Result.h"
#include "store/Migrations.h"

#include <Poco/Data/Session.h>

#include <string>
#include <string_view>
#include <vector>

namespace castellan {

class Database;

/// Brings the schema up to date at start-up: pending migrations run in one transaction and are recorded in
/// `schema_migrations`. A database whose schema is newer than this binary knows is refused.
class Migrator
{
public:
    explicit Migrator(Database& database);

    /// Applies what is pending; returns the schema version afterwards.
    Result<int> migrate();
    /// Like migrate(), over the given migrations (tests use their own).
    Result<int> migrate(std::span<const Migration> migrations);
    /// Like migrate(), but only up to schema `version` (tests build the databases of earlier versions; restore
    /// builds the schema of the backup before loading its rows).
    Result<int> migrateTo(int version);

    /// The migrations of `dialect` up to and including `version`.
    static std::span<const Migration> migrationsUpTo(SqlDialect dialect, int version);
    /// Applies the pending ones of `migrations` inside the caller's transaction on `session` and returns the
    /// version afterwards; leaves the schema alone (and returns its version) when it is newer than `migrations`.
    /// Throws Poco::Data exceptions.
    static int applyWithin(Poco::Data::Session& session, SqlDialect dialect, std::span<const Migration> migrations);

    /// The schema version recorded in the database (0 before the first migration). Throws Poco::Data exceptions
    /// when the database does not answer.
    int appliedVersion();
    /// The schema version recorded in the database on `session` (0 when it has none). Throws Poco::Data exceptions.
    static int versionIn(Poco::Data::Session& session);
    /// The newest schema version this binary knows for the database's dialect.
    int knownVersion() const;

    /// Splits a migration file into statements: each ends with ';' at the end of a line.
    static std::vector<std::string> splitStatements(std::string_view sql);

private:
    Database& m_database;
};

} // namespace castellan
