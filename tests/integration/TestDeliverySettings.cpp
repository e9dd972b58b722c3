#include "AdminSession.h"
#include "FreshDatabase.h"
#include "LoopbackHttpRecorder.h"
#include "LoopbackSmtpServer.h"
#include "ServerProcess.h"

#include <QTcpServer>
#include <QtTest>

#include <regex>

using namespace castellan;
using namespace castellan::test;

/// Mail and SMS settings stored over REST (`/settings/mail`, `/settings/sms`) on a server whose configuration file
/// sets neither: the test message reaches a real SMTP server (with AUTH, the password stored sealed) and an HTTP
/// gateway on loopback, a wrong port answers the server's exact error, codes of e-mail factors then arrive without a
/// restart, secrets are never answered, and a second server whose file sets SMTP shows it read-only.
class TestDeliverySettings : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<LoopbackSmtpServer> m_smtp;
    std::unique_ptr<LoopbackHttpRecorder> m_gateway;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;

    std::string mailSettings(int port, const std::string& extra = {})
    {
        return "{\"host\":\"127.0.0.1\",\"port\":" + std::to_string(port) +
               ",\"starttls\":false,\"from\":\"Castellan <mfa@example.com>\",\"user\":\"mailer\","
               "\"timeout_seconds\":5" +
               extra + "}";
    }

