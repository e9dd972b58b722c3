#include "store/TableCopy.h"

#include <Poco/Data/MetaColumn.h>
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

using namespace Poco::Data::Keywords;
using Poco::Data::MetaColumn;

namespace castellan {
namespace {

constexpr const char* kMigrationsTable = "schema_migrations";

/// Table and column names come from the catalog; quoted all the same, in the syntax both dialects share.
std::string quoted(const std::string& name)
{
    std::string out = "\"";
    for (char c : name) {
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return out + "\"";
}

/// (child, parent) pairs of the foreign keys between our tables.
std::vector<std::pair<std::string, std::string>> foreignKeys(Poco::Data::Session& session, SqlDialect dialect,
                                                             const std::vector<std::string>& tables)
{
    std::vector<std::pair<std::string, std::string>> edges;
    if (dialect == SqlDialect::PostgreSql) {
        std::vector<std::string> children;
        std::vector<std::string> parents;
        session << "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c "
                   "JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.contype = 'f' AND n.nspname = "
                   "current_schema()",
            into(children), into(parents), now;
        for (std::size_t i = 0; i < children.size(); ++i) {
            edges.emplace_back(children[i], parents[i]);
        }
        return edges;
    }
    for (const std::string& table : tables) {
        std::vector<std::string> parents;
        session << "SELECT \"table\" FROM pragma_foreign_key_list('" + table + "')", into(parents), now;
        for (const std::string& parent : parents) {
            edges.emplace_back(table, parent);
        }
    }
    return edges;
}

CellValue cellOf(const Poco::Data::RecordSet& rs, std::size_t column, std::size_t row)
{
    if (rs.isNull(column, row)) {
        return std::monostate{};
    }
    const Poco::Dynamic::Var value = rs.value(column, row);
    switch (rs.columnType(column)) {
    case MetaColumn::FDT_BOOL:
        return value.convert<bool>();
    case MetaColumn::FDT_INT8:
    case MetaColumn::FDT_UINT8:
    case MetaColumn::FDT_INT16:
    case MetaColumn::FDT_UINT16:
    case MetaColumn::FDT_INT32:
    case MetaColumn::FDT_UINT32:
    case MetaColumn::FDT_INT64:
    case MetaColumn::FDT_UINT64:
        return static_cast<std::int64_t>(value.convert<Poco::Int64>());
    case MetaColumn::FDT_STRING:
    case MetaColumn::FDT_CLOB:
        return value.convert<std::string>();
    default:
        throw std::runtime_error("column " + rs.columnName(column) + " has a type the backup does not carry");
    }
}

enum class Kind
{
    Integer,
    Boolean,
    Text,
};

Kind kindOf(MetaColumn::ColumnDataType type)
{
    switch (type) {
    case MetaColumn::FDT_BOOL:
        return Kind::Boolean;
    case MetaColumn::FDT_INT8:
    case MetaColumn::FDT_UINT8:
    case MetaColumn::FDT_INT16:
    case MetaColumn::FDT_UINT16:
    case MetaColumn::FDT_INT32:
    case MetaColumn::FDT_UINT32:
    case MetaColumn::FDT_INT64:
    case MetaColumn::FDT_UINT64:
        return Kind::Integer;
    default:
        return Kind::Text;
    }
}

/// The holders one row's values are bound from; sized once, so the references Poco keeps stay valid.
struct RowBinding
{
    std::vector<Poco::Nullable<Poco::Int64>> integers;
    std::vector<Poco::Nullable<bool>> booleans;
    std::vector<Poco::Nullable<std::string>> texts;
};

void setValue(RowBinding& b, std::size_t i, Kind kind, const CellValue& cell)
{
    if (std::holds_alternative<std::monostate>(cell)) {
        return; // the holders start NULL
    }
    const auto* integer = std::get_if<std::int64_t>(&cell);
    const auto* boolean = std::get_if<bool>(&cell);
    const auto* text = std::get_if<std::string>(&cell);
    switch (kind) {
    case Kind::Integer:
        b.integers[i] = integer ? *integer : boolean ? Poco::Int64(*boolean) : Poco::Int64(std::stoll(*text));
        break;
    case Kind::Boolean:
        b.booleans[i] = boolean   ? *boolean
                        : integer ? *integer != 0
                                  : (*text == "1" || *text == "t" || *text == "true");
        break;
    case Kind::Text:
        b.texts[i] = text ? *text : integer ? std::to_string(*integer) : std::string(*boolean ? "1" : "0");
        break;
    }
}

void loadTable(Poco::Data::Session& session, const TableRows& table)
{
    Poco::Data::Statement probe(session);
    probe << "SELECT * FROM " + quoted(table.name) + " WHERE 1 = 0";
    probe.execute();
    Poco::Data::RecordSet columns(probe);
    std::map<std::string, Kind> kinds;
    for (std::size_t i = 0; i < columns.columnCount(); ++i) {
        kinds[columns.columnName(i)] = kindOf(columns.columnType(i));
    }
    std::vector<Kind> order;
    std::string names;
    std::string placeholders;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        const auto kind = kinds.find(table.columns[i]);
        if (kind == kinds.end()) {
            throw std::runtime_error("table " + table.name + " of this schema has no column " + table.columns[i]);
        }
        order.push_back(kind->second);
        names += (i ? ", " : "") + quoted(table.columns[i]);
        placeholders += (i ? ", $" : "$") + std::to_string(i + 1);
    }
    const std::string sql = "INSERT INTO " + quoted(table.name) + " (" + names + ") VALUES (" + placeholders + ")";
    for (const auto& row : table.rows) {
        RowBinding b{std::vector<Poco::Nullable<Poco::Int64>>(row.size()),
                     std::vector<Poco::Nullable<bool>>(row.size()),
                     std::vector<Poco::Nullable<std::string>>(row.size())};
        Poco::Data::Statement insert(session);
        insert << sql;
        for (std::size_t i = 0; i < row.size(); ++i) {
            setValue(b, i, order[i], row[i]);
            switch (order[i]) {
            case Kind::Integer:
                insert, use(b.integers[i]);
                break;
            case Kind::Boolean:
                insert, use(b.booleans[i]);
                break;
            case Kind::Text:
                insert, use(b.texts[i]);
                break;
            }
        }
        insert.execute();
    }
}

/// Sets every serial column's sequence past the largest id now in its table, so new rows do not collide.
void advanceSequences(Poco::Data::Session& session)
{
    std::vector<std::string> tables;
    std::vector<std::string> columns;
    session << "SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = "
               "current_schema() AND column_default LIKE 'nextval(%'",
        into(tables), into(columns), now;
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const std::string table = quoted(tables[i]);
        const std::string column = quoted(columns[i]);
        session << "SELECT setval(pg_get_serial_sequence('" + table + "', '" + columns[i] +
                       "'), COALESCE((SELECT MAX(" + column + ") FROM " + table + "), 0) + 1, false)",
            now;
    }
}

} // namespace

