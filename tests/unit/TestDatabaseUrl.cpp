#include "store/DatabaseUrl.h"

#include <QtTest>

using namespace castellan;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT
private slots:
    void testSqlitePathIsTaken()
    {
        auto url = DatabaseUrl::parse("sqlite:./var/castellan.db");
        QVERIFY(url.ok());
        QCOMPARE(url->dialect, SqlDialect::Sqlite);
        QCOMPARE(url->connector, std::string("SQLite"));
        QCOMPARE(url->connectionString, std::string("./var/castellan.db"));
    }
    void testSqliteTripleSlashIsAbsolute()
    {
        auto url = DatabaseUrl::parse("sqlite:///srv/castellan.db");
        QVERIFY(url.ok());
        QCOMPARE(url->connectionString, std::string("/srv/castellan.db"));
    }
    void testPostgresUrlKeepsUriAndHidesPassword()
    {
        auto url = DatabaseUrl::parse("postgresql://castellan:s3cret@db.example:5432/mfa?sslmode=require");
        QVERIFY(url.ok());
        QCOMPARE(url->dialect, SqlDialect::PostgreSql);
        const QString keywords = QString::fromStdString(url->connectionString);
        QVERIFY2(keywords.contains("host='db.example'"), qPrintable(keywords));
        QVERIFY(keywords.contains("port='5432'"));
        QVERIFY(keywords.contains("user='castellan'"));
        QVERIFY(keywords.contains("password='s3cret'"));
        QVERIFY(keywords.contains("dbname='mfa'"));
        QVERIFY(keywords.contains("sslmode='require'"));
        QVERIFY(url->display.find("s3cret") == std::string::npos);
        QVERIFY(url->display.find("***") != std::string::npos);
    }
    void testBadUrlsAreRefusedWithReason_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << ""
                               << "unsupported database URL";
        QTest::newRow("mysql") << "mysql://u:p@h/db"
                               << "unsupported database URL";
        QTest::newRow("sqlite without file") << "sqlite:"
                                             << "names no file";
        QTest::newRow("postgres without database") << "postgresql://u:p@localhost:5432"
                                                   << "names no database";
        QTest::newRow("postgres bad port") << "postgresql://u:p@localhost:notaport/db"
                                           << "not a valid PostgreSQL URL";
        QTest::newRow("postgres port range") << "postgresql://u:p@localhost:99999/db"
                                             << "not from 1 to 65535";
    }
    void testBadUrlsAreRefusedWithReason()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        auto parsed = DatabaseUrl::parse(url.toStdString());
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::Configuration);
        QVERIFY2(QString::fromStdString(parsed.error().message).contains(reason), parsed.error().message.c_str());
    }
};

QTEST_APPLESS_MAIN(TestDatabaseUrl)
#include "TestDatabaseUrl.moc"
