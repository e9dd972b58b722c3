#pragma once

#include "core/Result.h"
#include "store/Migrations.h"

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

    /// The schema version recorded in the database (0 before the first migration). Throws Poco::Data exceptions
    /// when the database does not answer.
    int appliedVersion();
    /// The newest schema version this binary knows for the database's dialect.
    int knownVersion() const;

    /// Splits a migration file into statements: each ends with ';' at the end of a line.
    static std::vector<std::string> splitStatements(std::string_view sql);

private:
    Database& m_database;
};

} // namespace castellan
