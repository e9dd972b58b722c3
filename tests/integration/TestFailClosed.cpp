#include "RadiusServerFixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

#include <chrono>

using namespace castellan;
using namespace castellan::test;

/// Fail closed without application profiles (issue 14, item 5), on a fresh server with no profile at all: a user
/// with a TOTP factor is challenged by POST /auth/validate and by RADIUS (radclient) after the password alone and
/// accepted with the code oathtool computes; a user without factors is rejected unless
/// auth.password_only_without_profile=true; GET /api/v1/health and the start-up log say whether a channel runs
/// password-only, following profiles created at run time.
class TestFailClosed : public QObject
{
    Q_OBJECT
private:
    static constexpr const char* kSecret = "fail-closed-secret-0123456789";
    RadiusServerFixture m_strict; ///< default configuration
    RadiusServerFixture m_open;   ///< auth.password_only_without_profile=true
    std::string m_strictAgent;
    std::string m_openAgent;

    static std::string oathtool(const std::string& secret, std::int64_t offsetSeconds = 0)
    {
        const auto now =
            std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
                .count();
        QProcess p;
        p.start("oathtool",
                {"--totp", "-b", "-N", "@" + QString::number(now + offsetSeconds), QString::fromStdString(secret)});
        p.waitForFinished(10000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed().toStdString();
    }
    static HttpReply validate(RadiusServerFixture& server, const std::string& agent, const std::string& body)
    {
        return server.admin().client().send("POST", "/api/v1/auth/validate", body, "application/json",
                                            {{"Authorization", "Bearer " + agent}});
    }
    static std::string result(const HttpReply& reply) { return reply.json()->getValue<std::string>("result"); }
    static RadclientResult radius(RadiusServerFixture& server, const std::string& user, const std::string& password,
                                  const QString& state = {})
    {
        QString attributes = QString("User-Name = \"%1\"\nUser-Password = \"%2\"\nMessage-Authenticator = 0x00\n")
                                 .arg(QString::fromStdString(user), QString::fromStdString(password));
        if (!state.isEmpty()) {
            attributes += "State = " + state + "\n";
        }
        return RadiusPeers::radclient("auth", server.authAddress(), kSecret, attributes);
    }
    /// A user with the fixture's password and no factor.
    static void createPlainUser(RadiusServerFixture& server, const std::string& name)
    {
        const std::string password = RadiusServerFixture::kPassword;
        QCOMPARE(server.admin()
                     .send("POST", "/api/v1/users",
                           json({{"username", name}, {"password", password}, {"password_confirmation", password}}))
                     .status,
                 201);
    }
    /// A RADIUS client bound to no profile (the server's "only enabled radius profile", of which there is none).
    static void createUnboundClient(RadiusServerFixture& server)
    {
        QCOMPARE(server.admin()
                     .send("POST", "/api/v1/radius-clients",
                           json({{"name", "unbound"}, {"source", "127.0.0.1"}, {"secret", kSecret}}))
                     .status,
                 201);
    }
    static Poco::JSON::Object::Ptr health(RadiusServerFixture& server)
    {
        HttpReply r = HttpsClient("127.0.0.1", server.server().httpsPort()).get("/api/v1/health");
        return r.status == 200 ? r.json() : nullptr;
    }
    static QStringList passwordOnlyChannels(const Poco::JSON::Object::Ptr& health)
    {
        QStringList names;
        for (const auto& v : *health->getArray("password_only_channels")) {
            names << QString::fromStdString(v.toString());
        }
        return names;
    }
    /// Waits for health to answer `state` (profiles are read again after at most 5 seconds).
    static bool healthBecomes(RadiusServerFixture& server, const std::string& state, int ms = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            auto h = health(server);
            if (h && h->getValue<std::string>("second_factor") == state) {
                return true;
            }
            QTest::qWait(250);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_strict.start(), qPrintable(m_strict.server().stderrText()));
        QVERIFY2(m_open.start({"--set", "auth.password_only_without_profile=true"}),
                 qPrintable(m_open.server().stderrText()));
        m_strictAgent = m_strict.admin().createClientToken("agent", "VPN agent");
        m_openAgent = m_open.admin().createClientToken("agent", "VPN agent");
        createUnboundClient(m_strict);
        createUnboundClient(m_open);
    }
    void cleanupTestCase()
    {
        m_strict.stop();
        m_open.stop();
    }

