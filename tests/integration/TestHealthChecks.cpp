#include "HttpsClient.h"
#include "ServerProcess.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"

#include <Poco/Data/Session.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace castellan;
using namespace castellan::test;

/// The load balancer's view of a real server: `GET /api/v1/health/live` (the process answers, the database is not
/// asked) and `GET /api/v1/health/ready` (database, schema version, license), both without a token; 503 with the
/// reason when the node cannot authenticate. (The license's support end is covered by TestLicense.)
class TestHealthChecks : public QObject
{
    Q_OBJECT
private:
    static void execute(const QString& stateDir, const std::string& sql)
    {
        Database::registerConnectors();
        const DatabaseUrl url = DatabaseUrl::parse("sqlite:" + stateDir.toStdString() + "/castellan.db").value();
        Poco::Data::Session session(url.connector, url.connectionString);
        session << sql, Poco::Data::Keywords::now;
    }

private slots:
    void testLiveAndReadyAnswerWithoutAToken()
    {
        QTemporaryDir state;
        ServerProcess server(state.path());
        QVERIFY2(server.start(), qPrintable(server.stderrText()));
        HttpsClient client("127.0.0.1", server.httpsPort());
        HttpReply live = client.get("/api/v1/health/live");
        QCOMPARE(live.status, 200);
        QCOMPARE(live.json()->getValue<std::string>("status"), std::string("ok"));
        HttpReply ready = client.get("/api/v1/health/ready");
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.json()->getValue<std::string>("status"), std::string("ready"));
        QVERIFY(!ready.json()->has("reason"));
        QCOMPARE(client.get("/api/v1/health").status, 200);
    }

    void testReadyIsRefusedWhileTheSchemaIsNotTheOneThisServerKnows()
    {
        QTemporaryDir state;
        ServerProcess server(state.path());
        QVERIFY2(server.start(), qPrintable(server.stderrText()));
        // A newer node migrated the shared database past what this one knows.
        execute(state.path(), "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 0)");
        HttpsClient client("127.0.0.1", server.httpsPort());
        HttpReply ready = client.get("/api/v1/health/ready");
        QCOMPARE(ready.status, 503);
        QCOMPARE(ready.json()->getValue<std::string>("status"), std::string("not ready"));
        const std::string reason = ready.json()->getValue<std::string>("reason");
        QVERIFY2(reason.find("database schema version 9999, this server expects") == 0, reason.c_str());
        // Still alive: a restart would not help, so live stays 200.
        QCOMPARE(client.get("/api/v1/health/live").status, 200);

        execute(state.path(), "DELETE FROM schema_migrations WHERE version = 9999");
        QCOMPARE(client.get("/api/v1/health/ready").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestHealthChecks)
#include "TestHealthChecks.moc"
