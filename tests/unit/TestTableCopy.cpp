#include "FreshDatabase.h"

#include "store/Migrator.h"
#include "store/TableCopy.h"

#include <Poco/Data/Session.h>

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>

using namespace castellan;
using namespace castellan::test;
using namespace Poco::Data::Keywords;

namespace {

const TableRows* find(const std::vector<TableRows>& tables, const std::string& name)
{
    const auto it = std::find_if(tables.begin(), tables.end(), [&](const TableRows& t) { return t.name == name; });
    return it == tables.end() ? nullptr : &*it;
}

/// A row's cells by column name, so dumps of the two dialects compare whatever their column order.
std::map<std::string, CellValue> rowByName(const TableRows& table, std::size_t row)
{
    std::map<std::string, CellValue> cells;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        cells[table.columns[c]] = table.rows[row][c];
    }
    return cells;
}

std::vector<std::map<std::string, CellValue>> sortedRows(const TableRows& table)
{
    std::vector<std::map<std::string, CellValue>> rows;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        rows.push_back(rowByName(table, r));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void seed(Database& db)
{
    db.write([](Poco::Data::Session& s) {
        s << "INSERT INTO users (username, username_key, password_hash, must_change_password, expires_at, "
             "created_at, updated_at) VALUES ('ayşe', 'ayşe', NULL, TRUE, NULL, 1700000000, 1700000001)",
            now;
        s << "INSERT INTO users (username, username_key, enabled, expires_at, created_at, updated_at) VALUES "
             "('bob', 'bob', FALSE, 4102444800, 1700000000, 1700000000)",
            now;
        s << "INSERT INTO factors (user_id, type, secret, created_at) SELECT id, 'totp', 'c2VhbGVk', 1 FROM users", now;
        s << "UPDATE security_settings SET failed_attempt_limit = 7", now;
    });
}

} // namespace

/// TableCopy: every table in foreign-key order, a dump that loads into a fresh schema of either dialect (a SQLite
/// backup restores into PostgreSQL) with NULLs, booleans, large integers and UTF-8 intact, and ids that go on after
/// the restored ones.
class TestTableCopy : public QObject
{
    Q_OBJECT
private slots:
    void testTablesComeParentsFirst()
    {
        FreshDatabase fresh;
        Database& db = fresh.open();
        std::vector<std::string> order;
        db.read([&](Poco::Data::Session& s) { order = TableCopy::tablesInOrder(s, db.dialect()); });
        auto position = [&](const std::string& t) {
            return std::find(order.begin(), order.end(), t) - order.begin();
        };
        QVERIFY(position("users") < position("factors"));
        QVERIFY(position("factors") < position("devices"));
        QVERIFY(position("devices") < position("device_nonces"));
        QVERIFY(position("service_providers") < position("saml_logout_steps"));
        QVERIFY(std::find(order.begin(), order.end(), "schema_migrations") == order.end());
        QVERIFY(std::find(order.begin(), order.end(), "key_canary") != order.end());
    }

    void testSqliteDumpLoadsIntoAFreshSchemaOfThisRun()
    {
        // The source is always SQLite; the target is the run's database (SQLite, or PostgreSQL: cross-dialect).
        QTemporaryDir dir;
        auto source = Database::open(DatabaseUrl::parse("sqlite:" + dir.filePath("source.db").toStdString()).value(),
                                     {.poolMax = 2});
        QVERIFY(source.ok());
        QVERIFY(Migrator(*source.value()).migrate().ok());
        seed(*source.value());
        std::vector<TableRows> dumped;
        source.value()->read([&](Poco::Data::Session& s) { dumped = TableCopy::dump(s, SqlDialect::Sqlite); });

        FreshDatabase fresh;
        Database& target = fresh.open(false);
        target.write([&](Poco::Data::Session& s) {
            Migrator::applyWithin(s, target.dialect(), migrationsFor(target.dialect()));
            TableCopy::load(s, target.dialect(), dumped);
        });
        std::vector<TableRows> reloaded;
        target.read([&](Poco::Data::Session& s) { reloaded = TableCopy::dump(s, target.dialect()); });

        QCOMPARE(reloaded.size(), dumped.size());
        for (const TableRows& table : dumped) {
            const TableRows* copy = find(reloaded, table.name);
            QVERIFY2(copy, table.name.c_str());
            QVERIFY2(sortedRows(*copy) == sortedRows(table), table.name.c_str());
        }
        const TableRows* users = find(reloaded, "users");
        QCOMPARE(users->rows.size(), std::size_t(2));
        auto rows = sortedRows(*users);
        const bool ayseFirst = std::get<std::string>(rows.front().at("username")) == "ayşe";
        const auto ayse = ayseFirst ? rows.front() : rows.back();
        const auto bob = ayseFirst ? rows.back() : rows.front();
        QVERIFY(std::holds_alternative<std::monostate>(ayse.at("password_hash")));
        QCOMPARE(std::get<std::string>(ayse.at("username")), std::string("ayşe"));
        QCOMPARE(std::get<bool>(ayse.at("must_change_password")), true);
        QCOMPARE(std::get<std::int64_t>(bob.at("expires_at")), std::int64_t(4102444800));

        // The next user gets an id after the restored ones (PostgreSQL: the sequence was moved on).
        Poco::Int64 id = 0;
        target.write([&](Poco::Data::Session& s) {
            s << "INSERT INTO users (username, username_key, created_at, updated_at) VALUES ('new', 'new', 1, 1)", now;
            s << "SELECT id FROM users WHERE username_key = 'new'", into(id), now;
        });
        QCOMPARE(id, Poco::Int64(3));
    }

    void testUnknownTableIsRefused()
    {
        FreshDatabase fresh;
        Database& db = fresh.open();
        const std::vector<TableRows> foreign{{"not_ours", {"id"}, {{std::int64_t(1)}}}};
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 db.write([&](Poco::Data::Session& s) { TableCopy::load(s, db.dialect(), foreign); }));
    }
};

QTEST_GUILESS_MAIN(TestTableCopy)
#include "TestTableCopy.moc"