    void testUserWithTotpIsChallengedByValidateAndAcceptedWithOathtoolCode()
    {
        const std::string secret = m_strict.createUser("totp.rest");
        QVERIFY(!secret.empty());
        HttpReply challenge = validate(m_strict, m_strictAgent,
                                       json({{"username", "totp.rest"}, {"password", RadiusServerFixture::kPassword}}));
        QCOMPARE(result(challenge), std::string("challenge"));
        const std::string tx = challenge.json()->getValue<std::string>("transaction_id");
        QVERIFY(!tx.empty());
        QCOMPARE(challenge.json()->getArray("factors")->getObject(0)->getValue<std::string>("type"),
                 std::string("totp"));

        HttpReply wrong = validate(m_strict, m_strictAgent,
                                   json({{"username", "totp.rest"}, {"transaction_id", tx}, {"otp", "000000"}}));
        QCOMPARE(result(wrong), std::string("reject"));
        HttpReply accepted =
            validate(m_strict, m_strictAgent,
                     json({{"username", "totp.rest"}, {"transaction_id", tx}, {"otp", oathtool(secret)}}));
        QCOMPARE(result(accepted), std::string("accept"));

        // Password and code in one request work as with a profile (the next step's code: the last one is spent).
        HttpReply oneShot = validate(m_strict, m_strictAgent,
                                     json({{"username", "totp.rest"},
                                           {"password", RadiusServerFixture::kPassword},
                                           {"otp", oathtool(secret, 30)}}));
        QCOMPARE(result(oneShot), std::string("accept"));
    }

    void testUserWithTotpIsChallengedByRadiusAndAcceptedWithOathtoolCode()
    {
        const std::string secret = m_strict.createUser("totp.radius");
        RadclientResult challenge = radius(m_strict, "totp.radius", RadiusServerFixture::kPassword);
        QVERIFY2(challenge.received("Access-Challenge"), qPrintable(challenge.out));
        QCOMPARE(challenge.attribute("Reply-Message"), QStringLiteral("Enter the code from your authenticator app"));
        const QString state = challenge.attribute("State");
        QVERIFY(state.startsWith("0x"));
        RadclientResult accept = radius(m_strict, "totp.radius", oathtool(secret), state);
        QVERIFY2(accept.received("Access-Accept"), qPrintable(accept.out));
    }

    void testUserWithTotpIsChallengedEvenWithPasswordOnlySetting()
    {
        const std::string secret = m_open.createUser("totp.open");
        HttpReply challenge = validate(m_open, m_openAgent,
                                       json({{"username", "totp.open"}, {"password", RadiusServerFixture::kPassword}}));
        QCOMPARE(result(challenge), std::string("challenge"));
        RadclientResult radiusChallenge = radius(m_open, "totp.open", RadiusServerFixture::kPassword);
        QVERIFY2(radiusChallenge.received("Access-Challenge"), qPrintable(radiusChallenge.out));
        RadclientResult accept = radius(m_open, "totp.open", oathtool(secret), radiusChallenge.attribute("State"));
        QVERIFY2(accept.received("Access-Accept"), qPrintable(accept.out));
    }

