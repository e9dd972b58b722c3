#include "AdminSession.h"
#include "FreshDatabase.h"
#include "LoopbackSmtpServer.h"
#include "ServerProcess.h"
#include "license/LicenseKey.h"
#include "store/DatabaseUrl.h"

#include <Poco/Data/Session.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace castellan;
using namespace castellan::test;

/// The license through the real server on SQLite and PostgreSQL, with the test build's trusted test key: the Demo
/// License at first start, keys refused and installed, the monthly user limit at `/auth/validate` (message and
/// log line), usage, analytics and the App Key file, an alarm e-mail sent once across a restart, and the support
/// end stopping authentication and the admin API except the license.
class TestLicense : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<LoopbackSmtpServer> m_smtp;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    std::string m_agent;
    std::pair<std::string, std::string> m_vendor = LicenseKey::generateKeyPair();
    std::string m_appKey;
    static constexpr const char* kPassword = "License-Pass-123";

    QStringList serverArgs()
    {
        const QString keyFile = m_state->filePath("test-vendor.pub");
        // The license gate is under test, not second factors: users sign in with the password alone.
        return {"--set", QString::fromStdString("db.url=" + m_db->url()),
                "--set", "license.test_public_key=" + keyFile,
                "--set", "smtp.host=127.0.0.1",
                "--set", "smtp.port=" + QString::number(m_smtp->port()),
                "--set", "smtp.starttls=false",
                "--set", "smtp.from=Castellan <mfa@example.com>",
                "--set", "auth.password_only_without_profile=true"};
    }

    /// Admin calls that survive a restart (the session's token, the current port).
    HttpReply admin(const std::string& method, const std::string& path, const std::string& body = {})
    {
        HttpsClient client("127.0.0.1", m_server->httpsPort());
        const std::map<std::string, std::string> auth{{"Authorization", "Bearer " + m_admin->token()}};
        return method == "GET" ? client.get(path, auth) : client.send(method, path, body, "application/json", auth);
    }

    HttpReply validate(const std::string& username)
    {
        HttpsClient client("127.0.0.1", m_server->httpsPort());
        return client.send("POST", "/api/v1/auth/validate", json({{"username", username}, {"password", kPassword}}),
                           "application/json", {{"Authorization", "Bearer " + m_agent}});
    }

    void createUser(const std::string& username)
    {
        QCOMPARE(admin("POST", "/api/v1/users",
                       json({{"username", username}, {"password", kPassword}, {"password_confirmation", kPassword}}))
                     .status,
                 201);
    }

    std::string key(int users, const std::string& supportEnd)
    {
        LicenseTerms t;
        t.licenseId = "LIC-TEST";
        t.company = "Test Company";
        t.userLimit = users;
        t.type = "subscription";
        t.supportEndDate = supportEnd;
        t.pushSubscription = true;
        t.appKey = m_appKey;
        return LicenseKey::sign(t, m_vendor.first).value();
    }

    static std::string day(int offsetDays)
    {
        return QDate::currentDate().addDays(offsetDays).toString(Qt::ISODate).toStdString();
    }

    int mailsWithSubject(const std::string& text)
    {
        int n = 0;
        for (const ReceivedMail& m : m_smtp->messages()) {
            n += m.subject.find(text) != std::string::npos ? 1 : 0;
        }
        return n;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<FreshDatabase>();
        m_state = std::make_unique<QTemporaryDir>();
        QFile pub(m_state->filePath("test-vendor.pub"));
        QVERIFY(pub.open(QIODevice::WriteOnly));
        pub.write(QByteArray::fromStdString(m_vendor.second));
        pub.close();
        LoopbackSmtpServer::Options plain;
        plain.offerStartTls = false;
        plain.requireTls = false;
        plain.offerAuth = false;
        m_smtp = std::make_unique<LoopbackSmtpServer>(plain);
        m_server = std::make_unique<ServerProcess>(m_state->path(), serverArgs());
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrText()));
        m_admin = std::make_unique<AdminSession>(*m_server);
        m_agent = m_admin->createClientToken("agent", "VPN");
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        if (m_server) {
            QCOMPARE(m_server->stop(), 0);
        }
        m_server.reset();
    }

    void testFirstStartRunsTheDemoLicense()
    {
        HttpReply r = admin("GET", "/api/v1/license");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()->getValue<std::string>("license_type"), std::string("demo"));
        QCOMPARE(r.json()->getValue<int>("user_limit"), 25);
        QCOMPARE(r.json()->getValue<std::string>("support_end_date"), day(30));
        m_appKey = r.json()->getValue<std::string>("app_key");
        QVERIFY(m_appKey.rfind("CAST-", 0) == 0);
    }

    void testBadKeysAreRefusedWithTheReason()
    {
        HttpReply damaged = admin("PUT", "/api/v1/license", R"({"license_key":"CASTELLAN-LICENSE-1.xyz"})");
        QCOMPARE(damaged.status, 422);
        QVERIFY(damaged.body.find("\"license_key\"") != std::string::npos);
        const std::string saved = m_appKey;
        m_appKey = "CAST-OTHR-OTHR-OTHR-OTHR";
        HttpReply foreign = admin("PUT", "/api/v1/license", json({{"license_key", key(5, day(365))}}));
        m_appKey = saved;
        QCOMPARE(foreign.status, 422);
        QVERIFY(foreign.body.find("bound to another installation") != std::string::npos);
        HttpReply expired = admin("PUT", "/api/v1/license", json({{"license_key", key(5, day(-1))}}));
        QVERIFY(expired.body.find("support period that ended on " + day(-1)) != std::string::npos);
    }

    void testUserLimitIsEnforcedAtValidate()
    {
        HttpReply installed = admin("PUT", "/api/v1/license", json({{"license_key", key(2, day(365))}}));
        QCOMPARE(installed.status, 200);
        QCOMPARE(installed.json()->getValue<int>("user_limit"), 2);
        QCOMPARE(installed.json()->getValue<std::string>("company"), std::string("Test Company"));
        for (const char* u : {"lic.one", "lic.two", "lic.three"}) {
            createUser(u);
        }
        QCOMPARE(validate("lic.one").json()->getValue<std::string>("result"), std::string("accept"));
        QCOMPARE(validate("LIC.TWO").json()->getValue<std::string>("result"), std::string("accept"));
        HttpReply refused = validate("lic.three");
        QCOMPARE(refused.json()->getValue<std::string>("result"), std::string("reject"));
        QCOMPARE(refused.json()->getValue<std::string>("message"),
                 std::string("User limit exceeded, please contact your system administrator"));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->stderrText().contains("License user limit exceeded"), 10000);
        QCOMPARE(validate("lic.one").json()->getValue<std::string>("result"), std::string("accept"));
        QCOMPARE(admin("GET", "/api/v1/license").json()->getValue<int>("active_users"), 2);

        HttpReply usage = admin("GET", "/api/v1/license/usage");
        QCOMPARE(usage.json()->getValue<int>("total"), 2);
        QCOMPARE(usage.json()->getArray("items")->getObject(1)->getValue<std::string>("username"),
                 std::string("lic.two"));
        QCOMPARE(admin("GET", "/api/v1/license/usage?month=2026-13").status, 422);
        HttpReply analytics = admin("GET", "/api/v1/license/analytics");
        QCOMPARE(analytics.json()->getArray("items")->getObject(0)->getValue<int>("unique_users"), 2);
        HttpReply file = admin("GET", "/api/v1/license/app-key-file?format=csv");
        QCOMPARE(file.status, 200);
        QVERIFY(file.body.find(m_appKey) != std::string::npos);
        QVERIFY(file.body.find("lic.one") != std::string::npos);
        QVERIFY(file.body.find("lic.three") == std::string::npos);
        QVERIFY(admin("GET", "/api/v1/license/app-key-file").body.find("\"users\"") != std::string::npos);
    }

    void testAlarmIsMailedOncePerCrossingAcrossARestart()
    {
        HttpReply bad = admin("PUT", "/api/v1/license/alarms", R"({"recipients":["not an address"]})");
        QCOMPARE(bad.status, 422);
        HttpReply set = admin("PUT", "/api/v1/license/alarms",
                              R"({"recipients":["ops@example.com"],"usage_percents":[50,100],"support_days":[7]})");
        QCOMPARE(set.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(mailsWithSubject("User limit reached 100.0% (2/2)"), 1, 20000);
        QCOMPARE(mailsWithSubject("User limit reached"), 1); // 50% and 100% crossed together: one e-mail
        QCOMPARE(m_server->stop(), 0);
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrText())); // checks again at start
        QCOMPARE(validate("lic.one").json()->getValue<std::string>("result"), std::string("accept"));
        QCOMPARE(admin("GET", "/api/v1/license/alarms").json()->getArray("sent")->size(), size_t(2));
        QCOMPARE(mailsWithSubject("User limit reached"), 1);
    }

    void testSupportEndStopsAuthenticationAndTheAdminApi()
    {
        // Time passing is simulated by a key whose support ended yesterday, stored as if installed long ago.
        QCOMPARE(m_server->stop(), 0);
        {
            auto url = DatabaseUrl::parse(m_db->url()).value();
            Poco::Data::Session session(url.connector, url.connectionString);
            std::string stale = key(2, day(-1));
            session << "UPDATE license SET license_key = $1 WHERE id = 1", Poco::Data::Keywords::use(stale),
                Poco::Data::Keywords::now;
        }
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrText()));
        HttpReply refused = validate("lic.one");
        QCOMPARE(refused.json()->getValue<std::string>("result"), std::string("reject"));
        QCOMPARE(refused.json()->getValue<std::string>("message"),
                 std::string("Authentication is not available, please contact your system administrator"));
        HttpReply users = admin("GET", "/api/v1/users");
        QCOMPARE(users.status, 403);
        QVERIFY(users.body.find("License support period ended") != std::string::npos);
        // Browsers get a page they can show, in both languages; scrapers still read /metrics.
        HttpsClient browser("127.0.0.1", m_server->httpsPort());
        HttpReply portal = browser.get("/portal/login");
        QCOMPARE(portal.status, 403);
        QVERIFY(portal.headers["Content-Type"].find("text/html") != std::string::npos);
        QVERIFY(portal.body.find("license support period") != std::string::npos);
        QVERIFY(portal.body.find("lisans destek süresi") != std::string::npos);
        QCOMPARE(browser.get("/saml/metadata").status, 403);
        QCOMPARE(browser.get("/metrics").status, 200);
        // Load balancers take the node out of rotation; it is still alive.
        HttpReply ready = browser.get("/api/v1/health/ready");
        QCOMPARE(ready.status, 503);
        QCOMPARE(ready.json()->getValue<std::string>("reason"), std::string("license support period ended"));
        QCOMPARE(browser.get("/api/v1/health/live").status, 200);
        HttpReply license = admin("GET", "/api/v1/license");
        QCOMPARE(license.status, 200);
        QVERIFY(license.json()->getValue<bool>("support_ended"));
        // The console's first page still opens, and says why sign-ins are refused.
        HttpReply dashboard = admin("GET", "/api/v1/dashboard");
        QCOMPARE(dashboard.status, 200);
        QVERIFY(dashboard.json()->getObject("license")->getValue<bool>("support_ended"));
        QVERIFY(dashboard.json()->getObject("license")->getValue<int>("support_days_left") < 0);
        QTRY_COMPARE_WITH_TIMEOUT(mailsWithSubject("License support period ended"), 1, 20000);

        HttpReply renewed = admin("PUT", "/api/v1/license", json({{"license_key", key(2, day(400))}}));
        QCOMPARE(renewed.status, 200);
        QCOMPARE(validate("lic.one").json()->getValue<std::string>("result"), std::string("accept"));
        QCOMPARE(admin("GET", "/api/v1/users").status, 200);
        QCOMPARE(browser.get("/api/v1/health/ready").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestLicense)
#include "TestLicense.moc"
