#include "AdminSession.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"

#include <QtTest>

#include <thread>

using namespace castellan;
using namespace castellan::test;

/// `/admins` over HTTPS: a second administrator added with a one-time password signs in, changes it and enrolls
/// TOTP; reset, disable and remove end their sessions; the server is never left without an enabled administrator
/// and nobody disables, resets or removes themselves.
class TestAdmins : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;

    /// Signs in as `username` with the one-time password through the first-login duties; returns the token.
    std::string firstSignIn(const std::string& username, const std::string& oneTimePassword)
    {
        HttpsClient& http = m_admin->client();
        HttpReply login =
            http.send("POST", "/api/v1/auth/login", json({{"username", username}, {"password", oneTimePassword}}));
        if (login.status != 200) {
            return {};
        }
        const std::string token = login.json()->getValue<std::string>("access_token");
        const std::map<std::string, std::string> bearer{{"Authorization", "Bearer " + token}};
        const std::string next = "Second-Operator-2026!";
        HttpReply changed = http.send(
            "POST", "/api/v1/auth/password",
            json({{"current_password", oneTimePassword}, {"new_password", next}, {"new_password_confirmation", next}}),
            "application/json", bearer);
        if (changed.status != 204) {
            return {};
        }
        HttpReply enrollment = http.send("POST", "/api/v1/auth/totp", "", "application/json", bearer);
        if (enrollment.status != 201) {
            return {};
        }
        const std::string secret = enrollment.json()->getValue<std::string>("secret");
        HttpReply confirmed = http.send("POST", "/api/v1/auth/totp/confirm", json({{"otp", totpNow(secret)}}),
                                        "application/json", bearer);
        return confirmed.status == 204 ? token : std::string();
    }

    HttpReply createAdmin(const std::string& username)
    {
        return m_admin->send("POST", "/api/v1/admins", json({{"username", username}}));
    }

    HttpReply setEnabled(std::int64_t id, bool enabled, const std::string& etag = "*")
    {
        return m_admin->send("PATCH", "/api/v1/admins/" + std::to_string(id),
                             json({{"enabled", enabled ? "true" : "false"}}), {{"If-Match", etag}});
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
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }

    void testNewAdministratorSignsInWithTheOneTimePasswordThenTotp()
    {
        HttpReply created = createAdmin("Second.Admin");
        QCOMPARE(created.status, 201);
        auto admin = created.json();
        QCOMPARE(admin->getValue<std::string>("totp"), std::string("pending"));
        QVERIFY(admin->getValue<bool>("must_change_password"));
        const std::string password = admin->getValue<std::string>("temporary_password");
        QVERIFY(password.size() >= 20);
        const std::string id = std::to_string(admin->getValue<std::int64_t>("id"));
        QVERIFY(!m_admin->get("/api/v1/admins/" + id).json()->has("temporary_password")); // shown once

        const std::string token = firstSignIn("second.admin", password);
        QVERIFY(!token.empty());
        HttpReply listed = m_admin->get("/api/v1/admins?q=second");
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json()->getValue<int>("total"), 1);
        QCOMPARE(listed.json()->getArray("items")->getObject(0)->getValue<std::string>("totp"),
                 std::string("enrolled"));
        HttpReply audit = m_admin->get("/api/v1/audit?event=admin.create&user=Second.Admin");
        QCOMPARE(audit.json()->getValue<int>("total"), 1);
    }

    void testInvalidOrTakenNamesAreRefusedOnTheField()
    {
        for (const char* bad : {R"({"username":""})", R"({"username":"with space"})", R"({})",
                                R"({"username":"ok.name","password":"Chosen-By-Me-2026"})"}) {
            HttpReply refused = m_admin->send("POST", "/api/v1/admins", bad);
            QCOMPARE(refused.status, 422);
            QVERIFY(refused.body.find("\"field\"") != std::string::npos);
        }
        HttpReply taken = createAdmin("ADMIN");
        QCOMPARE(taken.status, 422);
        QVERIFY(taken.body.find("already taken") != std::string::npos);
    }

    void testResetDisableAndRemoveEndTheSessions()
    {
        HttpReply created = createAdmin("third.admin");
        const std::int64_t id = created.json()->getValue<std::int64_t>("id");
        std::string token = firstSignIn("third.admin", created.json()->getValue<std::string>("temporary_password"));
        QVERIFY(!token.empty());
        auto whoami = [&] {
            return m_admin->client().get("/api/v1/admins", {{"Authorization", "Bearer " + token}}).status;
        };
        QCOMPARE(whoami(), 200);

        HttpReply reset = m_admin->send("POST", "/api/v1/admins/" + std::to_string(id) + "/reset", "");
        QCOMPARE(reset.status, 200);
        QCOMPARE(reset.json()->getValue<std::string>("totp"), std::string("pending"));
        QCOMPARE(whoami(), 401);
        token = firstSignIn("third.admin", reset.json()->getValue<std::string>("temporary_password"));
        QVERIFY(!token.empty());

        const std::string etag = m_admin->get("/api/v1/admins/" + std::to_string(id)).headers["ETag"];
        QCOMPARE(setEnabled(id, false, "\"v999\"").status, 412);
        QCOMPARE(setEnabled(id, false, etag).status, 200);
        QCOMPARE(whoami(), 401);
        HttpReply refusedLogin = m_admin->client().send(
            "POST", "/api/v1/auth/login", json({{"username", "third.admin"}, {"password", "Second-Operator-2026!"}}));
        QCOMPARE(refusedLogin.status, 401);

        QCOMPARE(m_admin->send("DELETE", "/api/v1/admins/" + std::to_string(id), "").status, 204);
        QCOMPARE(m_admin->get("/api/v1/admins/" + std::to_string(id)).status, 404);
        QCOMPARE(m_admin->send("DELETE", "/api/v1/admins/" + std::to_string(id), "").status, 204); // idempotent
    }

    void testNobodyRemovesThemselvesNorTheLastAdministrator()
    {
        // The signed-in bootstrap admin is id 1.
        HttpReply self = m_admin->send("DELETE", "/api/v1/admins/1", "");
        QCOMPARE(self.status, 409);
        QVERIFY(self.body.find("yourself") != std::string::npos);
        QCOMPARE(setEnabled(1, false).status, 409);
        QCOMPARE(m_admin->send("POST", "/api/v1/admins/1/reset", "").status, 409);

        // Two administrators disabling each other at the same moment: one of them must stay enabled.
        HttpReply created = createAdmin("fourth.admin");
        const std::int64_t id = created.json()->getValue<std::int64_t>("id");
        const std::string token =
            firstSignIn("fourth.admin", created.json()->getValue<std::string>("temporary_password"));
        QVERIFY(!token.empty());
        HttpReply all = m_admin->get("/api/v1/admins?limit=100");
        auto items = all.json()->getArray("items");
        for (unsigned i = 0; i < items->size(); ++i) {
            const std::int64_t other = items->getObject(i)->getValue<std::int64_t>("id");
            if (other != 1 && other != id) {
                QCOMPARE(setEnabled(other, false).status, 200);
            }
        }
        int fourthDisablesFirst = 0;
        std::thread fourth([&] {
            HttpsClient own("127.0.0.1", m_server->httpsPort());
            fourthDisablesFirst =
                own.send("PATCH", "/api/v1/admins/1", json({{"enabled", "false"}}), "application/json",
                         {{"Authorization", "Bearer " + token}, {"If-Match", "*"}})
                    .status;
        });
        const int firstDisablesFourth = setEnabled(id, false).status;
        fourth.join();
        QVERIFY2(!(firstDisablesFourth == 200 && fourthDisablesFirst == 200),
                 "both administrators were disabled at once");
        // Whoever is left enabled can still sign in and sees an enabled administrator.
        const std::string survivor = firstDisablesFourth == 200 ? m_admin->token() : token;
        HttpReply after = m_admin->client().get("/api/v1/admins?limit=100", {{"Authorization", "Bearer " + survivor}});
        QCOMPARE(after.status, 200);
        int enabled = 0;
        auto rows = after.json()->getArray("items");
        for (unsigned i = 0; i < rows->size(); ++i) {
            enabled += rows->getObject(i)->getValue<bool>("enabled") ? 1 : 0;
        }
        QCOMPARE(enabled, 1);
    }
};

QTEST_GUILESS_MAIN(TestAdmins)
#include "TestAdmins.moc"
