#include "store/Migrator.h"

#include "store/Database.h"
#include "store/TableCopy.h"

#include <Poco/Data/Session.h>
#include <Poco/Exception.h>

#include <algorithm>
#include <cctype>
#include <ctime>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

// Serialises concurrent migrations when several nodes start together on one PostgreSQL.
constexpr long long kMigrationLockId = 0x43415354454c4c41; // "CASTELLA"

int currentVersion(Poco::Data::Session& session)
{
    Poco::Nullable<int> version;
    session << "SELECT MAX(version) FROM schema_migrations", into(version), now;
    return version.isNull() ? 0 : version.value();
}

SqlDialect dialectOf(Poco::Data::Session& session)
{
    std::string name = session.connector();
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    return name.find("postgres") != std::string::npos ? SqlDialect::PostgreSql : SqlDialect::Sqlite;
}

} // namespace

Migrator::Migrator(Database& database) : m_database(database) {}

Result<int> Migrator::migrate()
{
    return migrate(migrationsFor(m_database.dialect()));
}

int Migrator::appliedVersion()
{
    int version = 0;
    m_database.read([&](Poco::Data::Session& session) { version = currentVersion(session); });
    return version;
}

int Migrator::knownVersion() const
{
    const auto migrations = migrationsFor(m_database.dialect());
    return migrations.empty() ? 0 : migrations.back().version;
}

std::vector<std::string> Migrator::splitStatements(std::string_view sql)
{
    std::vector<std::string> statements;
    std::string current;
    size_t start = 0;
    while (start < sql.size()) {
        size_t end = sql.find('\n', start);
        std::string_view line = sql.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        start = end == std::string_view::npos ? sql.size() : end + 1;
        std::string_view trimmed = line;
        while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\r' || trimmed.back() == '\t')) {
            trimmed.remove_suffix(1);
        }
        size_t first = trimmed.find_first_not_of(" \t");
        if (first == std::string_view::npos || trimmed.substr(first, 2) == "--") {
            continue;
        }
        current.append(trimmed).push_back('\n');
        if (trimmed.back() == ';') {
            current.pop_back(); // newline
            current.pop_back(); // ';'
            statements.push_back(std::move(current));
            current.clear();
        }
    }
    if (current.find_first_not_of(" \n\t") != std::string::npos) {
        statements.push_back(std::move(current));
    }
    return statements;
}

Result<int> Migrator::migrateTo(int version)
{
    return migrate(migrationsUpTo(m_database.dialect(), version));
}

int Migrator::versionIn(Poco::Data::Session& session)
{
    const std::vector<std::string> tables = TableCopy::allTables(session, dialectOf(session));
    if (std::find(tables.begin(), tables.end(), "schema_migrations") == tables.end()) {
        return 0;
    }
    return currentVersion(session);
}

std::span<const Migration> Migrator::migrationsUpTo(SqlDialect dialect, int version)
{
    const auto all = migrationsFor(dialect);
    std::size_t count = 0;
    while (count < all.size() && all[count].version <= version) {
        ++count;
    }
    return all.first(count);
}

int Migrator::applyWithin(Poco::Data::Session& session, SqlDialect dialect, std::span<const Migration> migrations)
{
    if (dialect == SqlDialect::PostgreSql) {
        session << "SELECT pg_advisory_xact_lock(" + std::to_string(kMigrationLockId) + ")", now;
    }
    session << "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
               "name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
        now;
    int version = currentVersion(session);
    const int known = migrations.empty() ? 0 : migrations.back().version;
    if (version > known) {
        return version;
    }
    for (const Migration& migration : migrations) {
        if (migration.version <= version) {
            continue;
        }
        for (const std::string& statement : splitStatements(migration.sql)) {
            session << statement, now;
        }
        std::string name(migration.name);
        Poco::Int64 appliedAt = std::time(nullptr);
        int migrationVersion = migration.version;
        session << "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
            use(migrationVersion), use(name), use(appliedAt), now;
        version = migration.version;
    }
    return version;
}

Result<int> Migrator::migrate(std::span<const Migration> migrations)
{
    const int known = migrations.empty() ? 0 : migrations.back().version;
    int version = 0;
    try {
        // A schema newer than `migrations` is left alone and refused below, after the transaction ends.
        m_database.write(
            [&](Poco::Data::Session& session) { version = applyWithin(session, m_database.dialect(), migrations); });
    } catch (const Poco::Exception& e) {
        return Error::of(ErrorCode::Unavailable, "database migration failed: " + e.displayText());
    }
    if (version > known) {
        return Error::of(ErrorCode::Configuration, "the database schema (version " + std::to_string(version) +
                                                       ") is newer than this castellan-server knows (version " +
                                                       std::to_string(known) +
                                                       "); run a newer castellan-server or restore a matching backup");
    }
    return version;
}

} // namespace castellan
