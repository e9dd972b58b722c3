#include "AdminSession.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"

#include <QtTest>

using namespace castellan;
using namespace castellan::test;

/// Admin login over HTTPS against the real server, on SQLite and PostgreSQL.
class TestAdminAuthentication : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;

    HttpReply login(const std::string& password, const std::string& otp)
    {
        HttpsClient client("127.0.0.1", m_server->httpsPort());
        return client.send("POST", "/api/v1/auth/login",
                           json({{"username", "admin"}, {"password", password}, {"otp", otp}}));
    }

private slots:
    void init()
    {
        m_db = std::make_unique<FreshDatabase>();
        m_state = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<ServerProcess>(
            m_state->path(), QStringList{"--set", QString::fromStdString("db.url=" + m_db->url())});
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrText()));
    }
    void cleanup()
    {
        m_server.reset();
        m_state.reset();
        m_db.reset();
    }

    void testFirstLoginTokenIsRestrictedUntilPasswordAndTotp()
    {
        static const QRegularExpression kPassword("one-time password:\\s+(\\S+)");
        const std::string first = kPassword.match(m_server->stdoutText()).captured(1).toStdString();
        HttpsClient client("127.0.0.1", m_server->httpsPort());
        HttpReply reply = client.send("POST", "/api/v1/auth/login", json({{"username", "admin"}, {"password", first}}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()->getValue<bool>("password_change_required"), true);
        QCOMPARE(reply.json()->getValue<bool>("totp_enrollment_required"), true);
        const std::string token = reply.json()->getValue<std::string>("access_token");
        const std::map<std::string, std::string> auth{{"Authorization", "Bearer " + token}};

        HttpReply users = client.get("/api/v1/users", auth);
        QCOMPARE(users.status, 403);
        QVERIFY(users.body.find("Change your password first") != std::string::npos);

        HttpReply weak = client.send("POST", "/api/v1/auth/password",
                                     json({{"current_password", "wrong"},
                                           {"new_password", "admin-admin"},
                                           {"new_password_confirmation", "other"}}),
                                     "application/json", auth);
        QCOMPARE(weak.status, 422);
        for (const char* field : {"current_password", "new_password", "new_password_confirmation"}) {
            QVERIFY2(weak.body.find(std::string("\"field\":\"") + field + "\"") != std::string::npos,
                     weak.body.c_str());
        }
        QCOMPARE(client
                     .send("POST", "/api/v1/auth/password",
                           json({{"current_password", first},
                                 {"new_password", "A much better password"},
                                 {"new_password_confirmation", "A much better password"}}),
                           "application/json", auth)
                     .status,
                 204);
        HttpReply stillRestricted = client.get("/api/v1/users", auth);
        QCOMPARE(stillRestricted.status, 403);
        QVERIFY(stillRestricted.body.find("Enroll TOTP first") != std::string::npos);

        HttpReply enrollment = client.send("POST", "/api/v1/auth/totp", "", "application/json", auth);
        QCOMPARE(enrollment.status, 201);
        const std::string secret = enrollment.json()->getValue<std::string>("secret");
        QVERIFY(enrollment.json()->getValue<std::string>("otpauth_uri").rfind("otpauth://totp/", 0) == 0);
        QVERIFY(enrollment.json()->getValue<std::string>("qr_svg").rfind("<svg", 0) == 0);
        HttpReply wrongCode =
            client.send("POST", "/api/v1/auth/totp/confirm", json({{"otp", "000000"}}), "application/json", auth);
        QCOMPARE(wrongCode.status, 422);
        QCOMPARE(
            client.send("POST", "/api/v1/auth/totp/confirm", json({{"otp", totpNow(secret)}}), "application/json", auth)
                .status,
            204);
        QCOMPARE(client.get("/api/v1/users", auth).status, 200);
    }

    void testLoginNeedsCurrentCodeAndRefusesReplay()
    {
        AdminSession admin(*m_server);
        HttpReply noCode = login(AdminSession::kPassword, "");
        QCOMPARE(noCode.status, 401);
        QCOMPARE(noCode.json()->getValue<std::string>("detail"),
                 std::string("Invalid username, password or one-time code"));
        HttpReply wrongPassword = login("not the password", totpNow(admin.totpSecret(), 1));
        QCOMPARE(wrongPassword.status, 401);
        QCOMPARE(wrongPassword.body, noCode.body); // the same answer whatever failed

        // The enrollment consumed the current step; the next step's code is valid (window +1) exactly once.
        const std::string next = totpNow(admin.totpSecret(), 1);
        HttpReply ok = login(AdminSession::kPassword, next);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json()->getValue<bool>("totp_enrollment_required"), false);
        QCOMPARE(login(AdminSession::kPassword, next).status, 401);

        HttpReply audit = admin.get("/api/v1/audit?event=admin.login&limit=10");
        QVERIFY(audit.body.find("one-time code replayed") != std::string::npos);
        QVERIFY(audit.body.find("one-time code missing") != std::string::npos);
        QVERIFY(audit.body.find("wrong password") != std::string::npos);
    }

    void testRefreshRotatesAndReuseRevokesTheSession()
    {
        AdminSession admin(*m_server);
        HttpReply session = login(AdminSession::kPassword, totpNow(admin.totpSecret(), 1));
        QCOMPARE(session.status, 200);
        const std::string refresh1 = session.json()->getValue<std::string>("refresh_token");
        HttpsClient& client = admin.client();

        HttpReply rotated = client.send("POST", "/api/v1/auth/refresh", json({{"refresh_token", refresh1}}));
        QCOMPARE(rotated.status, 200);
        const std::string access2 = rotated.json()->getValue<std::string>("access_token");
        const std::string refresh2 = rotated.json()->getValue<std::string>("refresh_token");
        QVERIFY(refresh2 != refresh1);
        QCOMPARE(client.get("/api/v1/users", {{"Authorization", "Bearer " + access2}}).status, 200);

        // Presenting the used refresh token again means a copy exists: the whole session ends.
        QCOMPARE(client.send("POST", "/api/v1/auth/refresh", json({{"refresh_token", refresh1}})).status, 401);
        QCOMPARE(client.get("/api/v1/users", {{"Authorization", "Bearer " + access2}}).status, 401);
        QCOMPARE(client.send("POST", "/api/v1/auth/refresh", json({{"refresh_token", refresh2}})).status, 401);
        // Other sessions of the same admin are untouched.
        QCOMPARE(admin.get("/api/v1/users").status, 200);
    }

    void testLogoutRevokesTheToken()
    {
        AdminSession admin(*m_server);
        QCOMPARE(admin.send("POST", "/api/v1/auth/logout", "").status, 204);
        HttpReply after = admin.get("/api/v1/users");
        QCOMPARE(after.status, 401);
        QVERIFY(after.headers["WWW-Authenticate"].find("invalid_token") != std::string::npos);
    }

    void testRepeatedFailuresBlockTheAdmin()
    {
        AdminSession admin(*m_server);
        for (int i = 0; i < 5; ++i) { // default limit: 5 failures in 300 s
            QCOMPARE(login("wrong password " + std::to_string(i), "123456").status, 401);
        }
        QCOMPARE(login(AdminSession::kPassword, totpNow(admin.totpSecret(), 1)).status, 401);
        HttpReply blocks = admin.get("/api/v1/blocks");
        QVERIFY2(blocks.body.find("admin:admin") != std::string::npos, blocks.body.c_str());
    }
};

QTEST_GUILESS_MAIN(TestAdminAuthentication)
#include "TestAdminAuthentication.moc"
