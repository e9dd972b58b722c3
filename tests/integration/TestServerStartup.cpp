#include "FreshDatabase.h"
#include "HttpsClient.h"
#include "ServerProcess.h"

#include <QtTest>

#include <sys/stat.h>

using namespace castellan;

class TestServerStartup : public QObject
{
    Q_OBJECT
private slots:
    void testFirstStartCreatesStateAndAnswersHealth()
    {
        test::FreshDatabase fresh;
        QTemporaryDir state;
        test::ServerProcess server(state.path(), {"--set", QString::fromStdString("db.url=" + fresh.url())});
        QVERIFY2(server.start(), qPrintable(server.stderrText()));

        struct stat keyStat
        {};
        QCOMPARE(::stat(qPrintable(state.filePath("master.key")), &keyStat), 0);
        QCOMPARE(keyStat.st_mode & 0777, 0600u);
        QVERIFY(QFile::exists(state.filePath("tls/server.crt")));
        QVERIFY(QFile::exists(state.filePath("tls/server.key")));

        const QString out = server.stdoutText();
        QVERIFY2(out.contains("username:           admin"), qPrintable(out));
        QVERIFY(QRegularExpression("one-time password:  \\S{23}").match(out).hasMatch());

        test::HttpsClient client("127.0.0.1", server.httpsPort());
        test::HttpReply health = client.get("/api/v1/health");
        QCOMPARE(health.status, 200);
        QCOMPARE(health.contentType, std::string("application/json"));
        auto json = health.json();
        QCOMPARE(json->getValue<std::string>("status"), std::string("ok"));
        QCOMPARE(json->getValue<std::string>("database"), std::string("ok"));
        QCOMPARE(json->getValue<std::string>("version"), std::string(CASTELLAN_VERSION));

        QCOMPARE(server.stop(), 0);
        QVERIFY(server.stderrText().contains("stopped"));
    }
    void testSecondStartPrintsNoPassword()
    {
        test::FreshDatabase fresh;
        QTemporaryDir state;
        const QStringList args{"--set", QString::fromStdString("db.url=" + fresh.url())};
        {
            test::ServerProcess first(state.path(), args);
            QVERIFY2(first.start(), qPrintable(first.stderrText()));
            QVERIFY(first.stdoutText().contains("one-time password"));
            QCOMPARE(first.stop(), 0);
        }
        test::ServerProcess second(state.path(), args);
        QVERIFY2(second.start(), qPrintable(second.stderrText()));
        QVERIFY(!second.stdoutText().contains("one-time password"));
        QCOMPARE(second.stop(), 0);
    }
    void testUnknownRouteIsProblemJson()
    {
        test::FreshDatabase fresh;
        QTemporaryDir state;
        test::ServerProcess server(state.path(), {"--set", QString::fromStdString("db.url=" + fresh.url())});
        QVERIFY2(server.start(), qPrintable(server.stderrText()));
        test::HttpsClient client("127.0.0.1", server.httpsPort());
        test::HttpReply reply = client.get("/api/v1/no-such-thing");
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.contentType, std::string("application/problem+json"));
        QCOMPARE(reply.json()->getValue<int>("status"), 404);
        test::HttpReply wrongMethod = client.send("DELETE", "/api/v1/health", "");
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.headers["Allow"], std::string("GET"));
    }
};

QTEST_GUILESS_MAIN(TestServerStartup)
#include "TestServerStartup.moc"