private slots:
    void initTestCase()
    {
        LoopbackSmtpServer::Options options;
        options.offerStartTls = false;
        options.requireTls = false;
        options.offerAuth = true;
        m_smtp = std::make_unique<LoopbackSmtpServer>(options);
        m_gateway = std::make_unique<LoopbackHttpRecorder>();
        m_gateway->setReply(200, R"({"status":"queued"})");
        m_db = std::make_unique<FreshDatabase>();
        m_state = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<ServerProcess>(
            m_state->path(), QStringList{"--set", QString::fromStdString("db.url=" + m_db->url())});
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrText()));
        m_admin = std::make_unique<AdminSession>(*m_server);
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }

    void testNothingIsSetUpAtFirst()
    {
        HttpReply mail = m_admin->get("/api/v1/settings/mail");
        QCOMPARE(mail.status, 200);
        QCOMPARE(mail.json()->getValue<std::string>("source"), std::string("none"));
        HttpReply test = m_admin->send("POST", "/api/v1/settings/mail/test", R"({"to":"ops@example.com"})");
        QCOMPARE(test.status, 200);
        QVERIFY(!test.json()->getValue<bool>("sent"));
        QVERIFY2(test.json()->getValue<std::string>("error").find("No mail server") != std::string::npos,
                 test.body.c_str());
    }

    void testInvalidSettingsAreRefusedOnTheirFields()
    {
        HttpReply refused =
            m_admin->send("PUT", "/api/v1/settings/mail",
                          R"({"host":"127.0.0.1","port":70000,"from":"not an address","colour":"red"})");
        QCOMPARE(refused.status, 422);
        for (const char* field : {"\"port\"", "\"from\"", "\"colour\""}) {
            QVERIFY2(refused.body.find(field) != std::string::npos, refused.body.c_str());
        }
        HttpReply sms =
            m_admin->send("PUT", "/api/v1/settings/sms",
                          "{\"url\":\"ftp://gateway/send\"}" /* no raw string: moc would read // as a comment */);
        QCOMPARE(sms.status, 422);
        QVERIFY2(sms.body.find("\"url\"") != std::string::npos, sms.body.c_str());
        QCOMPARE(m_admin->get("/api/v1/settings/mail").json()->getValue<std::string>("source"), std::string("none"));
    }

    void testStoredMailSettingsSendTheTestMessageWithTheSealedPassword()
    {
        HttpReply stored = m_admin->send("PUT", "/api/v1/settings/mail",
                                         mailSettings(m_smtp->port(), ",\"password\":\"S3cret-Relay\""));
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json()->getValue<std::string>("source"), std::string("database"));
        QVERIFY(stored.json()->getValue<bool>("password_set"));
        QVERIFY2(stored.body.find("S3cret-Relay") == std::string::npos, stored.body.c_str()); // never answered

        HttpReply test = m_admin->send("POST", "/api/v1/settings/mail/test", R"({"to":"ops@example.com"})");
        QCOMPARE(test.status, 200);
        QVERIFY2(test.json()->getValue<bool>("sent"), test.body.c_str());
        auto mail = m_smtp->waitForMessage(std::chrono::seconds(20));
        QVERIFY(mail.has_value());
        QCOMPARE(mail->authUser, std::string("mailer"));
        QCOMPARE(mail->authPassword, std::string("S3cret-Relay"));
        QVERIFY2(mail->body.find("deneme") != std::string::npos, mail->body.c_str());

        // A PUT without the password keeps it; the ETag guards against a concurrent change.
        const std::string etag = m_admin->get("/api/v1/settings/mail").headers["ETag"];
        QCOMPARE(m_admin->send("PUT", "/api/v1/settings/mail", mailSettings(m_smtp->port()), {{"If-Match", "\"v999\""}})
                     .status,
                 412);
        HttpReply kept =
            m_admin->send("PUT", "/api/v1/settings/mail", mailSettings(m_smtp->port()), {{"If-Match", etag}});
        QCOMPARE(kept.status, 200);
        QVERIFY(kept.json()->getValue<bool>("password_set"));
    }

    void testTheTestReportsTheServersExactError()
    {
        // Nothing listens on this port: the answer names the connection failure.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int port = closed.serverPort();
        closed.close();
        QCOMPARE(m_admin->send("PUT", "/api/v1/settings/mail", mailSettings(port)).status, 200);
        HttpReply test = m_admin->send("POST", "/api/v1/settings/mail/test", R"({"to":"ops@example.com"})");
        QCOMPARE(test.status, 200);
        QVERIFY(!test.json()->getValue<bool>("sent"));
        QVERIFY2(!test.json()->getValue<std::string>("detail").empty(), test.body.c_str());
        QCOMPARE(m_admin->send("PUT", "/api/v1/settings/mail", mailSettings(m_smtp->port())).status, 200);
        QCOMPARE(m_admin->send("POST", "/api/v1/settings/mail/test", R"({"to":"bad address"})").status, 422);
    }

    void testEmailCodesFollowTheStoredSettingsWithoutARestart()
    {
        const std::string agent = m_admin->createClientToken("agent", "Portal agent");
        QCOMPARE(m_admin
                     ->send("POST", "/api/v1/applications",
                            R"({"name":"Web","type":"api","allowed_factors":["email","sms"]})")
                     .status,
                 201);
        const std::string password = "Delivered-Code-99";
        HttpReply user = m_admin->send("POST", "/api/v1/users",
                                       json({{"username", "mail.user"},
                                             {"email", "mail.user@example.com"},
                                             {"phone", "05554443322"},
                                             {"password", password},
                                             {"password_confirmation", password}}));
        QCOMPARE(user.status, 201);
        const std::string factors = "/api/v1/users/" + std::to_string(user.json()->getValue<int>("id")) + "/factors";
        QCOMPARE(m_admin->send("POST", factors, json({{"type", "email"}})).status, 201);
        HttpReply challenge = m_admin->client().send("POST", "/api/v1/auth/validate",
                                                     json({{"username", "mail.user"}, {"password", password}}),
                                                     "application/json", {{"Authorization", "Bearer " + agent}});
        QCOMPARE(challenge.json()->getValue<std::string>("result"), std::string("challenge"));
        std::optional<ReceivedMail> mail;
        for (int i = 0; i < 5 && (!mail || mail->body.find("deneme") != std::string::npos); ++i) {
            mail = m_smtp->waitForMessage(std::chrono::seconds(20)); // skip the earlier test messages
        }
        QVERIFY(mail.has_value());
        std::smatch code;
        QVERIFY2(std::regex_search(mail->body, code, std::regex("\\b(\\d{6})\\b")), mail->body.c_str());
    }

    void testSmsGatewaySettingsKeepTheHeadersSecret()
    {
        const std::string settings = json({{"url", m_gateway->url("/send")},
                                           {"content_type", "application/json"},
                                           {"body", R"({"to":"{phone}","text":"{message}"})"},
                                           {"headers", "X-Api-Key: k-123"}});
        HttpReply stored = m_admin->send("PUT", "/api/v1/settings/sms", settings);
        QCOMPARE(stored.status, 200);
        QVERIFY(stored.json()->getValue<bool>("headers_set"));
        QVERIFY2(stored.body.find("k-123") == std::string::npos, stored.body.c_str());
        HttpReply test = m_admin->send("POST", "/api/v1/settings/sms/test", R"({"phone":"05551112233"})");
        QVERIFY2(test.json()->getValue<bool>("sent"), test.body.c_str());
        auto request = m_gateway->waitForRequest(std::chrono::seconds(20));
        QVERIFY(request.has_value());
        QCOMPARE(request->header("X-Api-Key"), std::string("k-123"));
        QVERIFY2(request->body.find("+905551112233") != std::string::npos, request->body.c_str());

        m_gateway->setReply(401, R"({"error":"invalid api key"})");
        HttpReply refused = m_admin->send("POST", "/api/v1/settings/sms/test", R"({"phone":"05551112233"})");
        QVERIFY(!refused.json()->getValue<bool>("sent"));
        QVERIFY2(refused.json()->getValue<std::string>("detail").find("401") != std::string::npos,
                 refused.body.c_str());
        m_gateway->setReply(200, R"({"status":"queued"})");
    }

    void testTheConfigurationFileOverridesAndIsReadOnly()
    {
        QTemporaryDir state;
        // A second node shares the database, so it shares the master key too (a wrong key refuses to start).
        QVERIFY(QFile::copy(m_state->path() + "/master.key", state.path() + "/master.key"));
        ServerProcess fileConfigured(
            state.path(), QStringList{"--set", QString::fromStdString("db.url=" + m_db->url()), "--set",
                                      "smtp.host=127.0.0.1", "--set", "smtp.port=" + QString::number(m_smtp->port()),
                                      "--set", "smtp.starttls=false", "--set", "smtp.from=file@example.com"});
        QVERIFY2(fileConfigured.start(), qPrintable(fileConfigured.stderrText()));
        HttpsClient client("127.0.0.1", fileConfigured.httpsPort());
        // The same database: the admin's token works on this node too.
        const std::map<std::string, std::string> bearer{{"Authorization", "Bearer " + m_admin->token()}};
        HttpReply got = client.get("/api/v1/settings/mail", bearer);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json()->getValue<std::string>("source"), std::string("file"));
        HttpReply refused =
            client.send("PUT", "/api/v1/settings/mail", mailSettings(m_smtp->port()), "application/json", bearer);
        QCOMPARE(refused.status, 409);
        QVERIFY2(refused.body.find("configuration file") != std::string::npos, refused.body.c_str());
    }
};

QTEST_GUILESS_MAIN(TestDeliverySettings)
#include "TestDeliverySettings.moc"
