#include "AdminSession.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"

#include <QtTest>

using namespace castellan;
using namespace castellan::test;

/// `castellan-server admin ...` against the configured database while the server runs.
class TestAdminCli : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;

    ServerProcess::Outcome cli(QStringList command, const QByteArray& input = {}, QStringList extra = {})
    {
        QStringList args{"--state-dir", m_state->path(), "--set", QString::fromStdString("db.url=" + m_db->url())};
        args += extra;
        args << "admin";
        args += command;
        return ServerProcess::runToExit(args, 60000, input);
    }
    HttpReply login(const std::string& user, const std::string& password, const std::string& otp = {})
    {
        return HttpsClient("127.0.0.1", m_server->httpsPort())
            .send("POST", "/api/v1/auth/login", json({{"username", user}, {"password", password}, {"otp", otp}}));
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<FreshDatabase>();
        m_state = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<ServerProcess>(m_state->path(),
                                                   QStringList{"--set", QString::fromStdString("db.url=" + m_db->url()),
                                                               "--set", "auth.allow_admin_without_otp=true"});
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrText()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void testAddCreatesAnAdminWhoMustEnrollTotp()
    {
        auto added = cli({"add", "ops", "--password-stdin"}, "Operations-Password-1\n");
        QCOMPARE(added.exitCode, 0);
        QVERIFY(added.out.contains("created"));
        HttpReply r = login("ops", "Operations-Password-1");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()->getValue<bool>("totp_enrollment_required"), true);
        QCOMPARE(r.json()->getValue<bool>("password_change_required"), false);
        QCOMPARE(cli({"add", "OPS", "--password-stdin"}, "Operations-Password-1\n").exitCode, 1);
    }
    void testPasswordNeverOnTheCommandLineAndPolicyApplies()
    {
        auto noStdin = cli({"add", "someone"});
        QCOMPARE(noStdin.exitCode, 2);
        QVERIFY(noStdin.err.contains("--password-stdin"));
        auto weak = cli({"add", "someone", "--password-stdin"}, "short\n");
        QCOMPARE(weak.exitCode, 1);
        QVERIFY(weak.err.contains("12 characters"));
    }
    void testNoOtpNeedsTheSettingAndIsFlagged()
    {
        auto refused = cli({"add", "robot", "--password-stdin", "--no-otp"}, "Scripted-Access-123\n");
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("auth.allow_admin_without_otp"));
        auto allowed = cli({"add", "robot", "--password-stdin", "--no-otp"}, "Scripted-Access-123\n",
                           {"--set", "auth.allow_admin_without_otp=true"});
        QCOMPARE(allowed.exitCode, 0);
        HttpReply r = login("robot", "Scripted-Access-123");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()->getValue<bool>("totp_enrollment_required"), false);
        const std::string token = r.json()->getValue<std::string>("access_token");
        HttpReply audit =
            HttpsClient("127.0.0.1", m_server->httpsPort())
                .get("/api/v1/audit?user=robot&event=admin.login", {{"Authorization", "Bearer " + token}});
        QCOMPARE(audit.status, 200);
        QVERIFY(audit.body.find("WITHOUT a second factor") != std::string::npos);
    }
    void testListShowsAdmins()
    {
        auto listed = cli({"list"});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains("admin"));
        QVERIFY(listed.out.contains("ops"));
        QVERIFY(listed.out.contains("exempt"));
    }
    void testResetIssuesOneTimePasswordAndEndsSessions()
    {
        HttpReply before = login("robot", "Scripted-Access-123");
        const std::string token = before.json()->getValue<std::string>("access_token");
        auto reset = cli({"reset", "robot"});
        QCOMPARE(reset.exitCode, 0);
        const QString password =
            QRegularExpression("one-time password for 'robot': (\\S+)").match(reset.out).captured(1);
        QVERIFY(!password.isEmpty());
        QCOMPARE(HttpsClient("127.0.0.1", m_server->httpsPort())
                     .get("/api/v1/users", {{"Authorization", "Bearer " + token}})
                     .status,
                 401);
        QCOMPARE(login("robot", "Scripted-Access-123").status, 401);
        HttpReply after = login("robot", password.toStdString());
        QCOMPARE(after.status, 200);
        QCOMPARE(after.json()->getValue<bool>("password_change_required"), true);
        QCOMPARE(cli({"reset", "nobody"}).exitCode, 1);
    }
    void testRemoveNeverLeavesNoAdmin()
    {
        QCOMPARE(cli({"remove", "ops"}).exitCode, 0);
        QCOMPARE(cli({"remove", "robot"}).exitCode, 0);
        auto last = cli({"remove", "admin"});
        QCOMPARE(last.exitCode, 1);
        QVERIFY(last.err.contains("last administrator"));
        QCOMPARE(login("ops", "Operations-Password-1").status, 401);
    }
    void testUnknownSubcommandShowsUsage()
    {
        auto bad = cli({"promote", "ops"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("usage:"));
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "TestAdminCli.moc"
