#include "ServerProcess.h"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>

#include <QTcpServer>
#include <QtTest>

using namespace castellan;

namespace {

/// The lines of stderr that are not log lines.
QStringList messageLines(const QString& err)
{
    QStringList lines;
    for (const QString& line : err.split('\n', Qt::SkipEmptyParts)) {
        if (line.startsWith("castellan-server:")) {
            lines << line;
        }
    }
    return lines;
}

} // namespace

class TestServerRefusals : public QObject
{
    Q_OBJECT
private slots:
    void testBadValueGivesOneLineNamingKeyAndExit2_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("key");
        QTest::newRow("http.port") << "http.port=eighty"
                                   << "http.port";
        QTest::newRow("http.address") << "http.address=999.1.1.1"
                                      << "http.address";
        QTest::newRow("db.url") << "db.url=mongodb://x/y"
                                << "db.url";
        QTest::newRow("db.url postgres") << "db.url=postgresql://u@h:99999999/x"
                                         << "db.url";
        QTest::newRow("db.pool.max") << "db.pool.max=-3"
                                     << "db.pool.max";
        QTest::newRow("radius.port") << "radius.port=65536"
                                     << "radius.port";
        QTest::newRow("log.level") << "log.level=chatty"
                                   << "log.level";
        QTest::newRow("auth flag") << "auth.allow_admin_without_otp=perhaps"
                                   << "auth.allow_admin_without_otp";
    }
    void testBadValueGivesOneLineNamingKeyAndExit2()
    {
        QFETCH(QString, setting);
        QFETCH(QString, key);
        QTemporaryDir state;
        auto outcome = test::ServerProcess::runToExit({"--state-dir", state.path(), "--set", setting});
        QCOMPARE(outcome.exitCode, 2);
        const QStringList lines = messageLines(outcome.err);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].contains("configuration error: " + key + ":"), qPrintable(outcome.err));
        QVERIFY(!QFile::exists(state.filePath("master.key"))); // refused before touching state
    }
    void testBadValueInConfigFileNamesKey()
    {
        QTemporaryDir state;
        QFile file(state.filePath("castellan.properties"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("http.port = 8443\nradius.port = lots\n");
        file.close();
        auto outcome = test::ServerProcess::runToExit({"--config", file.fileName(), "--state-dir", state.path()});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains("configuration error: radius.port:"), qPrintable(outcome.err));
    }
    void testUnreadableConfigFileIsRefused()
    {
        QTemporaryDir state;
        auto outcome = test::ServerProcess::runToExit({"--config", state.filePath("missing.properties")});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains("cannot read configuration file"), qPrintable(outcome.err));
        QVERIFY(outcome.err.contains("missing.properties"));
    }
    void testMalformedSetOptionIsRefused()
    {
        auto outcome = test::ServerProcess::runToExit({"--set", "http.port"});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY(outcome.err.contains("--set expects KEY=VALUE"));
    }
    void testUnknownOptionIsRefused()
    {
        auto outcome = test::ServerProcess::runToExit({"--frobnicate"});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains("frobnicate"), qPrintable(outcome.err));
    }
    void testHelpAndVersion()
    {
        auto help = test::ServerProcess::runToExit({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--set"));
        QVERIFY(help.out.contains("--config"));
        auto version = test::ServerProcess::runToExit({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(CASTELLAN_VERSION));
    }
    void testPortInUseIsRefused()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir state;
        auto outcome = test::ServerProcess::runToExit({"--state-dir", state.path(), "--set",
                                                       "http.port=" + QString::number(occupant.serverPort()), "--set",
                                                       "radius.port=0"});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains("cannot listen on 127.0.0.1:" + QString::number(occupant.serverPort())),
                 qPrintable(outcome.err));
    }
    void testLooseMasterKeyPermissionsAreRefused()
    {
        QTemporaryDir state;
        {
            test::ServerProcess server(state.path());
            QVERIFY2(server.start(), qPrintable(server.stderrText()));
            QCOMPARE(server.stop(), 0);
        }
        QVERIFY(QFile::setPermissions(state.filePath("master.key"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        auto outcome = test::ServerProcess::runToExit({"--state-dir", state.path(), "--set", "http.port=0"});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains("master.key"), qPrintable(outcome.err));
        QVERIFY(outcome.err.contains("chmod 600"));
    }
    void testSchemaNewerThanBinaryIsRefused()
    {
        QTemporaryDir state;
        {
            test::ServerProcess server(state.path());
            QVERIFY2(server.start(), qPrintable(server.stderrText()));
            QCOMPARE(server.stop(), 0);
        }
        {
            Poco::Data::SQLite::Connector::registerConnector();
            Poco::Data::Session session("SQLite", state.filePath("castellan.db").toStdString());
            session << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 0)",
                Poco::Data::Keywords::now;
        }
        auto outcome = test::ServerProcess::runToExit({"--state-dir", state.path(), "--set", "http.port=0"});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains("newer than this castellan-server"), qPrintable(outcome.err));
    }
    void testUnreachableDatabaseIsRefused()
    {
        QTcpServer probe; // find a port where nothing listens
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QTemporaryDir state;
        auto outcome = test::ServerProcess::runToExit(
            {"--state-dir", state.path(), "--set",
             "db.url=postgresql://nobody:pw@127.0.0.1:" + QString::number(port) + "/castellan"});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains("cannot open database"), qPrintable(outcome.err));
        QVERIFY(!outcome.err.contains(":pw@")); // the password is not logged
    }
};

QTEST_GUILESS_MAIN(TestServerRefusals)
#include "TestServerRefusals.moc"
