#include "AdminSession.h"
#include "FreshDatabase.h"
#include "PortalBrowser.h"
#include "ServerProcess.h"
#include "store/DatabaseUrl.h"

#include <Poco/Data/Session.h>

#include <QProcess>
#include <QtTest>

using namespace castellan;
using namespace castellan::test;

/// The portal's account pages as a browser without script sees them: "My sign-in methods" (rename, remove after a
/// confirmation, the last method the registration profile needs kept), password quality (libpwquality) in the
/// portal and the REST API, and the sessions page (browser and system, local time, GeoIP location from a MaxMind
/// DB file written by tests/support/mmdb_writer.py).
class TestPortalAccount : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    static constexpr const char* kPassword = "Portal-Account-Pass1";
    static constexpr const char* kFirefox =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0";

    std::string userPath(std::int64_t id) const { return "/api/v1/users/" + std::to_string(id); }

    std::int64_t createUser(const std::string& name)
    {
        HttpReply r =
            m_admin->send("POST", "/api/v1/users",
                          json({{"username", name}, {"password", kPassword}, {"password_confirmation", kPassword}}));
        return r.json()->getValue<std::int64_t>("id");
    }
    /// A user with a TOTP factor (its secret in `secret`); the factor's id.
    std::int64_t addTotp(std::int64_t user, std::string& secret)
    {
        HttpReply factor = m_admin->send("POST", userPath(user) + "/factors", R"({"type":"totp"})");
        secret = factor.json()->getValue<std::string>("secret");
        return factor.json()->getValue<std::int64_t>("id");
    }
    int factorCount(std::int64_t user)
    {
        return m_admin->get(userPath(user) + "/factors").json()->getValue<int>("total");
    }
    void signIn(PortalBrowser& browser, const std::string& username, const std::string& secret, int step = 0)
    {
        browser.get("/portal/login");
        browser.postForm("/portal/login", {{"username", username}, {"password", kPassword}});
        browser.postForm("/portal/verify", {{"otp", totpNow(secret, step)}});
        QCOMPARE(browser.currentPath(), std::string("/portal/home"));
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<FreshDatabase>();
        m_state = std::make_unique<QTemporaryDir>();
        const QString mmdb = m_state->path() + "/geo.mmdb";
        QCOMPARE(QProcess::execute("/usr/bin/python3", {CASTELLAN_SOURCE_DIR "/tests/support/mmdb_writer.py", mmdb}),
                 0);
        m_server = std::make_unique<ServerProcess>(
            m_state->path(),
            QStringList{"--set", QString::fromStdString("db.url=" + m_db->url()), "--set", "geoip.database=" + mmdb});
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrText()));
        m_admin = std::make_unique<AdminSession>(*m_server);
        QCOMPARE(m_admin
                     ->send("POST", "/api/v1/applications",
                            R"({"name":"Portal","type":"registration","allowed_factors":["totp"],)"
                            R"("second_factor_required":true})")
                     .status,
                 201);
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }

    void testMethodsAreRenamedAndRemovedAfterAConfirmation()
    {
        const std::int64_t id = createUser("methods.user");
        std::string secret;
        const std::int64_t totp = addTotp(id, secret);
        HttpReply email =
            m_admin->send("POST", userPath(id) + "/factors", R"({"type":"email","email":"methods.user@example.com"})");
        QCOMPARE(email.status, 201);
        const std::string emailId = std::to_string(email.json()->getValue<std::int64_t>("id"));
        PortalBrowser browser(m_server->httpsPort());
        signIn(browser, "methods.user", secret);
        HttpReply home = browser.get("/portal/home");
        QVERIFY(home.body.find("My sign-in methods") != std::string::npos);
        QVERIFY(home.body.find("Authenticator app") != std::string::npos);
        QVERIFY(home.body.find("methods.user@example.com") != std::string::npos);

        // An empty name is said next to the field, not as an expired form.
        browser.get("/portal/methods/rename?id=" + std::to_string(totp));
        HttpReply empty = browser.postForm("/portal/methods/rename", {{"id", std::to_string(totp)}, {"name", "  "}});
        QCOMPARE(empty.status, 422);
        QVERIFY(empty.body.find("id=\"name-error\">The name cannot be empty.") != std::string::npos);
        QVERIFY(empty.body.find("aria-invalid=\"true\"") != std::string::npos);
        HttpReply renamed =
            browser.postForm("/portal/methods/rename", {{"id", std::to_string(totp)}, {"name", "Work phone"}});
        QCOMPARE(browser.currentPath(), std::string("/portal/home?done=renamed"));
        QVERIFY(renamed.body.find("Work phone") != std::string::npos);

        // Removing asks first: the confirmation page removes nothing.
        HttpReply ask = browser.get("/portal/methods/remove?id=" + emailId);
        QCOMPARE(ask.status, 200);
        QVERIFY(ask.body.find("id=\"confirm-remove\"") != std::string::npos);
        QCOMPARE(factorCount(id), 2);
        HttpReply removed = browser.postForm("/portal/methods/remove", {{"id", emailId}});
        QCOMPARE(browser.currentPath(), std::string("/portal/home?done=removed"));
        QVERIFY(removed.body.find("The sign-in method was removed.") != std::string::npos);
        QCOMPARE(factorCount(id), 1);

        // The last method the registration profile accepts stays, on the confirmation page and on a direct POST.
        HttpReply last = browser.get("/portal/methods/remove?id=" + std::to_string(totp));
        QCOMPARE(last.status, 409);
        QVERIFY(last.body.find("last sign-in method") != std::string::npos);
        HttpReply forced = browser.postForm("/portal/methods/remove", {{"id", std::to_string(totp)}});
        QCOMPARE(forced.status, 409);
        QCOMPARE(factorCount(id), 1);
        // In Turkish too.
        QVERIFY(browser.get("/portal/methods/remove?id=" + std::to_string(totp) + "&lang=tr")
                    .body.find("son oturum açma yönteminiz") != std::string::npos);

        // Another user's method is not found.
        std::string otherSecret;
        const std::int64_t other = addTotp(createUser("methods.other"), otherSecret);
        QCOMPARE(browser.get("/portal/methods/remove?id=" + std::to_string(other)).status, 404);
        QVERIFY(m_admin->get("/api/v1/audit?user=methods.user&q=factor.remove").body.find("removed by the user") !=
                std::string::npos);
    }

    void testSecurityKeyRenameAndRemovalAskFirst()
    {
        const std::int64_t id = createUser("keys.user");
        std::string secret;
        addTotp(id, secret);
        // A key as the portal stores it (registering one needs a browser: tests/browser).
        auto url = DatabaseUrl::parse(m_db->url()).value();
        Poco::Data::Session session(url.connector, url.connectionString);
        using Poco::Data::Keywords::into;
        using Poco::Data::Keywords::now;
        using Poco::Data::Keywords::use;
        Poco::Int64 user = id;
        Poco::Int64 factorId = 0;
        session
            << "INSERT INTO factors (user_id, type, label, verified, algorithm, digits, period, counter, "
               "destination, created_at) VALUES ($1, 'webauthn', 'YubiKey 5', 1 = 1, 'SHA1', 6, 30, 0, '', 1700000000) "
               "RETURNING id",
            use(user), into(factorId), now;
        session << "INSERT INTO webauthn_credentials (factor_id, user_id, credential_id, public_key, algorithm, "
                   "sign_count, format, aaguid, created_at) VALUES ($1, $2, 'cred-keys', 'AAAA', -7, 3, 'packed', "
                   "'ee882879721c491397753dfcce97072a', 1700000000)",
            use(factorId), use(user), now;
        const std::string key = std::to_string(factorId);
        PortalBrowser browser(m_server->httpsPort());
        signIn(browser, "keys.user", secret);
        browser.get("/portal/keys");
        HttpReply empty = browser.postForm("/portal/keys/rename", {{"key", key}, {"name", ""}});
        QVERIFY2(empty.body.find("id=\"name-error-" + key + "\">The name cannot be empty.") != std::string::npos,
                 empty.body.c_str());
        QVERIFY(empty.body.find("form expired") == std::string::npos);
        // The old delete form leads to the confirmation page, removing nothing yet.
        HttpReply asked = browser.postForm("/portal/keys/delete", {{"key", key}});
        QCOMPARE(browser.currentPath(), "/portal/methods/remove?id=" + key);
        QVERIFY(asked.body.find("YubiKey 5") != std::string::npos);
        QCOMPARE(factorCount(id), 2);
        browser.postForm("/portal/methods/remove", {{"id", key}});
        QCOMPARE(factorCount(id), 1);
        QVERIFY(m_admin->get("/api/v1/audit?user=keys.user&q=webauthn.remove").body.find("removed by the user") !=
                std::string::npos);
    }

    void testWeakPasswordsAreRefusedWithTheReason()
    {
        HttpReply created = m_admin->send(
            "POST", "/api/v1/users",
            json({{"username", "weak.user"}, {"password", "aaaaaaaaaaaa"}, {"password_confirmation", "aaaaaaaaaaaa"}}));
        QCOMPARE(created.status, 422);
        QVERIFY2(created.body.find("\"password\"") != std::string::npos, created.body.c_str());
        QVERIFY(created.body.find("is a palindrome") != std::string::npos);
        HttpReply turkish = m_admin->send(
            "POST", "/api/v1/users",
            json({{"username", "weak.user"}, {"password", "abcdefghijkl"}, {"password_confirmation", "abcdefghijkl"}}),
            {{"Accept-Language", "tr"}});
        QCOMPARE(turkish.status, 422);
        QVERIFY2(turkish.body.find("çok basit ya da sistematik") != std::string::npos, turkish.body.c_str());

        // An administrator's own password: quality, and not the current one again.
        HttpReply admin = m_admin->send("POST", "/api/v1/auth/password",
                                        json({{"current_password", AdminSession::kPassword},
                                              {"new_password", "aaaaaaaaaaaa"},
                                              {"new_password_confirmation", "aaaaaaaaaaaa"}}));
        QCOMPARE(admin.status, 422);
        QVERIFY2(admin.body.find("\"field\":\"new_password\"") != std::string::npos, admin.body.c_str());
        QVERIFY(admin.body.find("is a palindrome") != std::string::npos);
        HttpReply again = m_admin->send("POST", "/api/v1/auth/password",
                                        json({{"current_password", AdminSession::kPassword},
                                              {"new_password", AdminSession::kPassword},
                                              {"new_password_confirmation", AdminSession::kPassword}}));
        QCOMPARE(again.status, 422);
        QVERIFY(again.body.find("must differ from the current password") != std::string::npos);

        // The CSV import refuses the row naming the reason.
        HttpReply csv =
            m_admin->client().send("POST", "/api/v1/users/import", "username,password\nweak.csv,aaaaaaaaaaaa\n",
                                   "text/csv; charset=utf-8", {{"Authorization", "Bearer " + m_admin->token()}});
        QVERIFY2(csv.body.find("is a palindrome") != std::string::npos, csv.body.c_str());
        QCOMPARE(m_admin->get("/api/v1/users?q=weak.csv").json()->getValue<int>("total"), 0);

        const std::int64_t id = createUser("quality.user");
        HttpReply set = m_admin->send("POST", userPath(id) + "/password",
                                      json({{"password", "123456789012"}, {"password_confirmation", "123456789012"}}));
        QCOMPARE(set.status, 422);
        QVERIFY(set.body.find("is too simple or systematic") != std::string::npos);

        std::string secret;
        addTotp(id, secret);
        PortalBrowser browser(m_server->httpsPort());
        signIn(browser, "quality.user", secret);
        browser.get("/portal/password");
        HttpReply weak =
            browser.postForm("/portal/password",
                             {{"current", kPassword}, {"password", "aaaaaaaaaaaa"}, {"confirmation", "aaaaaaaaaaaa"}});
        QCOMPARE(weak.status, 422);
        QVERIFY(weak.body.find("reads the same backwards") != std::string::npos);
        HttpReply same = browser.postForm(
            "/portal/password", {{"current", kPassword}, {"password", kPassword}, {"confirmation", kPassword}});
        QCOMPARE(same.status, 422);
        QVERIFY(same.body.find("must differ from the current one") != std::string::npos);
        browser.get("/portal/password?lang=tr");
        HttpReply weakTr =
            browser.postForm("/portal/password",
                             {{"current", kPassword}, {"password", "abcdefghijkl"}, {"confirmation", "abcdefghijkl"}});
        QVERIFY(weakTr.body.find("çok basit ya da sistematik") != std::string::npos);
    }

    void testSessionsShowBrowserSystemLocalTimeAndLocation()
    {
        const std::int64_t id = createUser("sessions.user");
        std::string secret;
        addTotp(id, secret);
        PortalBrowser browser(m_server->httpsPort());
        browser.setHeader("User-Agent", kFirefox);
        signIn(browser, "sessions.user", secret);
        HttpReply page = browser.get("/portal/sessions");
        QVERIFY(page.body.find("Firefox 120 on Windows") != std::string::npos);
        QVERIFY(page.body.find("<th scope=\"col\">Location</th>") != std::string::npos);
        QVERIFY(page.body.find("Testville, Testland") != std::string::npos);
        QVERIFY(page.body.find("<time class=\"local-time\" datetime=\"20") != std::string::npos);
        QVERIFY(page.body.find(" UTC</time>") != std::string::npos);
        HttpReply turkish = browser.get("/portal/sessions?lang=tr");
        QVERIFY(turkish.body.find("Windows üzerinde Firefox 120") != std::string::npos);
        QVERIFY(turkish.body.find("Testkent, Testülke") != std::string::npos);
    }

    void testUnreadableGeoIpDatabaseStopsTheServer()
    {
        QTemporaryDir state;
        FreshDatabase db;
        ServerProcess server(state.path(), QStringList{"--set", QString::fromStdString("db.url=" + db.url()), "--set",
                                                       "geoip.database=/nonexistent/GeoLite2-City.mmdb"});
        QVERIFY(!server.start(20000));
        QVERIFY2(server.stderrText().contains("geoip.database"), qPrintable(server.stderrText()));
    }
};

QTEST_GUILESS_MAIN(TestPortalAccount)
#include "TestPortalAccount.moc"
