#include "AdminSession.h"
#include "DeviceClient.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"

#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace castellan;
using namespace castellan::test;
using client::DeviceClient;

/// Logins that wait for the Castellan app, against the real server on SQLite and PostgreSQL, with the reference
/// device client as the phone: push approval with number matching through `POST /auth/validate`, denial, the
/// "this wasn't me" report that blocks the account, a code typed instead of answering the push, and QR login.
class TestPushLogin : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    std::string m_agent;
    static constexpr const char* kPassword = "Push-Login-Pass1";

    static client::TlsTrust trust() { return {.acceptAnyCertificate = true}; }

    HttpReply validate(const std::string& body)
    {
        return m_admin->client().send("POST", "/api/v1/auth/validate", body, "application/json",
                                      {{"Authorization", "Bearer " + m_agent}});
    }

    /// A user with a password and a verified Castellan app.
    DeviceClient userWithApp(const std::string& username)
    {
        HttpReply r = m_admin->send(
            "POST", "/api/v1/users",
            json({{"username", username}, {"password", kPassword}, {"password_confirmation", kPassword}}));
        if (r.status != 201) {
            throw std::runtime_error("user create: " + r.body);
        }
        const std::string id = std::to_string(r.json()->getValue<std::int64_t>("id"));
        HttpReply e = m_admin->send("POST", "/api/v1/users/" + id + "/enrollments", "{}");
        auto app = DeviceClient::enroll(e.json()->getValue<std::string>("otpauth_uri"), {"ios", "phone"}, trust());
        if (!app || !app->verify()) {
            throw std::runtime_error("app enrollment failed");
        }
        return std::move(app).value();
    }

    /// Password accepted: the push challenge, with its transaction id and number.
    Poco::JSON::Object::Ptr pushChallenge(const std::string& username)
    {
        HttpReply r = validate(json({{"username", username}, {"password", kPassword}}));
        auto answer = r.json();
        if (r.status != 200 || answer->getValue<std::string>("result") != "challenge") {
            throw std::runtime_error("expected a challenge: " + r.body);
        }
        return answer;
    }

    std::string poll(const std::string& username, const std::string& transaction)
    {
        HttpReply r = validate(json({{"username", username}, {"transaction_id", transaction}}));
        return r.json()->getValue<std::string>("result");
    }

    /// The single push the phone has pending.
    client::Challenge pendingPush(DeviceClient& app)
    {
        auto pending = app.challenges();
        if (!pending || pending->size() != 1) {
            throw std::runtime_error("expected one pending push");
        }
        return pending->front();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<FreshDatabase>();
        m_state = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<ServerProcess>(
            m_state->path(), QStringList{"--set", QString::fromStdString("db.url=" + m_db->url())});
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrText()));
        m_admin = std::make_unique<AdminSession>(*m_server);
        m_agent = m_admin->createClientToken("agent", "VPN");
        HttpReply app = m_admin->send("POST", "/api/v1/applications",
                                      R"({"name":"VPN","type":"api","allowed_factors":["totp","push"]})");
        QCOMPARE(app.status, 201);
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        if (m_server) {
            QCOMPARE(m_server->stop(), 0);
        }
        m_server.reset();
        m_db.reset();
    }

    void testApprovalWithTheShownNumberCompletesTheLoginOnce()
    {
        DeviceClient app = userWithApp("push.approver");
        auto challenge = pushChallenge("push.approver");
        const std::string tx = challenge->getValue<std::string>("transaction_id");
        const std::string number = challenge->getValue<std::string>("number_match");
        QCOMPARE(number.size(), size_t(2));
        QVERIFY(challenge->getValue<std::string>("message").find(number) != std::string::npos);
        QCOMPARE(poll("push.approver", tx), std::string("challenge")); // the phone has not answered yet

        const client::Challenge push = pendingPush(app);
        QVERIFY(push.numberMatch);
        QVERIFY(push.context.find("\"application\":\"VPN\"") != std::string::npos);
        QCOMPARE(app.answer(push, "approve", number).value(), std::string("approved"));

        HttpReply accepted = validate(json({{"username", "push.approver"}, {"transaction_id", tx}}));
        QCOMPARE(accepted.json()->getValue<std::string>("result"), std::string("accept"));
        QCOMPARE(accepted.json()->getValue<std::string>("username"), std::string("push.approver"));
        QCOMPARE(poll("push.approver", tx), std::string("reject")); // an approval signs in one login only
    }

    void testWaitingPollReturnsOnceThePhoneApproves()
    {
        DeviceClient app = userWithApp("push.waiter");
        auto challenge = pushChallenge("push.waiter");
        const std::string number = challenge->getValue<std::string>("number_match");
        std::string answered;
        // The phone answers a second after the login began to wait; without `wait` the poll would still see
        // the challenge.
        std::thread phone([&] {
            std::this_thread::sleep_for(std::chrono::seconds(1));
            auto status = app.answer(pendingPush(app), "approve", number);
            answered = status ? *status : status.error().message;
        });
        HttpReply r = validate(json({{"username", "push.waiter"},
                                     {"wait", "=20"},
                                     {"transaction_id", challenge->getValue<std::string>("transaction_id")}}));
        phone.join();
        QCOMPARE(answered, std::string("approved"));
        QCOMPARE(r.json()->getValue<std::string>("result"), std::string("accept"));
        HttpReply tooLong = validate(json({{"username", "push.waiter"}, {"wait", "=26"}, {"transaction_id", "ctx_x"}}));
        QCOMPARE(tooLong.status, 422);
        QVERIFY(tooLong.body.find("\"wait\"") != std::string::npos);
    }

    void testWrongNumberOrDenialRejectsTheLogin()
    {
        DeviceClient app = userWithApp("push.denier");
        auto first = pushChallenge("push.denier");
        const std::string number = first->getValue<std::string>("number_match");
        const std::string wrong = number == "42" ? "43" : "42";
        QCOMPARE(app.answer(pendingPush(app), "approve", wrong).value(), std::string("denied"));
        QCOMPARE(poll("push.denier", first->getValue<std::string>("transaction_id")), std::string("reject"));

        auto second = pushChallenge("push.denier");
        QCOMPARE(app.answer(pendingPush(app), "deny").value(), std::string("denied"));
        QCOMPARE(poll("push.denier", second->getValue<std::string>("transaction_id")), std::string("reject"));
        // A denial is the user's choice, not a guess: the account is not blocked.
        QCOMPARE(pushChallenge("push.denier")->getValue<std::string>("result"), std::string("challenge"));
    }

    void testReportingThePushBlocksTheAccount()
    {
        DeviceClient app = userWithApp("push.victim");
        auto challenge = pushChallenge("push.victim");
        QCOMPARE(app.answer(pendingPush(app), "report").value(), std::string("reported"));
        QCOMPARE(poll("push.victim", challenge->getValue<std::string>("transaction_id")), std::string("reject"));

        HttpReply blocks = m_admin->get("/api/v1/blocks?q=push.victim");
        QCOMPARE(blocks.json()->getValue<int>("total"), 1);
        auto block = blocks.json()->getArray("items")->getObject(0);
        QVERIFY(block->getValue<std::string>("reason").find("not their own") != std::string::npos);
        QVERIFY(block->isNull("remaining_seconds")); // until an administrator removes it
        // The right password no longer even starts a push.
        HttpReply again = validate(json({{"username", "push.victim"}, {"password", kPassword}}));
        QCOMPARE(again.json()->getValue<std::string>("result"), std::string("reject"));
        QVERIFY(app.challenges()->empty());
        QVERIFY(m_admin->get("/api/v1/audit?event=account.block&user=push.victim").json()->getValue<int>("total") == 1);
    }

    void testCodeFromTheAppCompletesALoginWaitingForPush()
    {
        DeviceClient app = userWithApp("push.typist");
        auto challenge = pushChallenge("push.typist");
        HttpReply r = validate(json({{"username", "push.typist"},
                                     {"transaction_id", challenge->getValue<std::string>("transaction_id")},
                                     {"otp", app.currentCode(1)}})); // the current step confirmed the app
        QCOMPARE(r.json()->getValue<std::string>("result"), std::string("accept"));
    }

    void testQrLoginSignsInTheUserWhosePhoneApproves()
    {
        DeviceClient app = userWithApp("qr.person");
        HttpReply started = m_admin->client().send("POST", "/api/v1/auth/qr-login", "{}", "application/json",
                                                   {{"Authorization", "Bearer " + m_agent}});
        QCOMPARE(started.status, 201);
        const std::string tx = started.json()->getValue<std::string>("transaction_id");
        const std::string uri = started.json()->getValue<std::string>("qr_uri");
        QVERIFY(uri.rfind("castellan://qr-login?challenge=", 0) == 0);
        QVERIFY(started.json()->getValue<std::string>("qr_svg").find("<svg") != std::string::npos);
        QVERIFY(uri.find(tx) == std::string::npos); // whoever sees the code cannot poll the login

        HttpReply waiting = validate(json({{"transaction_id", tx}}));
        QCOMPARE(waiting.status, 200);
        QCOMPARE(waiting.json()->getValue<std::string>("result"), std::string("challenge"));

        QCOMPARE(app.answerQrLogin(uri, "approve").value(), std::string("approved"));
        QVERIFY(!app.answerQrLogin(uri, "approve")); // answered once
        HttpReply accepted = validate(json({{"transaction_id", tx}}));
        QCOMPARE(accepted.json()->getValue<std::string>("result"), std::string("accept"));
        QCOMPARE(accepted.json()->getValue<std::string>("username"), std::string("qr.person"));
        QCOMPARE(validate(json({{"transaction_id", tx}})).json()->getValue<std::string>("result"),
                 std::string("reject"));
    }

    void testDeniedOrUnknownQrLoginIsRejected()
    {
        DeviceClient app = userWithApp("qr.denier");
        HttpReply started = m_admin->client().send("POST", "/api/v1/auth/qr-login", "{}", "application/json",
                                                   {{"Authorization", "Bearer " + m_agent}});
        const std::string tx = started.json()->getValue<std::string>("transaction_id");
        QCOMPARE(app.answerQrLogin(started.json()->getValue<std::string>("qr_uri"), "deny").value(),
                 std::string("denied"));
        QCOMPARE(validate(json({{"transaction_id", tx}})).json()->getValue<std::string>("result"),
                 std::string("reject"));
        QCOMPARE(validate(json({{"transaction_id", "qrl_unknown"}})).json()->getValue<std::string>("result"),
                 std::string("reject"));
        QVERIFY(!app.answerQrLogin("castellan://qr-login?challenge=pch_nothing&server=x", "approve"));
    }

    void testQrLoginNeedsAnApplicationThatAllowsPush()
    {
        QCOMPARE(m_admin
                     ->send("POST", "/api/v1/applications",
                            R"({"name":"Codes only","type":"api","allowed_factors":["totp"]})")
                     .status,
                 201);
        HttpReply refused = m_admin->client().send("POST", "/api/v1/auth/qr-login", R"({"application":"Codes only"})",
                                                   "application/json", {{"Authorization", "Bearer " + m_agent}});
        QCOMPARE(refused.status, 422);
        QVERIFY(refused.body.find("\"application\"") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestPushLogin)
#include "TestPushLogin.moc"
