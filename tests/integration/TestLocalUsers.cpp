#include "AdminSession.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"

#include <QtTest>

using namespace castellan;
using namespace castellan::test;

/// Local users, lockout and validate over HTTPS against the real server, on SQLite and PostgreSQL.
class TestLocalUsers : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    std::string m_agentToken;

    static constexpr const char* kPassword = "Correct-Horse-77";

    HttpReply createUser(const std::string& username, const std::string& extra = {})
    {
        std::string body =
            json({{"username", username}, {"password", kPassword}, {"password_confirmation", kPassword}});
        if (!extra.empty()) {
            body = body.substr(0, body.size() - 1) + "," + extra + "}";
        }
        return m_admin->send("POST", "/api/v1/users", body);
    }
    std::string validate(const std::string& username, const std::string& password)
    {
        HttpReply r = m_admin->client().send("POST", "/api/v1/auth/validate",
                                             json({{"username", username}, {"password", password}}), "application/json",
                                             {{"Authorization", "Bearer " + m_agentToken}});
        if (r.status != 200) {
            return "HTTP " + std::to_string(r.status);
        }
        return r.json()->getValue<std::string>("result");
    }
    static std::vector<std::string> errorFields(const HttpReply& r)
    {
        std::vector<std::string> fields;
        auto errors = r.json()->getArray("errors");
        for (size_t i = 0; errors && i < errors->size(); ++i) {
            fields.push_back(errors->getObject(static_cast<unsigned>(i))->getValue<std::string>("field"));
        }
        return fields;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<FreshDatabase>();
        m_state = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<ServerProcess>(m_state->path(),
                                                   QStringList{"--set", QString::fromStdString("db.url=" + m_db->url()),
                                                               "--set", "auth.password_only_without_profile=true"});
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrText()));
        m_admin = std::make_unique<AdminSession>(*m_server);
        m_agentToken = m_admin->createClientToken("agent", "RDP");
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }

    void testCreateNormalisesAndReturnsEveryField()
    {
        HttpReply r = createUser("Ayse.Yilmaz",
                                 R"("first_name":"Ayşe","last_name":"Yılmaz","email":"ayse@Example.COM",)"
                                 R"("phone":"0555 444 33 22","framed_ip":"10.20.30.40","expires_at":"2030-06-30",)"
                                 R"("sponsor_name":"Mehmet","sponsor_email":"mehmet@example.com","description":"VPN")");
        QCOMPARE(r.status, 201);
        auto u = r.json();
        QCOMPARE(u->getValue<std::string>("username"), std::string("Ayse.Yilmaz"));
        QCOMPARE(u->getValue<std::string>("first_name"), std::string("Ayşe"));
        QCOMPARE(u->getValue<std::string>("phone"), std::string("+905554443322"));
        QCOMPARE(u->getValue<std::string>("expires_at"), std::string("2030-06-30T23:59:59Z"));
        QCOMPARE(u->getValue<std::string>("status"), std::string("active"));
        QVERIFY(!u->has("password"));
        QVERIFY(r.body.find("argon2") == std::string::npos);
    }

    void testEveryInvalidFieldIsReportedAtOnce()
    {
        HttpReply r = m_admin->send(
            "POST", "/api/v1/users",
            R"({"username":"ayşe yılmaz","email":"ayse@","phone":"+0123","password":"short","password_confirmation":"x",)"
            R"("framed_ip":"300.1.1.1","expires_at":"31/12/2030","sponsor_email":"nobody","first_name":")" +
                std::string(101, 'a') + R"("})");
        QCOMPARE(r.status, 422);
        QCOMPARE(r.contentType, std::string("application/problem+json"));
        const std::vector<std::string> fields = errorFields(r);
        for (const char* field : {"username", "email", "phone", "password", "password_confirmation", "framed_ip",
                                  "expires_at", "sponsor_email", "first_name"}) {
            QVERIFY2(std::find(fields.begin(), fields.end(), field) != fields.end(), field);
        }
    }

    void testUsernamesAreUniqueIgnoringCase()
    {
        QCOMPARE(createUser("Duplicate.User").status, 201);
        HttpReply again = createUser("DUPLICATE.user");
        QCOMPARE(again.status, 422);
        QCOMPARE(errorFields(again), std::vector<std::string>{"username"});
        QVERIFY(again.body.find("already taken") != std::string::npos);
    }

    void testPasswordMustNotContainUsername()
    {
        HttpReply r = m_admin->send("POST", "/api/v1/users",
                                    json({{"username", "selim"},
                                          {"password", "my-selim-password"},
                                          {"password_confirmation", "my-selim-password"}}));
        QCOMPARE(r.status, 422);
        QCOMPARE(errorFields(r), std::vector<std::string>{"password"});
    }

    void testUpdateWithETagDisableAndExpiry()
    {
        HttpReply created = createUser("kemal");
        const std::string path = "/api/v1/users/" + std::to_string(created.json()->getValue<int>("id"));
        const std::string etag = created.headers["ETag"];
        QCOMPARE(validate("kemal", kPassword), std::string("accept"));

        HttpReply disabled = m_admin->send("PATCH", path, json({{"enabled", "false"}}), {{"If-Match", etag}});
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.json()->getValue<std::string>("status"), std::string("disabled"));
        QCOMPARE(validate("kemal", kPassword), std::string("reject"));
        QCOMPARE(m_admin->send("PATCH", path, json({{"enabled", "true"}}), {{"If-Match", etag}}).status, 412);

        QCOMPARE(
            m_admin->send("PATCH", path, json({{"enabled", "true"}, {"expires_at", "2020-01-01T00:00:00Z"}})).status,
            200);
        QCOMPARE(m_admin->get(path).json()->getValue<std::string>("status"), std::string("expired"));
        QCOMPARE(validate("kemal", kPassword), std::string("reject"));
        HttpReply extended = m_admin->send("PATCH", path, R"({"expires_at":null})");
        QCOMPARE(extended.status, 200);
        QVERIFY(extended.json()->isNull("expires_at"));
        QCOMPARE(validate("kemal", kPassword), std::string("accept"));

        HttpReply renamed = m_admin->send("PATCH", path, json({{"username", "kemal2"}}));
        QCOMPARE(renamed.status, 422);
        QCOMPARE(m_admin->send("DELETE", path, "").status, 204);
        QCOMPARE(m_admin->send("DELETE", path, "").status, 204);
        QCOMPARE(m_admin->get(path).status, 404);
    }

    void testSetPasswordAndBulkOperations()
    {
        const int a = createUser("bulk.a").json()->getValue<int>("id");
        const int b = createUser("bulk.b").json()->getValue<int>("id");
        HttpReply generated = m_admin->send("POST", "/api/v1/users/" + std::to_string(a) + "/password",
                                            json({{"generate", "true"}, {"must_change_password", "false"}}));
        QCOMPARE(generated.status, 200);
        const std::string temporary = generated.json()->getValue<std::string>("temporary_password");
        QCOMPARE(validate("bulk.a", temporary), std::string("accept"));
        QCOMPARE(validate("bulk.a", kPassword), std::string("reject"));

        const std::string ids = "[" + std::to_string(a) + "," + std::to_string(b) + ",999999]";
        HttpReply reset = m_admin->send("POST", "/api/v1/users/bulk/password-reset", R"({"ids":)" + ids + "}");
        QCOMPARE(reset.status, 200);
        QCOMPARE(reset.json()->getArray("items")->size(), size_t(2));
        QCOMPARE(reset.json()->getArray("not_found")->size(), size_t(1));
        // A temporary password must be changed first: agents are refused until then.
        const std::string newB =
            reset.json()->getArray("items")->getObject(1)->getValue<std::string>("temporary_password");
        QCOMPARE(validate("bulk.b", newB), std::string("reject"));

        HttpReply expiry = m_admin->send("POST", "/api/v1/users/bulk/expiration",
                                         R"({"ids":)" + ids + R"(,"expires_at":"2031-12-31"})");
        QCOMPARE(expiry.status, 200);
        QCOMPARE(expiry.json()->getValue<int>("updated"), 2);
        QCOMPARE(m_admin->get("/api/v1/users/" + std::to_string(b)).json()->getValue<std::string>("expires_at"),
                 std::string("2031-12-31T23:59:59Z"));
    }

    void testBulkExtensionMovesEachUsersOwnExpiry()
    {
        const std::string far =
            std::to_string(createUser("extend.far", R"("expires_at":"2028-03-06")").json()->getValue<int>("id"));
        const std::string soon =
            std::to_string(createUser("extend.soon", R"("expires_at":"2029-01-31")").json()->getValue<int>("id"));
        const std::string never = std::to_string(createUser("extend.never").json()->getValue<int>("id"));
        const std::string past =
            std::to_string(createUser("extend.past", R"("expires_at":"2020-01-01")").json()->getValue<int>("id"));
        const std::string ids = "[" + far + "," + soon + "," + never + "," + past + "]";
        auto expiry = [&](const std::string& id) {
            Poco::JSON::Object::Ptr user = m_admin->get("/api/v1/users/" + id).json();
            return user->isNull("expires_at") ? std::string("never") : user->getValue<std::string>("expires_at");
        };

        HttpReply days =
            m_admin->send("POST", "/api/v1/users/bulk/expiration", R"({"ids":)" + ids + R"(,"extend_days":30})");
        QCOMPARE(days.status, 200);
        QCOMPARE(days.json()->getValue<int>("updated"), 3);
        QCOMPARE(days.json()->getValue<int>("never_expiring"), 1);
        QCOMPARE(expiry(far), std::string("2028-04-05T23:59:59Z"));
        QCOMPARE(expiry(soon), std::string("2029-03-02T23:59:59Z"));
        QCOMPARE(expiry(never), std::string("never"));
        // An expired user gets the whole extension from the end of today.
        const QString today30 = QDateTime::currentDateTimeUtc().date().addDays(30).toString(Qt::ISODate);
        QCOMPARE(QString::fromStdString(expiry(past)), today30 + QStringLiteral("T23:59:59Z"));

        // A year is a calendar year: 2 March 2029 becomes 2 March 2030, 5 April 2028 becomes 5 April 2029.
        HttpReply year =
            m_admin->send("POST", "/api/v1/users/bulk/expiration", R"({"ids":)" + ids + R"(,"extend_months":12})");
        QCOMPARE(year.status, 200);
        QCOMPARE(expiry(soon), std::string("2030-03-02T23:59:59Z"));
        QCOMPARE(expiry(far), std::string("2029-04-05T23:59:59Z"));

        for (const char* bad : {R"({"ids":[1],"extend_days":0})", R"({"ids":[1],"extend_months":121})",
                                R"({"ids":[1],"extend_days":30,"expires_at":null})", R"({"ids":[1]})"}) {
            HttpReply refused = m_admin->send("POST", "/api/v1/users/bulk/expiration", bad);
            QCOMPARE(refused.status, 422);
        }
    }

    void testListSearchStatusAndSort()
    {
        HttpReply all = m_admin->get("/api/v1/users?sort=-username&limit=500");
        QCOMPARE(all.status, 200);
        auto items = all.json()->getArray("items");
        QVERIFY(items->size() >= 3);
        QVERIFY(QString::fromStdString(items->getObject(0)->getValue<std::string>("username")).toLower() >=
                QString::fromStdString(items->getObject(1)->getValue<std::string>("username")).toLower());
        HttpReply search = m_admin->get("/api/v1/users?q=ayse");
        QCOMPARE(search.json()->getValue<int>("total"), 1);
        QCOMPARE(m_admin->get("/api/v1/users?status=sleeping").status, 422);
        QCOMPARE(m_admin->get("/api/v1/users?sort=password_hash").status, 422);
    }

    void testLockoutBlocksAtLimitAndOnlyAdminsUnblock()
    {
        HttpReply settings = m_admin->get("/api/v1/settings/security");
        QCOMPARE(settings.status, 200);
        HttpReply put = m_admin->send("PUT", "/api/v1/settings/security",
                                      json({{"failed_attempt_limit", "=3"},
                                            {"window_seconds", "=600"},
                                            {"block_seconds", "=3600"},
                                            {"permanent_block", "false"}}),
                                      {{"If-Match", settings.headers["ETag"]}});
        QCOMPARE(put.status, 200);
        QCOMPARE(m_admin
                     ->send("PUT", "/api/v1/settings/security",
                            json({{"failed_attempt_limit", "=0"},
                                  {"window_seconds", "=600"},
                                  {"block_seconds", "=1"},
                                  {"permanent_block", "false"}}))
                     .status,
                 422);

        createUser("locked.out");
        QCOMPARE(validate("locked.out", "wrong-1"), std::string("reject"));
        QCOMPARE(validate("locked.out", "wrong-2"), std::string("reject"));
        QCOMPARE(validate("locked.out", kPassword), std::string("accept")); // success resets the count
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(validate("locked.out", "wrong"), std::string("reject"));
        }
        QCOMPARE(validate("locked.out", kPassword), std::string("reject")); // blocked: the right password fails too

        HttpReply blocks = m_admin->get("/api/v1/blocks");
        QVERIFY2(blocks.body.find("locked.out") != std::string::npos, blocks.body.c_str());
        auto block = blocks.json()->getArray("items")->getObject(0);
        QCOMPARE(block->getValue<std::string>("username"), std::string("locked.out"));
        const int remaining = block->getValue<int>("remaining_seconds");
        QVERIFY(remaining > 3500 && remaining <= 3600);
        QCOMPARE(m_admin->get("/api/v1/users?status=blocked").json()->getValue<int>("total"), 1);

        QCOMPARE(m_admin->send("DELETE", "/api/v1/blocks/locked.out", "").status, 204);
        QCOMPARE(validate("locked.out", kPassword), std::string("accept"));

        HttpReply manual =
            m_admin->send("POST", "/api/v1/blocks", json({{"username", "locked.out"}, {"reason", "lost laptop"}}));
        QCOMPARE(manual.status, 201);
        QVERIFY(manual.json()->isNull("remaining_seconds"));
        QCOMPARE(m_admin->send("POST", "/api/v1/blocks", json({{"username", "locked.out"}})).status, 409);
        QCOMPARE(validate("locked.out", kPassword), std::string("reject"));

        HttpReply audit = m_admin->get("/api/v1/audit?user=locked.out&limit=100");
        for (const char* event : {"account.block", "block.remove", "block.create", "auth.validate"}) {
            QVERIFY2(audit.body.find(event) != std::string::npos, event);
        }
        QVERIFY(audit.body.find("user blocked") != std::string::npos);
    }

    void testOneSourceGuessingManyAccountsIsThrottled()
    {
        HttpReply settings = m_admin->get("/api/v1/settings/security");
        QCOMPARE(m_admin
                     ->send("PUT", "/api/v1/settings/security",
                            json({{"failed_attempt_limit", "=5"},
                                  {"window_seconds", "=600"},
                                  {"block_seconds", "=600"},
                                  {"permanent_block", "false"},
                                  {"source_failure_limit", "=4"},
                                  {"source_window_seconds", "=600"}}),
                            {{"If-Match", settings.headers["ETag"]}})
                     .status,
                 200);
        for (int i = 0; i < 4; ++i) { // one wrong guess each at four accounts: no account reaches its limit
            QCOMPARE(validate("spray." + std::to_string(i), "Spring2026!"), std::string("reject"));
        }
        createUser("spray.victim");
        // The source is now throttled: even a correct password from it is refused, without touching the account.
        QCOMPARE(validate("spray.victim", kPassword), std::string("reject"));
        HttpReply audit = m_admin->get("/api/v1/audit?user=spray.victim&event=auth.validate");
        QVERIFY2(audit.body.find("source address throttled") != std::string::npos, audit.body.c_str());
        QCOMPARE(m_admin->get("/api/v1/blocks").body.find("spray."), std::string::npos);
        // Restore a generous limit for the tests that follow.
        settings = m_admin->get("/api/v1/settings/security");
        QCOMPARE(m_admin
                     ->send("PUT", "/api/v1/settings/security",
                            json({{"failed_attempt_limit", "=5"},
                                  {"window_seconds", "=600"},
                                  {"block_seconds", "=600"},
                                  {"permanent_block", "false"},
                                  {"source_failure_limit", "=1000"}}),
                            {{"If-Match", settings.headers["ETag"]}})
                     .status,
                 200);
    }

    void testUnknownDisabledAndWrongPasswordLookTheSame()
    {
        HttpReply unknown = m_admin->client().send("POST", "/api/v1/auth/validate",
                                                   json({{"username", "no.such.user"}, {"password", "whatever-it-is"}}),
                                                   "application/json", {{"Authorization", "Bearer " + m_agentToken}});
        HttpReply wrong = m_admin->client().send("POST", "/api/v1/auth/validate",
                                                 json({{"username", "Ayse.Yilmaz"}, {"password", "whatever-it-is"}}),
                                                 "application/json", {{"Authorization", "Bearer " + m_agentToken}});
        QCOMPARE(unknown.body, wrong.body);
    }
};

QTEST_GUILESS_MAIN(TestLocalUsers)
#include "TestLocalUsers.moc"
