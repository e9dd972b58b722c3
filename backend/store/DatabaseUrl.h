#pragma once

#include "core/Result.h"

#include <string>

namespace castellan {

enum class SqlDialect
{
    Sqlite,
    PostgreSql,
};

/// A parsed `db.url`: `sqlite:<path>` or `postgresql://user:pass@host:port/db[?params]`.
struct DatabaseUrl
{
    SqlDialect dialect = SqlDialect::Sqlite;
    std::string connector;        ///< Poco::Data connector name ("SQLite" or "PostgreSQL")
    std::string connectionString; ///< what the connector takes (a file path or a libpq URI)
    std::string display;          ///< safe to log: the password replaced by "***"

    static Result<DatabaseUrl> parse(const std::string& url);
};

} // namespace castellan
