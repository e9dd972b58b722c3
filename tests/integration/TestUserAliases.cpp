#include "PortalBrowser.h"
#include "RadiusServerFixture.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <QProcess>
#include <QtTest>

using namespace castellan::test;

/// User aliases (issue 21) against a real server: another login name of a local user signs the user in through REST
/// validate (code in the same request and as the answer to a challenge), RADIUS (radclient, password with the TOTP
/// code appended) and the portal, with the user's own password, TOTP (oathtool), lockout and license count; aliases
/// collide with usernames and aliases both ways in any case; the audit names the user and the alias typed.
class TestUserAliases : public QObject
{
    Q_OBJECT
private:
    static constexpr const char* kRadiusSecret = "alias-radius-secret-0123456789";
    RadiusServerFixture m_fixture;
    std::string m_agent;
    std::string m_secret; ///< ayse's TOTP seed (base32)
    std::int64_t m_ayse = 0;
    int m_step = 0; ///< codes handed out

    AdminSession& admin() { return m_fixture.admin(); }
    std::string aliases(std::int64_t id) { return "/api/v1/users/" + std::to_string(id) + "/aliases"; }
    /// A TOTP code of ayse newer than the last one used: one step before now, now, one step after now (the window
    /// accepts one step either side); only three sign-ins in this test consume a code.
    std::string nextCode()
    {
        const char* at[] = {"now - 30 seconds", "now", "now + 30 seconds"};
        QProcess p;
        p.start("oathtool", {"--totp", "-b", "-N", at[m_step++ % 3], QString::fromStdString(m_secret)});
        p.waitForFinished(10000);
        return p.readAllStandardOutput().trimmed().toStdString();
    }
    HttpReply validate(const std::string& body)
    {
        return admin().client().send("POST", "/api/v1/auth/validate", body, "application/json",
                                     {{"Authorization", "Bearer " + m_agent}});
    }
    static std::string result(const HttpReply& r) { return r.json()->getValue<std::string>("result"); }
    Poco::JSON::Object::Ptr lastAudit(const std::string& username)
    {
        HttpReply audit = admin().get("/api/v1/audit?event=auth.validate&limit=1&user=" + username);
        Poco::JSON::Array::Ptr items = audit.json()->getArray("items");
        return items && items->size() > 0 ? items->getObject(0) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.server().stderrText()));
        m_agent = admin().createClientToken("agent", "VPN agent");
        QCOMPARE(admin()
                     .send("POST", "/api/v1/applications", R"({"name":"VPN","type":"api","allowed_factors":["totp"]})")
                     .status,
                 201);
        QCOMPARE(
            admin()
                .send("POST", "/api/v1/applications",
                      R"({"name":"Portal","type":"registration","allowed_factors":[],"second_factor_required":false})")
                .status,
            201);
        const std::int64_t wifi = m_fixture.createProfile(
            R"({"name":"WiFi","type":"radius","allowed_factors":["totp"],"appended_otp_length":6})");
        QVERIFY(wifi != 0);
        QCOMPARE(m_fixture.createClient("access points", "127.0.0.1", kRadiusSecret, true, wifi), 201);
        m_secret = m_fixture.createUser("ayse");
        QVERIFY(!m_secret.empty());
        m_ayse = m_fixture.userId("ayse");
        QVERIFY(!m_fixture.createUser("mehmet").empty());
    }
    void cleanupTestCase() { m_fixture.stop(); }

    void testAliasesAreAddedListedAndCollideBothWays()
    {
        HttpReply added = admin().send("POST", aliases(m_ayse), R"({"alias": "a.yilmaz"})");
        QCOMPARE(added.status, 201);
        QCOMPARE(added.json()->getValue<std::string>("alias"), std::string("a.yilmaz"));
        QCOMPARE(admin().send("POST", aliases(m_ayse), R"({"alias": "ayse.y@example.com"})").status, 201);
        HttpReply listed = admin().get(aliases(m_ayse));
        QCOMPARE(listed.json()->getArray("items")->size(), std::size_t(2));

        const std::int64_t mehmet = m_fixture.userId("mehmet");
        for (const char* taken : {R"({"alias": "A.YILMAZ"})", R"({"alias": "Ayse"})", R"({"alias": "MEHMET"})"}) {
            HttpReply refused = admin().send("POST", aliases(mehmet), taken);
            QCOMPARE(refused.status, 422);
            QVERIFY2(refused.body.find("\"alias\"") != std::string::npos, refused.body.c_str());
        }
        HttpReply user = admin().send("POST", "/api/v1/users",
                                      json({{"username", "A.Yilmaz"},
                                            {"password", RadiusServerFixture::kPassword},
                                            {"password_confirmation", RadiusServerFixture::kPassword}}));
        QCOMPARE(user.status, 422);
        QVERIFY(user.body.find("\"username\"") != std::string::npos);
        for (const char* bad : {R"({"alias": "with space"})", R"({"alias": "ş.yılmaz"})", R"({"alias": ""})"}) {
            QCOMPARE(admin().send("POST", aliases(mehmet), bad).status, 422);
        }
        QCOMPARE(admin().send("POST", aliases(999999), R"({"alias": "ghost"})").status, 404);
    }

    void testAnAliasSignsTheUserInThroughRest()
    {
        HttpReply accept = validate(json({{"username", "A.Yilmaz"},
                                          {"password", RadiusServerFixture::kPassword},
                                          {"application", "VPN"},
                                          {"otp", nextCode()}}));
        QCOMPARE(result(accept), std::string("accept"));
        Poco::JSON::Object::Ptr audited = lastAudit("ayse");
        QVERIFY(audited);
        QCOMPARE(audited->getValue<std::string>("username"), std::string("ayse"));
        QVERIFY2(audited->getValue<std::string>("details").find("A.Yilmaz") != std::string::npos,
                 audited->getValue<std::string>("details").c_str());

        HttpReply challenge = validate(json({{"username", "ayse.y@example.com"},
                                             {"password", RadiusServerFixture::kPassword},
                                             {"application", "VPN"}}));
        QCOMPARE(result(challenge), std::string("challenge"));
        HttpReply answered =
            validate(json({{"username", "AYSE.Y@example.com"},
                           {"transaction_id", challenge.json()->getValue<std::string>("transaction_id")},
                           {"otp", nextCode()}}));
        QCOMPARE(result(answered), std::string("accept"));
    }

    void testAnAliasSignsTheUserInThroughRadiusAndThePortal()
    {
        RadclientResult accept = RadiusPeers::radclient(
            "auth", m_fixture.authAddress(), kRadiusSecret,
            QString("User-Name = \"a.yilmaz\"\nUser-Password = \"%1%2\"\nMessage-Authenticator = 0x00\n")
                .arg(RadiusServerFixture::kPassword, QString::fromStdString(nextCode())));
        QVERIFY2(accept.received("Access-Accept"), qPrintable(accept.out));

        PortalBrowser browser(m_fixture.server().httpsPort());
        browser.get("/portal/login");
        browser.postForm("/portal/login", {{"username", "a.yilmaz"}, {"password", RadiusServerFixture::kPassword}});
        QVERIFY2(browser.currentPath().rfind("/portal/login", 0) != 0, browser.currentPath().c_str());

        // One license user for the user and the aliases.
        const std::string usage = admin().get("/api/v1/license/usage").body;
        QCOMPARE(QString::fromStdString(usage).count("\"ayse\""), 1);
        QVERIFY2(usage.find("yilmaz") == std::string::npos, usage.c_str());
    }

    void testTheLockoutIsShared()
    {
        const std::string before = admin().get("/api/v1/settings/security").body;
        QCOMPARE(
            admin()
                .send("PUT", "/api/v1/settings/security",
                      R"({"failed_attempt_limit":2,"window_seconds":600,"block_seconds":600,"permanent_block":false})")
                .status,
            200);
        for (const char* name : {"a.yilmaz", "ayse.y@example.com"}) {
            QCOMPARE(result(validate(json({{"username", name}, {"password", "Wrong-Pass-1"}, {"application", "VPN"}}))),
                     std::string("reject"));
        }
        QCOMPARE(result(validate(json({{"username", "ayse"},
                                       {"password", RadiusServerFixture::kPassword},
                                       {"application", "VPN"},
                                       {"otp", nextCode()}}))),
                 std::string("reject"));
        QCOMPARE(lastAudit("ayse")->getValue<std::string>("reason"), std::string("user blocked"));
        QCOMPARE(admin().send("DELETE", "/api/v1/blocks/ayse", "").status, 204);
        admin().send("PUT", "/api/v1/settings/security", before);
    }

    void testARemovedAliasNoLongerSignsIn()
    {
        QCOMPARE(admin().send("DELETE", aliases(m_ayse) + "/A.YILMAZ", "").status, 204);
        QCOMPARE(admin().send("DELETE", aliases(m_ayse) + "/a.yilmaz", "").status, 204); // idempotent
        QCOMPARE(result(validate(json({{"username", "a.yilmaz"},
                                       {"password", RadiusServerFixture::kPassword},
                                       {"application", "VPN"},
                                       {"otp", nextCode()}}))),
                 std::string("reject"));
        QCOMPARE(lastAudit("a.yilmaz")->getValue<std::string>("reason"), std::string("unknown user"));
        // The name is free again, and deleting a user frees their aliases.
        QCOMPARE(admin().send("POST", aliases(m_fixture.userId("mehmet")), R"({"alias": "a.yilmaz"})").status, 201);
        QCOMPARE(admin().send("DELETE", "/api/v1/users/" + std::to_string(m_fixture.userId("mehmet")), "").status, 204);
        QCOMPARE(admin().send("POST", aliases(m_ayse), R"({"alias": "a.yilmaz"})").status, 201);
        const std::string audit = admin().get("/api/v1/audit?event=user.alias.add&user=ayse").body;
        QVERIFY(audit.find("alias 'a.yilmaz'") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestUserAliases)
#include "TestUserAliases.moc"
