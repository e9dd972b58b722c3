#include "AdminSession.h"
#include "FreshDatabase.h"
#include "LoopbackHttpRecorder.h"
#include "LoopbackSmtpServer.h"
#include "ServerProcess.h"

#include <QtTest>

#include <regex>

using namespace castellan;
using namespace castellan::test;

/// SMS and e-mail codes through POST /auth/validate: the real server sends to an SMTP server and an SMS
/// gateway on loopback that record what they receive; the code read from the message is then submitted.
class TestCodeDelivery : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<LoopbackSmtpServer> m_smtp;
    std::unique_ptr<LoopbackHttpRecorder> m_gateway;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    std::string m_agent;
    static constexpr const char* kPassword = "Delivered-Code-99";

    HttpReply validate(const std::string& body)
    {
        return m_admin->client().send("POST", "/api/v1/auth/validate", body, "application/json",
                                      {{"Authorization", "Bearer " + m_agent}});
    }
    static std::string codeIn(const std::string& text)
    {
        std::smatch match;
        return std::regex_search(text, match, std::regex("\\b(\\d{6})\\b")) ? match[1].str() : std::string();
    }
    void userWithFactor(const std::string& name, const std::string& factorJson)
    {
        HttpReply user = m_admin->send("POST", "/api/v1/users",
                                       json({{"username", name},
                                             {"email", name + "@example.com"},
                                             {"phone", "05554443322"},
                                             {"password", kPassword},
                                             {"password_confirmation", kPassword}}));
        QCOMPARE(user.status, 201);
        QCOMPARE(m_admin
                     ->send("POST", "/api/v1/users/" + std::to_string(user.json()->getValue<int>("id")) + "/factors",
                            factorJson)
                     .status,
                 201);
    }

