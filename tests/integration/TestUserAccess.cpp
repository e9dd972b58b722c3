#include "AdminSession.h"
#include "FreshDatabase.h"
#include "PortalBrowser.h"
#include "ServerProcess.h"
#include "otp/Hotp.h"
#include "store/DatabaseUrl.h"

#include <Poco/Data/Session.h>

#include <QtTest>

using namespace castellan;
using namespace castellan::test;

/// The routes of a user's page in the console: HOTP and TOTP resynchronisation, the user's security keys, the user's
/// portal sessions (list, end one), and whether the user was counted for the license this month.
class TestUserAccess : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    std::string m_agent;
    static constexpr const char* kPassword = "User-Access-Pass1";
    // RFC 4226 Appendix D seed ("12345678901234567890").
    static constexpr const char* kSeedHex = "3132333435363738393031323334353637383930";

    static std::string code(int counter)
    {
        const std::string seed = "12345678901234567890";
        return hotp({reinterpret_cast<const std::uint8_t*>(seed.data()), seed.size()},
                    static_cast<std::uint64_t>(counter), 6, OtpAlgorithm::Sha1);
    }
    std::string userPath(std::int64_t id) const { return "/api/v1/users/" + std::to_string(id); }
    std::int64_t createUser(const std::string& name)
    {
        HttpReply r =
            m_admin->send("POST", "/api/v1/users",
                          json({{"username", name}, {"password", kPassword}, {"password_confirmation", kPassword}}));
        return r.json()->getValue<std::int64_t>("id");
    }
    std::string login(const std::string& username, const std::string& otp)
    {
        return m_admin->client()
            .send("POST", "/api/v1/auth/validate",
                  json({{"username", username}, {"password", kPassword}, {"otp", otp}}), "application/json",
                  {{"Authorization", "Bearer " + m_agent}})
            .json()
            ->getValue<std::string>("result");
    }
    std::string resync(std::int64_t user, std::int64_t factor, const std::string& code1, const std::string& code2,
                       int* status)
    {
        HttpReply r = m_admin->send("POST", userPath(user) + "/factors/" + std::to_string(factor) + "/resync",
                                    json({{"code1", code1}, {"code2", code2}}));
        *status = r.status;
        return r.body;
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
        QCOMPARE(m_admin
                     ->send("POST", "/api/v1/applications",
                            "{\"name\":\"VPN\",\"type\":\"api\",\"allowed_factors\":[\"totp\",\"hotp\"]}")
                     .status,
                 201);
        QCOMPARE(m_admin
                     ->send("POST", "/api/v1/applications",
                            "{\"name\":\"Portal\",\"type\":\"registration\",\"allowed_factors\":[],"
                            "\"second_factor_required\":false}")
                     .status,
                 201);
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }

    void testHotpTokenIsResynchronisedWithTwoConsecutiveCodes()
    {
        const std::int64_t id = createUser("resync.user");
        HttpReply factor = m_admin->send("POST", userPath(id) + "/factors",
                                         json({{"type", "hotp"}, {"serial", "RS-0001"}, {"secret_hex", kSeedHex}}));
        QCOMPARE(factor.status, 201);
        const auto fid = factor.json()->getValue<std::int64_t>("id");
        QCOMPARE(code(0), std::string("755224")); // RFC 4226 Appendix D
        int status = 0;
        // Not consecutive: refused naming the field, and the counter stays.
        QVERIFY(resync(id, fid, code(50), code(52), &status).find("code1") != std::string::npos);
        QCOMPARE(status, 422);
        QVERIFY(resync(id, fid, "12345", code(1), &status).find("code1") != std::string::npos);
        QCOMPARE(status, 422);
        // Beyond the resynchronisation window of 100.
        resync(id, fid, code(150), code(151), &status);
        QCOMPARE(status, 422);
        // Far beyond the login look-ahead (10) but within 100: the counter moves past both codes.
        const std::string answer = resync(id, fid, code(60), code(61), &status);
        QCOMPARE(status, 200);
        QVERIFY2(answer.find("\"counter\":62") != std::string::npos, answer.c_str());
        QCOMPARE(login("resync.user", code(61)), std::string("reject")); // used by the resynchronisation
        QCOMPARE(login("resync.user", code(62)), std::string("accept"));
        // The same codes again are behind the counter now.
        resync(id, fid, code(60), code(61), &status);
        QCOMPARE(status, 422);
        const std::string audit = m_admin->get("/api/v1/audit?event=factor.resync&user=resync.user").body;
        QVERIFY(audit.find("counter 62") != std::string::npos);
        QVERIFY(audit.find("codes not found") != std::string::npos);
        // The user's events, searched (case-insensitive, any part of event, reason, actor, channel or address).
        HttpReply found = m_admin->get("/api/v1/audit?user=resync.user&q=COUNTER%2062");
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json()->getValue<int>("total"), 1);
        QCOMPARE(m_admin->get("/api/v1/audit?user=resync.user&q=factor.res").json()->getValue<int>("total"), 4);
        QCOMPARE(m_admin->get("/api/v1/audit?user=resync.other&q=factor.res").json()->getValue<int>("total"), 0);

        // Another user's factor is not found through this user.
        const std::int64_t other = createUser("resync.other");
        resync(other, fid, code(62), code(63), &status);
        QCOMPARE(status, 404);
    }

    void testTotpAppIsResynchronisedToTheDevicesClock()
    {
        const std::int64_t id = createUser("clock.user");
        HttpReply factor = m_admin->send("POST", userPath(id) + "/factors", json({{"type", "totp"}}));
        QCOMPARE(factor.status, 201);
        const auto fid = factor.json()->getValue<std::int64_t>("id");
        const std::string secret = factor.json()->getValue<std::string>("secret");
        // The phone's clock runs five steps (2.5 minutes) ahead: its codes are outside the login window.
        QCOMPARE(login("clock.user", totpNow(secret, 5)), std::string("reject"));
        int status = 0;
        resync(id, fid, totpNow(secret, 5), totpNow(secret, 7), &status); // not consecutive
        QCOMPARE(status, 422);
        resync(id, fid, totpNow(secret, 300), totpNow(secret, 301), &status); // beyond an hour
        QCOMPARE(status, 422);
        // The code shown, then the next one.
        const std::string answer = resync(id, fid, totpNow(secret, 4), totpNow(secret, 5), &status);
        QCOMPARE(status, 200);
        auto stored = m_admin->get(userPath(id) + "/factors").json()->getArray("items")->getObject(0);
        const int offset = stored->getValue<int>("clock_offset");
        QVERIFY2(offset == 150 || offset == 120, answer.c_str()); // 120 if a step began while the request ran
        QCOMPARE(login("clock.user", totpNow(secret, 6)), std::string("accept"));
        // The codes of a resynchronisation are used: they do not resynchronise again.
        resync(id, fid, totpNow(secret, 4), totpNow(secret, 5), &status);
        QCOMPARE(status, 422);
        QVERIFY(m_admin->get("/api/v1/audit?event=factor.resync&user=clock.user").body.find("clock offset") !=
                std::string::npos);
        // Other factor types are refused naming the type.
        HttpReply sms =
            m_admin->send("POST", userPath(id) + "/factors", json({{"type", "sms"}, {"phone", "+905551112233"}}));
        QCOMPARE(sms.status, 201);
        const std::string refused = resync(id, sms.json()->getValue<std::int64_t>("id"), "123456", "234567", &status);
        QCOMPARE(status, 422);
        QVERIFY(refused.find("\"type\"") != std::string::npos);
    }

    void testSecurityKeysAreListedAndRemoved()
    {
        const std::int64_t id = createUser("keys.user");
        HttpReply empty = m_admin->get(userPath(id) + "/security-keys");
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.json()->getValue<int>("total"), 0);
        QCOMPARE(m_admin->get(userPath(987654) + "/security-keys").status, 404);

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
                   "sign_count, format, aaguid, created_at) VALUES ($1, $2, 'cred-1', 'AAAA', -7, 3, 'packed', "
                   "'ee882879721c491397753dfcce97072a', 1700000000)",
            use(factorId), use(user), now;

        HttpReply keys = m_admin->get(userPath(id) + "/security-keys");
        QCOMPARE(keys.status, 200);
        QCOMPARE(keys.json()->getValue<int>("total"), 1);
        auto key = keys.json()->getArray("items")->getObject(0);
        QCOMPARE(key->getValue<std::int64_t>("id"), std::int64_t(factorId));
        QCOMPARE(key->getValue<std::string>("name"), std::string("YubiKey 5"));
        QCOMPARE(key->getValue<std::string>("algorithm"), std::string("ES256"));

        const std::string keyPath = userPath(id) + "/security-keys/" + std::to_string(factorId);
        // Through another user's path nothing is removed.
        const std::int64_t other = createUser("keys.other");
        QCOMPARE(m_admin->send("DELETE", userPath(other) + "/security-keys/" + std::to_string(factorId), "").status,
                 204);
        QCOMPARE(m_admin->get(userPath(id) + "/security-keys").json()->getValue<int>("total"), 1);
        QCOMPARE(m_admin->send("DELETE", keyPath, "").status, 204);
        QCOMPARE(m_admin->get(userPath(id) + "/security-keys").json()->getValue<int>("total"), 0);
        QCOMPARE(m_admin->send("DELETE", keyPath, "").status, 204); // idempotent
        QVERIFY(m_admin->get("/api/v1/audit?event=webauthn.remove&user=keys.user")
                    .body.find("removed by an "
                               "administrator") != std::string::npos);
    }

    void testPortalSessionsAreListedAndEndedOneByOne()
    {
        const std::int64_t id = createUser("portal.user");
        PortalBrowser first(m_server->httpsPort());
        PortalBrowser second(m_server->httpsPort());
        for (PortalBrowser* browser : {&first, &second}) {
            browser->get("/portal/login");
            browser->postForm("/portal/login", {{"username", "portal.user"}, {"password", kPassword}});
            QCOMPARE(browser->currentPath().rfind("/portal/login", 0) == 0, false);
        }
        HttpReply list = m_admin->get(userPath(id) + "/sessions");
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json()->getValue<int>("total"), 2);
        auto session = list.json()->getArray("items")->getObject(0);
        const std::string sid = session->getValue<std::string>("id");
        QCOMPARE(sid.size(), std::size_t(16));
        QCOMPARE(session->getValue<std::string>("source_ip"), std::string("127.0.0.1"));
        QCOMPARE(session->getValue<std::string>("auth_methods"), std::string("password"));

        QCOMPARE(m_admin->send("DELETE", userPath(id) + "/sessions/0000000000000000", "").status, 404);
        const std::int64_t other = createUser("portal.other");
        QCOMPARE(m_admin->send("DELETE", userPath(other) + "/sessions/" + sid, "").status, 404);
        QCOMPARE(m_admin->send("DELETE", userPath(id) + "/sessions/" + sid, "").status, 204);
        QCOMPARE(m_admin->get(userPath(id) + "/sessions").json()->getValue<int>("total"), 1);
        QVERIFY(m_admin->get("/api/v1/audit?event=user.session.end&user=portal.user").body.find(sid) !=
                std::string::npos);
        QCOMPARE(m_admin->send("DELETE", userPath(id) + "/sessions", "").status, 200);
        QCOMPARE(m_admin->get(userPath(id) + "/sessions").json()->getValue<int>("total"), 0);
        QCOMPARE(m_admin->get(userPath(987654) + "/sessions").status, 404);
    }

    void testLicenseUsageAnswersWhetherOneUserWasCounted()
    {
        createUser("Counted.User");
        createUser("uncounted.user");
        HttpReply before = m_admin->get("/api/v1/license/usage?user=counted.user");
        QCOMPARE(before.status, 200);
        QCOMPARE(before.json()->getValue<int>("total"), 0);
        // A successful authentication counts the user (the portal's password-only profile).
        PortalBrowser browser(m_server->httpsPort());
        browser.get("/portal/login");
        browser.postForm("/portal/login", {{"username", "Counted.User"}, {"password", kPassword}});
        HttpReply after = m_admin->get("/api/v1/license/usage?user=COUNTED.user");
        QCOMPARE(after.json()->getValue<int>("total"), 1);
        auto row = after.json()->getArray("items")->getObject(0);
        QCOMPARE(row->getValue<std::string>("username"), std::string("Counted.User"));
        QVERIFY(!row->getValue<std::string>("first_seen").empty());
        QCOMPARE(m_admin->get("/api/v1/license/usage?user=uncounted.user").json()->getValue<int>("total"), 0);
    }
};

QTEST_GUILESS_MAIN(TestUserAccess)
#include "TestUserAccess.moc"
