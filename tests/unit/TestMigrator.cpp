#include "FreshDatabase.h"
#include "store/Migrator.h"

#include <Poco/Data/Session.h>

#include <QtTest>

using namespace castellan;
using namespace Poco::Data::Keywords;

class TestMigrator : public QObject
{
    Q_OBJECT
private:
    static int latestVersion(SqlDialect dialect) { return migrationsFor(dialect).back().version; }

    static Poco::Int64 countRows(Database& db, const std::string& table)
    {
        Poco::Int64 n = -1;
        db.read([&](Poco::Data::Session& s) { s << "SELECT COUNT(*) FROM " + table, into(n), now; });
        return n;
    }

private slots:
    void testFreshDatabaseReachesLatestVersion()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open(false);
        auto version = Migrator(db).migrate();
        QVERIFY2(version.ok(), version.ok() ? "" : version.error().message.c_str());
        QCOMPARE(version.value(), latestVersion(db.dialect()));
        QCOMPARE(countRows(db, "schema_migrations"), Poco::Int64(migrationsFor(db.dialect()).size()));
    }
    void testEveryAggregateTableExists()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        for (const char* table :
             {"admins", "api_clients", "tokens", "users", "factors", "devices", "failed_attempts", "blocks",
              "security_settings", "audit_log", "settings", "applications", "auth_transactions", "otp_deliveries",
              "push_challenges", "device_nonces", "source_failures"}) {
            QVERIFY2(countRows(db, table) >= 0, table);
        }
        QCOMPARE(countRows(db, "security_settings"), Poco::Int64(1));
    }
    void testSecondRunChangesNothing()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        auto again = Migrator(db).migrate();
        QVERIFY(again.ok());
        QCOMPARE(again.value(), latestVersion(db.dialect()));
        QCOMPARE(countRows(db, "schema_migrations"), Poco::Int64(migrationsFor(db.dialect()).size()));
    }
    void testNewerSchemaIsRefused()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        db.write([](Poco::Data::Session& s) {
            s << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 0)", now;
        });
        auto refused = Migrator(db).migrate();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Configuration);
        QVERIFY(QString::fromStdString(refused.error().message).contains("newer than this castellan-server"));
    }
    void testFailingMigrationLeavesNoTrace()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open(false);
        const Migration broken[] = {
            {1, "good", "CREATE TABLE first_table (id INTEGER PRIMARY KEY);"},
            {2, "bad", "CREATE TABLE second_table (id INTEGER PRIMARY KEY);\nTHIS IS NOT SQL;"},
        };
        auto result = Migrator(db).migrate(broken);
        QVERIFY(!result.ok());
        // Both migrations ran in one transaction: the good one is rolled back with the bad one.
        bool tableExists = true;
        try {
            countRows(db, "first_table");
        } catch (const Poco::Exception&) {
            tableExists = false;
        }
        QVERIFY(!tableExists);
    }
    void testStatementsSplitAtLineEndSemicolons()
    {
        auto statements = Migrator::splitStatements("-- comment\nCREATE TABLE a (x TEXT DEFAULT ';');\n\n"
                                                    "INSERT INTO a VALUES ('1');\nSELECT 1");
        QCOMPARE(statements.size(), size_t(3));
        QCOMPARE(statements[0], std::string("CREATE TABLE a (x TEXT DEFAULT ';')"));
        QCOMPARE(statements[2], std::string("SELECT 1\n"));
    }
};

QTEST_APPLESS_MAIN(TestMigrator)
#include "TestMigrator.moc"