std::vector<std::string> TableCopy::allTables(Poco::Data::Session& session, SqlDialect dialect)
{
    std::vector<std::string> tables;
    if (dialect == SqlDialect::PostgreSql) {
        session << "SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename",
            into(tables), now;
    } else {
        session << "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
            into(tables), now;
    }
    return tables;
}

std::vector<std::string> TableCopy::tablesInOrder(Poco::Data::Session& session, SqlDialect dialect)
{
    std::vector<std::string> tables = allTables(session, dialect);
    std::erase(tables, std::string(kMigrationsTable));
    const auto edges = foreignKeys(session, dialect, tables);
    // Kahn's order, alphabetical among the ready ones so every backup of a schema lists tables alike.
    std::vector<std::string> ordered;
    std::set<std::string> placed;
    while (ordered.size() < tables.size()) {
        bool progressed = false;
        for (const std::string& table : tables) {
            if (placed.count(table)) {
                continue;
            }
            const bool ready = std::none_of(edges.begin(), edges.end(), [&](const auto& edge) {
                return edge.first == table && edge.second != table && !placed.count(edge.second) &&
                       std::find(tables.begin(), tables.end(), edge.second) != tables.end();
            });
            if (ready) {
                ordered.push_back(table);
                placed.insert(table);
                progressed = true;
            }
        }
        if (!progressed) {
            throw std::runtime_error("the tables' foreign keys form a cycle; no load order exists");
        }
    }
    return ordered;
}

std::vector<TableRows> TableCopy::dump(Poco::Data::Session& session, SqlDialect dialect)
{
    std::vector<TableRows> out;
    for (const std::string& name : tablesInOrder(session, dialect)) {
        Poco::Data::Statement select(session);
        select << "SELECT * FROM " + quoted(name);
        select.execute();
        Poco::Data::RecordSet rs(select);
        TableRows table;
        table.name = name;
        for (std::size_t c = 0; c < rs.columnCount(); ++c) {
            table.columns.push_back(rs.columnName(c));
        }
        table.rows.reserve(rs.rowCount());
        for (std::size_t r = 0; r < rs.rowCount(); ++r) {
            std::vector<CellValue> row;
            row.reserve(table.columns.size());
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                row.push_back(cellOf(rs, c, r));
            }
            table.rows.push_back(std::move(row));
        }
        out.push_back(std::move(table));
    }
    return out;
}

void TableCopy::load(Poco::Data::Session& session, SqlDialect dialect, const std::vector<TableRows>& tables)
{
    std::map<std::string, const TableRows*> byName;
    for (const TableRows& t : tables) {
        byName[t.name] = &t;
    }
    const std::vector<std::string> order = tablesInOrder(session, dialect);
    for (const auto& [name, rows] : byName) {
        if (std::find(order.begin(), order.end(), name) == order.end()) {
            throw std::runtime_error("the backup holds table " + name + ", which this schema does not have");
        }
    }
    // The migrations seed some rows (default settings); the backup's rows replace them. Children first.
    for (auto name = order.rbegin(); name != order.rend(); ++name) {
        if (byName.count(*name)) {
            session << "DELETE FROM " + quoted(*name), now;
        }
    }
    for (const std::string& name : order) {
        if (const auto found = byName.find(name); found != byName.end()) {
            loadTable(session, *found->second);
        }
    }
    if (dialect == SqlDialect::PostgreSql) {
        advanceSequences(session);
    }
}

} // namespace castellan
