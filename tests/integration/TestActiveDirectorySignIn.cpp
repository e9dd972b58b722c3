#include "DirectoryFixture.h"
#include "DirectorySignIn.h"
#include "RadiusServerFixture.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <QtTest>

using namespace castellan::test;

/// Active Directory users signing in (issue 17) against a real Samba AD domain controller (the samba_ad fixture):
/// sAMAccountName and userPrincipalName are one user and one license count, through REST validate and RADIUS (with the
/// framed IP AD keeps as an integer); nested groups through the in-chain rule; users outside the groups, disabled,
/// expired and locked-out accounts refused with the reason audited and no local record; wrong passwords counted toward
/// the lockout of the canonical name; a TOTP factor enrolled before the first sign-in.
class TestActiveDirectorySignIn : public QObject
{
    Q_OBJECT
private:
    static constexpr const char* kRadiusSecret = "ad-radius-secret-0123456789";
    DirectoryFixture m_ad;
    RadiusServerFixture m_fixture;
    std::string m_agent;
    std::unique_ptr<DirectorySignIn> m_signIn;
    std::string m_directory;

    AdminSession& admin() { return m_fixture.admin(); }
    static std::string quoted(const std::string& s) { return "\"" + s + "\""; }
    std::string group(const std::string& cn) const { return "CN=" + cn + ",CN=Users," + m_ad.baseDn; }
    HttpReply validate(const std::string& username, const std::string& password, const std::string& application,
                       const std::string& otp = {})
    {
        return m_signIn->validate(username, password, application, otp);
    }

private slots:
    void initTestCase()
    {
        m_ad = DirectoryFixture::fromEnvironment("CASTELLAN_AD_DIR");
        QVERIFY2(m_ad.running(), "the Samba AD fixture did not run (CASTELLAN_AD_DIR)");
        QVERIFY2(m_fixture.start({"--set", "directory.cache_seconds=1"}), qPrintable(m_fixture.server().stderrText()));
        m_agent = admin().createClientToken("agent", "VPN agent");
        m_signIn = std::make_unique<DirectorySignIn>(admin(), m_agent);
        QCOMPARE(admin()
                     .send("POST", "/api/v1/applications",
                           R"({"name":"Wiki","type":"api","allowed_factors":["totp"],"second_factor_required":false})")
                     .status,
                 201);
        QCOMPARE(admin()
                     .send("POST", "/api/v1/applications", R"({"name":"VPN","type":"api","allowed_factors":["totp"]})")
                     .status,
                 201);
        const std::int64_t radius = m_fixture.createProfile(
            R"({"name":"Office WiFi","type":"radius","allowed_factors":["totp"],"second_factor_required":false})");
        QVERIFY(radius != 0);
        QCOMPARE(m_fixture.createClient("access points", "127.0.0.1", kRadiusSecret, true, radius), 201);

        // The kind's defaults: sAMAccountName then userPrincipalName, objectGUID, AD's attributes.
        m_directory = m_signIn->createDirectory(m_ad, "Corp AD", "active_directory");
        QVERIFY(!m_directory.empty());
    }
    void cleanupTestCase() { m_fixture.stop(); }

    void testSamAccountNameAndUpnAreOneUserOnEveryChannel()
    {
        QCOMPARE(DirectorySignIn::result(validate("alice", m_ad.userPassword, "Wiki")), std::string("accept"));
        QCOMPARE(DirectorySignIn::result(validate("Alice@CASTELLAN.test", m_ad.userPassword, "Wiki")),
                 std::string("accept"));
        QCOMPARE(m_signIn->lastReason("alice"), std::string("password"));

        RadclientResult accept = RadiusPeers::radclient(
            "auth", m_fixture.authAddress(), kRadiusSecret,
            QString("User-Name = \"alice@castellan.test\"\nUser-Password = \"%1\"\nMessage-Authenticator = 0x00\n")
                .arg(QString::fromStdString(m_ad.userPassword)));
        QVERIFY2(accept.received("Access-Accept"), qPrintable(accept.out));
        QCOMPARE(accept.attribute("Framed-IP-Address"), QStringLiteral("192.168.1.10")); // AD's integer, converted

        HttpReply users = admin().get("/api/v1/users?source=directory&q=alice");
        QCOMPARE(users.json()->getValue<int>("total"), 1);
        Poco::JSON::Object::Ptr alice = users.json()->getArray("items")->getObject(0);
        QCOMPARE(alice->getValue<std::string>("username"), std::string("alice"));
        QCOMPARE(alice->getValue<std::string>("directory_name"), std::string("Corp AD"));
        QCOMPARE(alice->getValue<std::string>("framed_ip"), std::string("192.168.1.10"));

        const std::string usage = admin().get("/api/v1/license/usage").body;
        QCOMPARE(QString::fromStdString(usage).count("\"alice\""), 1);
        QVERIFY2(usage.find("castellan.test") == std::string::npos, usage.c_str());
    }