    void testUserWithoutFactorsIsRejectedByDefaultWithTheReasonAudited()
    {
        createPlainUser(m_strict, "plain.strict");
        HttpReply rejected =
            validate(m_strict, m_strictAgent,
                     json({{"username", "plain.strict"}, {"password", RadiusServerFixture::kPassword}}));
        QCOMPARE(result(rejected), std::string("reject"));
        // The same outward answer as a wrong password.
        HttpReply wrong =
            validate(m_strict, m_strictAgent, json({{"username", "plain.strict"}, {"password", "Wrong-Pass-123"}}));
        QCOMPARE(rejected.json()->getValue<std::string>("message"), wrong.json()->getValue<std::string>("message"));
        RadclientResult radiusReject = radius(m_strict, "plain.strict", RadiusServerFixture::kPassword);
        QVERIFY2(radiusReject.received("Access-Reject"), qPrintable(radiusReject.out));
        QCOMPARE(radiusReject.attribute("Reply-Message"), QStringLiteral("Authentication failed"));
        const std::string audit = m_strict.audit("plain.strict");
        QVERIFY2(audit.find("no enabled api profile and the user has no second factor "
                            "(auth.password_only_without_profile is false)") != std::string::npos,
                 audit.c_str());
        QVERIFY(audit.find("no enabled radius profile") != std::string::npos);
    }

    void testUserWithoutFactorsIsAcceptedWithPasswordOnlySetting()
    {
        createPlainUser(m_open, "plain.open");
        HttpReply accepted = validate(m_open, m_openAgent,
                                      json({{"username", "plain.open"}, {"password", RadiusServerFixture::kPassword}}));
        QCOMPARE(result(accepted), std::string("accept"));
        RadclientResult radiusAccept = radius(m_open, "plain.open", RadiusServerFixture::kPassword);
        QVERIFY2(radiusAccept.received("Access-Accept"), qPrintable(radiusAccept.out));
        HttpReply wrong =
            validate(m_open, m_openAgent, json({{"username", "plain.open"}, {"password", "Wrong-Pass-123"}}));
        QCOMPARE(result(wrong), std::string("reject"));
        QVERIFY(m_open.audit("plain.open").find("auth.password_only_without_profile") != std::string::npos);
    }

    void testHealthAndStartupLogSayWhetherSecondFactorIsEnforced()
    {
        auto strict = health(m_strict);
        QVERIFY(strict);
        QCOMPARE(strict->getValue<std::string>("second_factor"), std::string("enforced"));
        QVERIFY(passwordOnlyChannels(strict).isEmpty());
        QVERIFY(!m_strict.server().stderrText().contains("second factor NOT enforced"));

        auto open = health(m_open);
        QVERIFY(open);
        QCOMPARE(open->getValue<std::string>("second_factor"), std::string("not enforced"));
        QCOMPARE(passwordOnlyChannels(open), (QStringList{"rest", "radius"}));
        QVERIFY2(m_open.logContains("second factor NOT enforced on channel rest"),
                 qPrintable(m_open.server().stderrText()));
        QVERIFY(m_open.logContains("second factor NOT enforced on channel radius"));
    }

    void testHealthFollowsProfilesCreatedAtRunTime()
    {
        // Profiles that require a second factor close the password-only gap of the setting, channel by channel.
        QVERIFY(m_open.createProfile(R"({"name":"Agents","type":"api","allowed_factors":["totp"]})") > 0);
        QVERIFY(m_open.createProfile(R"({"name":"VPN","type":"radius","allowed_factors":["totp"]})") > 0);
        QVERIFY(healthBecomes(m_open, "enforced"));
        QVERIFY(passwordOnlyChannels(health(m_open)).isEmpty());
        // A profile that does not require a second factor opens its channel again.
        QVERIFY(m_strict.createProfile(
                    R"({"name":"Legacy","type":"api","allowed_factors":["totp"],"second_factor_required":false})") > 0);
        QVERIFY(healthBecomes(m_strict, "not enforced"));
        QCOMPARE(passwordOnlyChannels(health(m_strict)), QStringList{"rest"});
    }
};

QTEST_GUILESS_MAIN(TestFailClosed)
#include "TestFailClosed.moc"
