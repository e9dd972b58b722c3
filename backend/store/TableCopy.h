#pragma once

#include "store/BackupPayload.h"
#include "store/DatabaseUrl.h"

#include <Poco/Data/Session.h>

#include <string>
#include <vector>

namespace castellan {

/// Copies every row of our schema out of one database and into another, of either dialect, for backup and restore.
/// The tables are read from the database's catalog, so a table added by a later migration is copied without a
/// change here; they are ordered parents first (by their foreign keys) so rows load without violating one.
class TableCopy
{
public:
    /// The tables of the schema (schema_migrations aside), each after the tables its foreign keys reference.
    static std::vector<std::string> tablesInOrder(Poco::Data::Session& session, SqlDialect dialect);
    /// Every table of the database, schema_migrations included.
    static std::vector<std::string> allTables(Poco::Data::Session& session, SqlDialect dialect);

    /// Every row of every table, read through `session`; the caller makes the reads one consistent snapshot.
    static std::vector<TableRows> dump(Poco::Data::Session& session, SqlDialect dialect);
    /// Replaces the rows of the tables in `tables` (in a freshly migrated schema: the rows migrations seed) by
    /// theirs, on `session` inside the caller's transaction, converting each value to its column's type there, then
    /// moves PostgreSQL's id sequences past the restored ids. Throws std::runtime_error for a table or column the
    /// schema does not have, Poco::Data exceptions from the database.
    static void load(Poco::Data::Session& session, SqlDialect dialect, const std::vector<TableRows>& tables);
};

} // namespace castellan
