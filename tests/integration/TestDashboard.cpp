#include "RadiusServerFixture.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <QtTest>

using namespace castellan::test;

namespace {

constexpr const char* kSecret = "dashboard-shared-secret-01";

} // namespace

/// `GET /dashboard` on the real server: a fresh server has every getting-started item open and each item closes when
/// its piece is set up over REST (an unverified SoftOTP enrollment is no factor yet); validate and RADIUS decisions
/// are counted by channel and result for the last hour and day; the RADIUS client that asked is listed with its
/// counts; blocks in force are counted; a code that could not be sent is audited (`delivery.send`) and counted with
/// the server's reason; the license's use follows a counted sign-in.
class TestDashboard : public QObject
{
    Q_OBJECT
private:
    RadiusServerFixture m_fixture;
    std::string m_agent;

    Poco::JSON::Object::Ptr dashboard()
    {
        HttpReply reply = m_fixture.admin().get("/api/v1/dashboard");
        if (reply.status != 200) {
            qWarning("GET /dashboard answered %d: %s", reply.status, reply.body.c_str());
            return new Poco::JSON::Object;
        }
        return reply.json();
    }
    bool setupItem(const char* item) { return dashboard()->getObject("setup")->getValue<bool>(item); }
    HttpReply validate(const std::string& body)
    {
        return m_fixture.admin().client().send("POST", "/api/v1/auth/validate", body, "application/json",
                                               {{"Authorization", "Bearer " + m_agent}});
    }
    /// The counts of one channel and result; {-1, -1} when the dashboard has no entry for them.
    std::pair<int, int> authentications(const std::string& channel, const std::string& result)
    {
        Poco::JSON::Array::Ptr items = dashboard()->getArray("authentications");
        for (std::size_t i = 0; items && i < items->size(); ++i) {
            Poco::JSON::Object::Ptr item = items->getObject(static_cast<unsigned>(i));
            if (item->getValue<std::string>("channel") == channel && item->getValue<std::string>("result") == result) {
                return {item->getValue<int>("last_hour"), item->getValue<int>("last_day")};
            }
        }
        return {-1, -1};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), "the server did not start");
        m_agent = m_fixture.admin().createClientToken("agent", "Dashboard agent");
        QVERIFY(!m_agent.empty());
    }
    void cleanupTestCase() { m_fixture.stop(); }

    void testFreshServerHasEveryChecklistItemOpen()
    {
        Poco::JSON::Object::Ptr d = dashboard();
        QVERIFY(d->has("generated_at"));
        Poco::JSON::Object::Ptr setup = d->getObject("setup");
        QVERIFY(setup);
        for (const char* item : {"registration_profile", "radius_client_or_service_provider", "delivery_configured",
                                 "user_with_factor", "complete"}) {
            QVERIFY2(!setup->getValue<bool>(item), item);
        }
        QCOMPARE(d->getArray("authentications")->size(), std::size_t(0));
        QCOMPARE(d->getValue<int>("blocked_users"), 0);
        Poco::JSON::Object::Ptr license = d->getObject("license");
        QCOMPARE(license->getValue<int>("used"), 0);
        QCOMPARE(license->getValue<int>("limit"), 25); // the Demo License
        QVERIFY(license->getValue<int>("support_days_left") >= 29);
        QVERIFY(!license->getValue<bool>("support_ended"));
        QCOMPARE(d->getObject("radius_clients")->getArray("items")->size(), std::size_t(0));
        QCOMPARE(d->getObject("delivery_failures")->getValue<int>("last_day"), 0);
    }

    void testEachChecklistItemClosesWhenItsPieceIsSetUp()
    {
        QCOMPARE(m_fixture.createProfile(R"({"name":"Portal","type":"registration","allowed_factors":["totp"]})") > 0,
                 true);
        QVERIFY(setupItem("registration_profile"));
        QVERIFY(!setupItem("radius_client_or_service_provider"));

        const std::int64_t vpn =
            m_fixture.createProfile(R"({"name":"VPN","type":"radius","allowed_factors":["totp"]})");
        QVERIFY(vpn > 0);
        QCOMPARE(m_fixture.createClient("Office firewall", "127.0.0.1", kSecret, true, vpn), 201);
        QVERIFY(setupItem("radius_client_or_service_provider"));

        QVERIFY(!setupItem("delivery_configured"));
        HttpReply mail = m_fixture.admin().send(
            "PUT", "/api/v1/settings/mail",
            R"({"host":"127.0.0.1","port":2525,"starttls":false,"from":"Castellan <mfa@example.com>"})");
        QCOMPARE(mail.status, 200);
        QVERIFY(setupItem("delivery_configured"));

        // A SoftOTP enrollment the user has not finished is no factor yet; a TOTP factor is.
        HttpReply user = m_fixture.admin().send("POST", "/api/v1/users",
                                                json({{"username", "enrolling.user"},
                                                      {"password", RadiusServerFixture::kPassword},
                                                      {"password_confirmation", RadiusServerFixture::kPassword}}));
        QCOMPARE(user.status, 201);
        const std::string enrollments =
            "/api/v1/users/" + std::to_string(user.json()->getValue<int>("id")) + "/enrollments";
        QCOMPARE(m_fixture.admin().send("POST", enrollments, "{}").status, 201);
        QVERIFY(!setupItem("user_with_factor"));
        QVERIFY(!setupItem("complete"));
        QVERIFY(!m_fixture.createUser("first.user").empty());
        QVERIFY(setupItem("user_with_factor"));
        QVERIFY(setupItem("complete"));
    }

    void testDecisionsAreCountedByChannelAndResult()
    {
        const std::string secret = m_fixture.createUser("counted.user");
        QVERIFY(!secret.empty());
        QVERIFY(m_fixture.createProfile(R"({"name":"Web","type":"api","allowed_factors":["totp","sms"]})") > 0);
        HttpReply accepted = validate(json(
            {{"username", "counted.user"}, {"password", RadiusServerFixture::kPassword}, {"otp", totpNow(secret)}}));
        QCOMPARE(accepted.json()->getValue<std::string>("result"), std::string("accept"));
        for (int i = 0; i < 2; ++i) {
            HttpReply rejected = validate(json({{"username", "counted.user"}, {"password", "not the password"}}));
            QCOMPARE(rejected.json()->getValue<std::string>("result"), std::string("reject"));
        }
        QCOMPARE(authentications("rest", "accept"), std::make_pair(1, 1));
        QCOMPARE(authentications("rest", "reject"), std::make_pair(2, 2));
        QCOMPARE(authentications("radius", "reject"), std::make_pair(-1, -1));

        const QString request =
            "User-Name = \"counted.user\"\nUser-Password = \"wrong\"\nMessage-Authenticator = 0x00\n";
        QVERIFY(RadiusPeers::radclient("auth", m_fixture.authAddress(), kSecret, request).received("Access-Reject"));
        QCOMPARE(authentications("radius", "reject"), std::make_pair(1, 1));

        Poco::JSON::Object::Ptr d = dashboard();
        Poco::JSON::Array::Ptr clients = d->getObject("radius_clients")->getArray("items");
        QCOMPARE(clients->size(), std::size_t(1));
        QCOMPARE(clients->getObject(0)->getValue<std::string>("name"), std::string("Office firewall"));
        QCOMPARE(clients->getObject(0)->getValue<int>("requests"), 1);
        QCOMPARE(clients->getObject(0)->getValue<int>("rejects"), 1);
        QVERIFY(!clients->getObject(0)->getValue<std::string>("last_request_at").empty());
        QCOMPARE(d->getObject("license")->getValue<int>("used"), 1); // counted.user, accepted this month
    }

    void testBlocksInForceAreCounted()
    {
        QCOMPARE(m_fixture.admin()
                     .send("POST", "/api/v1/blocks", json({{"username", "someone"}, {"reason", "Lost laptop"}}))
                     .status,
                 201);
        QCOMPARE(dashboard()->getValue<int>("blocked_users"), 1);
        QCOMPARE(m_fixture.admin().send("DELETE", "/api/v1/blocks/someone", "").status, 204);
        QCOMPARE(dashboard()->getValue<int>("blocked_users"), 0);
    }

    void testCodesNotSentAreCountedWithTheReason()
    {
        HttpReply user = m_fixture.admin().send("POST", "/api/v1/users",
                                                json({{"username", "sms.user"},
                                                      {"phone", "05554443322"},
                                                      {"password", RadiusServerFixture::kPassword},
                                                      {"password_confirmation", RadiusServerFixture::kPassword}}));
        QCOMPARE(user.status, 201);
        QCOMPARE(m_fixture.admin()
                     .send("POST", "/api/v1/users/" + std::to_string(user.json()->getValue<int>("id")) + "/factors",
                           json({{"type", "sms"}}))
                     .status,
                 201);
        // No SMS gateway is set up: the code cannot go out.
        HttpReply r = validate(json({{"username", "sms.user"}, {"password", RadiusServerFixture::kPassword}}));
        QCOMPARE(r.json()->getValue<std::string>("result"), std::string("reject"));

        Poco::JSON::Object::Ptr failures = dashboard()->getObject("delivery_failures");
        QCOMPARE(failures->getValue<int>("last_day"), 1);
        Poco::JSON::Object::Ptr latest = failures->getArray("items")->getObject(0);
        QCOMPARE(latest->getValue<std::string>("channel"), std::string("sms"));
        QCOMPARE(latest->getValue<std::string>("username"), std::string("sms.user"));
        QVERIFY2(latest->getValue<std::string>("reason").find("no SMS channel") != std::string::npos,
                 latest->getValue<std::string>("reason").c_str());
        QVERIFY(m_fixture.audit("sms.user", "delivery.send").find("\"failure\"") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "TestDashboard.moc"