    void testDisabledExpiredAndLockedAccountsAreRefused_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("reason");
        QTest::newRow("disabled") << "dave"
                                  << "account disabled in directory 'Corp AD'";
        QTest::newRow("expired") << "erin@castellan.test"
                                 << "account expired in directory 'Corp AD'";
        QTest::newRow("locked out") << "grace"
                                    << "account locked out in directory 'Corp AD'";
    }
    void testDisabledExpiredAndLockedAccountsAreRefused()
    {
        QFETCH(QString, login);
        QFETCH(QString, reason);
        const std::string name = login.section('@', 0, 0).toStdString();
        QCOMPARE(DirectorySignIn::result(validate(login.toStdString(), m_ad.userPassword, "Wiki")),
                 std::string("reject"));
        QCOMPARE(m_signIn->lastReason(login.toStdString()), reason.toStdString());
        QCOMPARE(m_signIn->directoryUsers(name), 0);
    }

    void testNestedGroupsAreResolvedByTheDirectory()
    {
        QCOMPARE(m_signIn->patch(m_directory, "{\"groups\": [" + quoted(group("vpn-users")) + "]}").status, 200);
        QCOMPARE(DirectorySignIn::result(validate("bob", m_ad.userPassword, "Wiki")),
                 std::string("accept")); // via engineers
        QCOMPARE(DirectorySignIn::result(validate("carol", m_ad.userPassword, "Wiki")), std::string("reject"));
        QVERIFY(m_signIn->lastReason("carol").find("not a member of the groups directory 'Corp AD' requires") !=
                std::string::npos);
        QCOMPARE(m_signIn->patch(m_directory, R"({"nested_groups": false})").status, 200);
        QCOMPARE(DirectorySignIn::result(validate("bob", m_ad.userPassword, "Wiki")), std::string("reject"));
        QCOMPARE(DirectorySignIn::result(validate("alice", m_ad.userPassword, "Wiki")),
                 std::string("accept")); // a direct member
        QCOMPARE(m_signIn->patch(m_directory, R"({"groups": [], "nested_groups": true})").status, 200);
    }

    void testWrongPasswordsCountTowardTheLockoutOfTheCanonicalName()
    {
        const std::string before = admin().get("/api/v1/settings/security").body;
        QCOMPARE(
            admin()
                .send("PUT", "/api/v1/settings/security",
                      R"({"failed_attempt_limit":3,"window_seconds":600,"block_seconds":600,"permanent_block":false})")
                .status,
            200);
        QCOMPARE(DirectorySignIn::result(validate("frank", "Wrong-1", "Wiki")), std::string("reject"));
        QCOMPARE(m_signIn->lastReason("frank"), std::string("wrong password (directory 'Corp AD')"));
        validate("frank@castellan.test", "Wrong-2", "Wiki");
        validate("FRANK", "Wrong-3", "Wiki");
        QCOMPARE(DirectorySignIn::result(validate("frank@castellan.test", m_ad.userPassword, "Wiki")),
                 std::string("reject"));
        QCOMPARE(m_signIn->lastReason("frank"), std::string("user blocked"));
        QCOMPARE(admin().send("DELETE", "/api/v1/blocks/frank", "").status, 204);
        QCOMPARE(DirectorySignIn::result(validate("frank", m_ad.userPassword, "Wiki")), std::string("accept"));
        admin().send("PUT", "/api/v1/settings/security", before);
    }

    void testTotpEnrolledBeforeTheFirstSignIn()
    {
        QCOMPARE(m_signIn->directoryUsers("carol"), 0);
        HttpReply found = admin().get(m_directory + "/entries?search=car");
        QCOMPARE(found.status, 200);
        QVERIFY2(found.body.find("\"carol\"") != std::string::npos, found.body.c_str());
        HttpReply added = admin().send("POST", m_directory + "/users", R"({"username": "carol@castellan.test"})");
        QCOMPARE(added.status, 201);
        QCOMPARE(added.json()->getValue<std::string>("username"), std::string("carol"));
        const std::string user = "/api/v1/users/" + std::to_string(added.json()->getValue<std::int64_t>("id"));
        HttpReply factor = admin().send("POST", user + "/factors", R"({"type":"totp"})");
        QCOMPARE(factor.status, 201);
        const std::string secret = factor.json()->getValue<std::string>("secret");

        QCOMPARE(DirectorySignIn::result(validate("carol", m_ad.userPassword, "VPN")), std::string("challenge"));
        const std::string code = DirectorySignIn::totp(secret);
        QCOMPARE(DirectorySignIn::result(validate("carol@castellan.test", m_ad.userPassword, "VPN", code)),
                 std::string("accept"));
        QCOMPARE(m_signIn->lastReason("carol").rfind("password + ", 0), std::size_t(0));
        QCOMPARE(DirectorySignIn::result(validate("carol", m_ad.userPassword, "VPN", code)),
                 std::string("reject")); // replayed
    }
};

QTEST_GUILESS_MAIN(TestActiveDirectorySignIn)
#include "TestActiveDirectorySignIn.moc"