private slots:
    void initTestCase()
    {
        LoopbackSmtpServer::Options plain;
        plain.offerStartTls = false;
        plain.requireTls = false;
        plain.offerAuth = false;
        m_smtp = std::make_unique<LoopbackSmtpServer>(plain);
        m_gateway = std::make_unique<LoopbackHttpRecorder>();
        m_gateway->setReply(200, R"({"status":"queued"})");
        m_db = std::make_unique<FreshDatabase>();
        m_state = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<ServerProcess>(
            m_state->path(),
            QStringList{"--set", QString::fromStdString("db.url=" + m_db->url()), "--set", "smtp.host=127.0.0.1",
                        "--set", "smtp.port=" + QString::number(m_smtp->port()), "--set", "smtp.starttls=false",
                        "--set", "smtp.from=Castellan <mfa@example.com>", "--set",
                        QString::fromStdString("sms.gateway.url=" + m_gateway->url("/send")), "--set",
                        "sms.gateway.content_type=application/json", "--set",
                        R"(sms.gateway.body={"to":"{phone}","text":"{message}"})"});
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrText()));
        m_admin = std::make_unique<AdminSession>(*m_server);
        m_agent = m_admin->createClientToken("agent", "Portal agent");
        QCOMPARE(m_admin
                     ->send("POST", "/api/v1/applications",
                            R"({"name":"Web","type":"api","allowed_factors":["sms","email","totp"]})")
                     .status,
                 201);
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }

    void testEmailCodeArrivesAndCompletesTheLogin()
    {
        userWithFactor("mail.user", json({{"type", "email"}}));
        HttpReply challenge = validate(json({{"username", "mail.user"}, {"password", kPassword}}));
        QCOMPARE(challenge.json()->getValue<std::string>("result"), std::string("challenge"));
        QVERIFY2(challenge.json()->getValue<std::string>("message").find("@example.com") != std::string::npos,
                 challenge.body.c_str());
        auto mail = m_smtp->waitForMessage(std::chrono::seconds(20));
        QVERIFY(mail.has_value());
        const std::string code = codeIn(mail->body);
        QCOMPARE(code.size(), size_t(6));
        const std::string tx = challenge.json()->getValue<std::string>("transaction_id");
        HttpReply wrong = validate(json({{"username", "mail.user"}, {"transaction_id", tx}, {"otp", "000000"}}));
        QCOMPARE(wrong.json()->getValue<std::string>("result"), std::string("reject"));
        HttpReply accepted = validate(json({{"username", "mail.user"}, {"transaction_id", tx}, {"otp", code}}));
        QCOMPARE(accepted.json()->getValue<std::string>("result"), std::string("accept"));
        // Single use.
        HttpReply again = validate(json({{"username", "mail.user"}, {"transaction_id", tx}, {"otp", code}}));
        QCOMPARE(again.json()->getValue<std::string>("result"), std::string("reject"));
    }

    void testSmsCodeGoesThroughTheGatewayInTurkish()
    {
        userWithFactor("sms.user", json({{"type", "sms"}}));
        HttpReply challenge = validate(json({{"username", "sms.user"}, {"password", kPassword}, {"language", "tr"}}));
        QCOMPARE(challenge.json()->getValue<std::string>("result"), std::string("challenge"));
        auto request = m_gateway->waitForRequest(std::chrono::seconds(20));
        QVERIFY(request.has_value());
        QCOMPARE(request->method, std::string("POST"));
        QVERIFY2(request->body.find("+905554443322") != std::string::npos, request->body.c_str());
        QVERIFY2(request->body.find("doğrulama") != std::string::npos, request->body.c_str());
        const std::string code = codeIn(request->body);
        const std::string tx = challenge.json()->getValue<std::string>("transaction_id");
        HttpReply accepted = validate(json({{"username", "sms.user"}, {"transaction_id", tx}, {"otp", code}}));
        QCOMPARE(accepted.json()->getValue<std::string>("result"), std::string("accept"));
    }

    void testSwitchingFactorWithinTheLoginSendsACode()
    {
        userWithFactor("switch.user", json({{"type", "sms"}}));
        HttpReply user = m_admin->get("/api/v1/users?q=switch.user");
        const int id = user.json()->getArray("items")->getObject(0)->getValue<int>("id");
        QCOMPARE(
            m_admin->send("POST", "/api/v1/users/" + std::to_string(id) + "/factors", json({{"type", "email"}})).status,
            201);
        HttpReply challenge = validate(json({{"username", "switch.user"}, {"password", kPassword}, {"factor", "sms"}}));
        const std::string tx = challenge.json()->getValue<std::string>("transaction_id");
        QVERIFY(m_gateway->waitForRequest(std::chrono::seconds(20)).has_value());
        // Asking for the e-mail factor within the same login: a mail arrives, and its code completes the login.
        HttpReply switched = validate(json({{"username", "switch.user"}, {"transaction_id", tx}, {"factor", "email"}}));
        QCOMPARE(switched.json()->getValue<std::string>("result"), std::string("challenge"));
        auto mail = m_smtp->waitForMessage(std::chrono::seconds(20));
        QVERIFY(mail.has_value());
        HttpReply accepted =
            validate(json({{"username", "switch.user"}, {"transaction_id", tx}, {"otp", codeIn(mail->body)}}));
        QCOMPARE(accepted.json()->getValue<std::string>("result"), std::string("accept"));
    }

    void testGatewayFailureIsReportedAndLeavesNoCode()
    {
        userWithFactor("down.user", json({{"type", "sms"}}));
        m_gateway->setReply(503, "maintenance");
        HttpReply r = validate(json({{"username", "down.user"}, {"password", kPassword}}));
        QCOMPARE(r.json()->getValue<std::string>("result"), std::string("reject"));
        m_gateway->setReply(200, R"({"status":"queued"})");
        HttpReply audit = m_admin->get("/api/v1/audit?user=down.user&event=auth.validate");
        QVERIFY2(audit.body.find("code not sent") != std::string::npos, audit.body.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCodeDelivery)
#include "TestCodeDelivery.moc"
