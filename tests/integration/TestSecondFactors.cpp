#include "AdminSession.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"

#include <Poco/Data/Session.h>

#include <QProcess>
#include <QtTest>

#include <chrono>

using namespace castellan;
using namespace castellan::test;

/// Second factors through POST /auth/validate, against codes made by oathtool (an independent generator).
class TestSecondFactors : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    std::string m_agent;
    static constexpr const char* kPassword = "Second-Factor-Pass1";

    static std::string oathtool(const QStringList& args)
    {
        QProcess p;
        p.start("oathtool", args);
        p.waitForFinished(10000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed().toStdString();
    }
    static std::int64_t unixNow()
    {
        return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
    std::string totpAt(const std::string& secret, std::int64_t offsetSeconds)
    {
        return oathtool(
            {"--totp", "-b", "-N", "@" + QString::number(unixNow() + offsetSeconds), QString::fromStdString(secret)});
    }
    HttpReply validate(const std::string& body)
    {
        return m_admin->client().send("POST", "/api/v1/auth/validate", body, "application/json",
                                      {{"Authorization", "Bearer " + m_agent}});
    }
    int createUser(const std::string& name)
    {
        HttpReply r =
            m_admin->send("POST", "/api/v1/users",
                          json({{"username", name}, {"password", kPassword}, {"password_confirmation", kPassword}}));
        return r.json()->getValue<int>("id");
    }
    std::string audit(const std::string& user)
    {
        return m_admin->get("/api/v1/audit?event=auth.validate&limit=500&user=" + user).body;
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
        HttpReply app = m_admin->send("POST", "/api/v1/applications",
                                      R"({"name":"VPN","type":"api","allowed_factors":["totp","hotp"]})");
        QCOMPARE(app.status, 201);
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }

    void testUserWithoutFactorIsRefused()
    {
        createUser("no.factor");
        HttpReply r = validate(json({{"username", "no.factor"}, {"password", kPassword}}));
        QCOMPARE(r.json()->getValue<std::string>("result"), std::string("reject"));
        QVERIFY(audit("no.factor").find("no second factor enrolled") != std::string::npos);
    }

    void testTotpChallengeAcceptsOathtoolCodeOnceAndRefusesOutsideWindow()
    {
        const int id = createUser("totp.user");
        HttpReply factor =
            m_admin->send("POST", "/api/v1/users/" + std::to_string(id) + "/factors", json({{"type", "totp"}}));
        QCOMPARE(factor.status, 201);
        const std::string secret = factor.json()->getValue<std::string>("secret");
        QVERIFY(factor.json()->getValue<std::string>("otpauth_uri").find("secret=" + secret) != std::string::npos);
        QVERIFY(!m_admin->get("/api/v1/users/" + std::to_string(id) + "/factors").body.empty());

        HttpReply challenge = validate(json({{"username", "totp.user"}, {"password", kPassword}}));
        QCOMPARE(challenge.json()->getValue<std::string>("result"), std::string("challenge"));
        const std::string tx = challenge.json()->getValue<std::string>("transaction_id");
        QCOMPARE(challenge.json()->getArray("factors")->getObject(0)->getValue<std::string>("type"),
                 std::string("totp"));

        HttpReply tooLate =
            validate(json({{"username", "totp.user"}, {"transaction_id", tx}, {"otp", totpAt(secret, 300)}}));
        QCOMPARE(tooLate.json()->getValue<std::string>("result"), std::string("reject"));
        const std::string code = totpAt(secret, 0);
        HttpReply accepted = validate(json({{"username", "totp.user"}, {"transaction_id", tx}, {"otp", code}}));
        QCOMPARE(accepted.json()->getValue<std::string>("result"), std::string("accept"));

        // The same code again, in a new login: refused (replay), and a used transaction cannot be reused.
        HttpReply again = validate(json({{"username", "totp.user"}, {"password", kPassword}, {"otp", code}}));
        QCOMPARE(again.json()->getValue<std::string>("result"), std::string("reject"));
        QVERIFY(audit("totp.user").find("one-time code replayed") != std::string::npos);
        HttpReply reused =
            validate(json({{"username", "totp.user"}, {"transaction_id", tx}, {"otp", totpAt(secret, 30)}}));
        QCOMPARE(reused.json()->getValue<std::string>("result"), std::string("reject"));

        // Password and next step's code in one request (window +1).
        HttpReply oneShot =
            validate(json({{"username", "totp.user"}, {"password", kPassword}, {"otp", totpAt(secret, 30)}}));
        QCOMPARE(oneShot.json()->getValue<std::string>("result"), std::string("accept"));
    }

    void testWrongPasswordNeverReachesTheSecondFactor()
    {
        HttpReply r = validate(json({{"username", "totp.user"}, {"password", "not-the-password"}}));
        QCOMPARE(r.json()->getValue<std::string>("result"), std::string("reject"));
        QVERIFY(!r.json()->has("transaction_id"));
    }

    void testTransactionClosesAfterThreeWrongCodes()
    {
        HttpReply challenge = validate(json({{"username", "totp.user"}, {"password", kPassword}}));
        const std::string tx = challenge.json()->getValue<std::string>("transaction_id");
        for (int i = 0; i < 3; ++i) {
            validate(json({{"username", "totp.user"}, {"transaction_id", tx}, {"otp", "000000"}}));
        }
        // Closed: no code can complete it now (it is refused before any code is checked).
        HttpReply closed = validate(json({{"username", "totp.user"}, {"transaction_id", tx}, {"otp", "123456"}}));
        QCOMPARE(closed.json()->getValue<std::string>("result"), std::string("reject"));
        QVERIFY(audit("totp.user").find("transaction denied") != std::string::npos);
        // The wrong codes counted toward the lockout: clear it for later tests.
        QCOMPARE(m_admin->send("DELETE", "/api/v1/blocks/totp.user", "").status, 204);
    }

    void testAdminEndsLoginsInFlight()
    {
        HttpReply challenge = validate(json({{"username", "totp.user"}, {"password", kPassword}}));
        const std::string tx = challenge.json()->getValue<std::string>("transaction_id");
        HttpReply users = m_admin->get("/api/v1/users?q=totp.user");
        const int id = users.json()->getArray("items")->getObject(0)->getValue<int>("id");
        HttpReply ended = m_admin->send("DELETE", "/api/v1/users/" + std::to_string(id) + "/sessions", "");
        QCOMPARE(ended.status, 200);
        QCOMPARE(ended.json()->getValue<int>("terminated"), 1);
        HttpReply after = validate(json({{"username", "totp.user"}, {"transaction_id", tx}, {"otp", "123456"}}));
        QCOMPARE(after.json()->getValue<std::string>("result"), std::string("reject"));
        QVERIFY(audit("totp.user").find("transaction expired") != std::string::npos);
    }

    void testHotpLookAheadReplayAndResync()
    {
        const int id = createUser("hotp.user");
        const std::string seedHex = "3132333435363738393031323334353637383930"; // RFC 4226 Appendix D seed
        HttpReply factor = m_admin->send("POST", "/api/v1/users/" + std::to_string(id) + "/factors",
                                         json({{"type", "hotp"}, {"serial", "HW-0001"}, {"secret_hex", seedHex}}));
        QCOMPARE(factor.status, 201);
        QVERIFY(!factor.json()->has("secret"));
        HttpReply duplicate = m_admin->send("POST", "/api/v1/users/" + std::to_string(id) + "/factors",
                                            json({{"type", "hotp"}, {"serial", "HW-0001"}, {"secret_hex", seedHex}}));
        QCOMPARE(duplicate.status, 422);
        auto code = [&](int counter) {
            return oathtool({"-c", QString::number(counter), QString::fromStdString(seedHex)});
        };
        auto login = [&](const std::string& otp) {
            return validate(json({{"username", "hotp.user"}, {"password", kPassword}, {"otp", otp}}))
                .json()
                ->getValue<std::string>("result");
        };
        QCOMPARE(code(0), std::string("755224")); // oathtool agrees with RFC 4226 Appendix D
        QCOMPARE(login(code(0)), std::string("accept"));
        QCOMPARE(login(code(0)), std::string("reject"));  // used
        QCOMPARE(login(code(5)), std::string("accept"));  // within the look-ahead window of 10
        QCOMPARE(login(code(3)), std::string("reject"));  // behind the counter now
        QCOMPARE(login(code(40)), std::string("reject")); // far ahead: resynchronisation starts
        QVERIFY(audit("hotp.user").find("HOTP resynchronisation started") != std::string::npos);
        QCOMPARE(login(code(41)), std::string("accept")); // the next consecutive code completes it
        QCOMPARE(login(code(42)), std::string("accept"));
        QCOMPARE(m_admin->send("DELETE", "/api/v1/blocks/hotp.user", "").status, 204);
    }

    void testHotpTokensImportedFromASeedFileAcceptTheirCodes()
    {
        createUser("token.one");
        createUser("token.two");
        const std::string seedOne = "3132333435363738393031323334353637383930";
        const std::string seedTwo = "3132333435363738393031323334353637383931";
        const std::string csv = "username,serial,secret_hex,counter\n"
                                "token.one,IMP-0001," +
                                seedOne +
                                ",0\n"
                                "token.two,IMP-0002," +
                                seedTwo +
                                ",7\n"
                                "nobody.here,IMP-0003," +
                                seedTwo +
                                ",0\n"
                                "token.two,HW-0001," +
                                seedTwo + ",0\n";
        auto upload = [&](const std::string& query, const std::string& body) {
            return m_admin->client().send("POST", "/api/v1/hotp-tokens/import" + query, body, "text/csv",
                                          {{"Authorization", "Bearer " + m_admin->token()}});
        };
        HttpReply refused = upload("", csv); // all_or_nothing: two bad rows keep all four out
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json()->getValue<int>("imported"), 0);
        auto errors = refused.json()->getArray("errors");
        QCOMPARE(errors->size(), size_t(2));
        QCOMPARE(errors->getObject(0)->getValue<int>("line"), 4);
        QCOMPARE(errors->getObject(0)->getValue<std::string>("field"), std::string("username"));
        QCOMPARE(errors->getObject(1)->getValue<std::string>("message"), std::string("is already assigned to a token"));

        HttpReply dryRun = upload("?dry_run=true&mode=skip_invalid", csv);
        QCOMPARE(dryRun.status, 200);
        QCOMPARE(dryRun.json()->getValue<int>("valid_rows"), 2);
        QCOMPARE(dryRun.json()->getValue<int>("imported"), 0);

        HttpReply imported = upload("?mode=skip_invalid", csv);
        QCOMPARE(imported.status, 200);
        QCOMPARE(imported.json()->getValue<int>("imported"), 2);
        QCOMPARE(imported.json()->getValue<int>("skipped"), 2);
        auto login = [&](const std::string& user, const std::string& otp) {
            return validate(json({{"username", user}, {"password", kPassword}, {"otp", otp}}))
                .json()
                ->getValue<std::string>("result");
        };
        auto code = [&](const std::string& seed, int counter) {
            return oathtool({"-c", QString::number(counter), QString::fromStdString(seed)});
        };
        QCOMPARE(login("token.one", code(seedOne, 0)), std::string("accept"));
        QCOMPARE(login("token.two", code(seedTwo, 6)), std::string("reject")); // below the imported counter
        QCOMPARE(login("token.two", code(seedTwo, 7)), std::string("accept"));
        QVERIFY(m_admin->get("/api/v1/audit?event=factor.import").body.find("2 HOTP tokens imported") !=
                std::string::npos);
        HttpReply again = upload("", "username,serial,secret_hex\ntoken.one,IMP-0001," + seedOne + "\n");
        QCOMPARE(again.status, 422); // the serial is taken now
        HttpReply wrongType = m_admin->client().send("POST", "/api/v1/hotp-tokens/import", "{}", "application/json",
                                                     {{"Authorization", "Bearer " + m_admin->token()}});
        QCOMPARE(wrongType.status, 415);
    }

    void testSecretsAreCiphertextAtRest()
    {
        const int id = createUser("raw.row");
        HttpReply factor =
            m_admin->send("POST", "/api/v1/users/" + std::to_string(id) + "/factors", json({{"type", "totp"}}));
        const std::string secret = factor.json()->getValue<std::string>("secret");
        auto url = DatabaseUrl::parse(m_db->url()).value();
        Poco::Data::Session session(url.connector, url.connectionString);
        std::string stored;
        Poco::Int64 factorId = factor.json()->getValue<Poco::Int64>("id");
        session << "SELECT secret FROM factors WHERE id = $1", Poco::Data::Keywords::use(factorId),
            Poco::Data::Keywords::into(stored), Poco::Data::Keywords::now;
        QVERIFY(!stored.empty());
        QVERIFY(stored.find(secret) == std::string::npos);
        // version (1) + key id (4) + nonce (12) + 20-byte seed + tag (16) = 53 bytes, base64: 72 characters
        QCOMPARE(stored.size(), size_t(72));
    }

    void testApplicationValidationAndNamedSelection()
    {
        HttpReply bad =
            m_admin->send("POST", "/api/v1/applications",
                          R"({"name":"Wi-Fi","type":"radius","allowed_factors":["webauthn","carrier-pigeon"]})");
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.body.find("carrier-pigeon") != std::string::npos);
        QVERIFY(bad.body.find("webauthn needs a browser") != std::string::npos);
        // A second api application makes the name necessary.
        QCOMPARE(
            m_admin
                ->send("POST", "/api/v1/applications",
                       R"({"name":"Intranet","type":"api","allowed_factors":["totp"],"second_factor_required":false})")
                .status,
            201);
        HttpReply ambiguous = validate(json({{"username", "no.factor"}, {"password", kPassword}}));
        QCOMPARE(ambiguous.status, 422);
        QVERIFY(ambiguous.body.find("\"field\":\"application\"") != std::string::npos);
        HttpReply named =
            validate(json({{"username", "no.factor"}, {"password", kPassword}, {"application", "intranet"}}));
        QCOMPARE(named.json()->getValue<std::string>("result"), std::string("accept"));
        HttpReply unknown =
            validate(json({{"username", "no.factor"}, {"password", kPassword}, {"application", "nope"}}));
        QCOMPARE(unknown.status, 422);
    }
};

QTEST_GUILESS_MAIN(TestSecondFactors)
#include "TestSecondFactors.moc"
