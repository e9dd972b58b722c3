#include "AdminSession.h"
#include "DeviceClient.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"
#include "crypto/Base64.h"
#include "crypto/SecretBox.h"
#include "device/PushChallenges.h"
#include "otp/Base32.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace castellan;
using namespace castellan::test;
using client::DeviceClient;

/// SoftOTP over HTTPS against the real server, on SQLite and PostgreSQL: an administrator starts an enrollment,
/// the reference device client (the authenticator app, device API only) enrolls from the QR payload, confirms its
/// first code, syncs remote configuration and answers a push challenge; replays, expired tokens and foreign codes
/// are refused; secrets are stored sealed.
class TestSoftOtpEnrollment : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;

    static client::TlsTrust trust() { return {.acceptAnyCertificate = true}; }

    std::int64_t createUser(const std::string& username)
    {
        const std::string password = "Correct-Horse-77";
        HttpReply r =
            m_admin->send("POST", "/api/v1/users",
                          json({{"username", username}, {"password", password}, {"password_confirmation", password}}));
        if (r.status != 201) {
            throw std::runtime_error("user create: " + r.body);
        }
        return r.json()->getValue<std::int64_t>("id");
    }

    /// POST /users/{id}/enrollments for a new user; the answer's JSON.
    Poco::JSON::Object::Ptr enrollment(const std::string& username, const std::string& body = "{}")
    {
        HttpReply r =
            m_admin->send("POST", "/api/v1/users/" + std::to_string(createUser(username)) + "/enrollments", body);
        if (r.status != 201) {
            throw std::runtime_error("enrollment: HTTP " + std::to_string(r.status) + " " + r.body);
        }
        return r.json();
    }

    /// The app enrolled from the QR payload of a new enrollment for `username`.
    DeviceClient enrolledApp(const std::string& username, Poco::JSON::Object::Ptr* started = nullptr)
    {
        Poco::JSON::Object::Ptr e = enrollment(username);
        if (started) {
            *started = e;
        }
        auto app =
            DeviceClient::enroll(e->getValue<std::string>("otpauth_uri"), {"android", username + "'s phone"}, trust());
        if (!app) {
            throw std::runtime_error("app enrollment: " + app.error().message);
        }
        return std::move(app).value();
    }

    /// The `/softotp` entry of device `id`.
    Poco::JSON::Object::Ptr listed(std::int64_t id)
    {
        HttpReply r = m_admin->get("/api/v1/softotp?limit=500");
        auto items = r.json()->getArray("items");
        for (size_t i = 0; items && i < items->size(); ++i) {
            auto item = items->getObject(static_cast<unsigned>(i));
            if (item->getValue<std::int64_t>("id") == id) {
                return item;
            }
        }
        return {};
    }

    std::string reasonOf(std::int64_t id)
    {
        auto item = listed(id);
        return item->isNull("reason") ? std::string("(none)") : item->getValue<std::string>("reason");
    }

    std::int64_t auditCount(const std::string& event)
    {
        return m_admin->get("/api/v1/audit?limit=1&event=" + event).json()->getValue<std::int64_t>("total");
    }

    /// The test's own connection to the server's database, for what the API does not show.
    Database& database() { return m_db->open(false); }

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
        if (m_server) {
            QCOMPARE(m_server->stop(), 0);
        }
        m_server.reset();
        m_db.reset();
    }

    void testEnrollmentAnswersQrCodeUriAndOneTimeToken()
    {
        Poco::JSON::Object::Ptr e = enrollment("ayse.yilmaz", json({{"label", "Work phone"}}));
        const std::string uri = e->getValue<std::string>("otpauth_uri");
        const std::string secret = e->getValue<std::string>("secret");
        const std::string token = e->getValue<std::string>("enrollment_token");
        const std::string server = "https%3A%2F%2F127.0.0.1%3A" + std::to_string(m_server->httpsPort());
        QCOMPARE(uri, "otpauth://totp/Castellan%20MFA:ayse.yilmaz?secret=" + secret +
                          "&issuer=Castellan%20MFA&algorithm=SHA1&digits=6&period=30&castellan_enroll=" + token +
                          "&castellan_url=" + server);
        QCOMPARE(Base32::decode(secret)->size(), size_t(20));
        QVERIFY(e->getValue<std::string>("qr_svg").rfind("<svg", 0) == 0);
        QCOMPARE(e->getValue<std::string>("account_name"), std::string("ayse.yilmaz"));
        QCOMPARE(e->getValue<std::string>("issuer"), std::string("Castellan MFA"));
        const std::int64_t device = e->getValue<std::int64_t>("device_id");
        QCOMPARE(listed(device)->getValue<bool>("verified"), false);
        QCOMPARE(reasonOf(device), std::string("QR code not scanned"));
        QCOMPARE(listed(device)->getValue<std::string>("label"), std::string("Work phone"));
    }

    void testAppEnrollsFromTheQrPayloadAndItsFirstCodeVerifies()
    {
        Poco::JSON::Object::Ptr started;
        DeviceClient app = enrolledApp("first.code", &started);
        const std::int64_t id = app.state().deviceId;
        QCOMPARE(id, started->getValue<std::int64_t>("device_id"));
        QCOMPARE(listed(id)->getValue<bool>("verified"), false);
        QCOMPARE(reasonOf(id), std::string("First OTP not confirmed"));
        QCOMPARE(listed(id)->getValue<std::string>("platform"), std::string("android"));
        QVERIFY(!listed(id)->isNull("scanned_at"));

        auto verified = app.verify();
        QVERIFY2(verified, verified ? "" : verified.error().message.c_str());
        QCOMPARE(listed(id)->getValue<bool>("verified"), true);
        QCOMPARE(reasonOf(id), std::string("(none)"));
        // The same code again is a replay; its step was used.
        auto replayed = app.verify(app.currentCode());
        QVERIFY(!replayed);
        QCOMPARE(replayed.error().code, ErrorCode::InvalidInput);
    }

    void testOathtoolCodeVerifiesTheEnrolledSecret()
    {
        Poco::JSON::Object::Ptr started;
        DeviceClient app = enrolledApp("oath.tool", &started);
        QProcess oathtool;
        oathtool.start("oathtool", {"--totp", "-b", QString::fromStdString(started->getValue<std::string>("secret"))});
        QVERIFY(oathtool.waitForFinished(10000));
        QCOMPARE(oathtool.exitCode(), 0);
        const std::string code = QString::fromUtf8(oathtool.readAllStandardOutput()).trimmed().toStdString();
        QCOMPARE(code.size(), size_t(6));
        auto wrong = app.verify(code == "000000" ? "111111" : "000000");
        QVERIFY(!wrong);
        QCOMPARE(listed(app.state().deviceId)->getValue<bool>("verified"), false);
        auto verified = app.verify(code);
        QVERIFY2(verified, verified ? "" : verified.error().message.c_str());
        QCOMPARE(listed(app.state().deviceId)->getValue<bool>("verified"), true);
    }

    void testExpiredOrUsedEnrollmentTokenIsRefused()
    {
        HttpReply tooShort =
            m_admin->send("POST", "/api/v1/users/" + std::to_string(createUser("short.lived")) + "/enrollments",
                          json({{"expires_in_seconds", "=59"}}));
        QCOMPARE(tooShort.status, 422);

        Poco::JSON::Object::Ptr e = enrollment("late.user", json({{"expires_in_seconds", "=60"}}));
        const std::int64_t device = e->getValue<std::int64_t>("device_id");
        QCOMPARE(reasonOf(device), std::string("QR code not scanned"));
        // The server cannot take a test clock; the token's expiry is moved into the past instead.
        Poco::Int64 key = device;
        Poco::Int64 past = QDateTime::currentSecsSinceEpoch() - 1;
        database().write([&](Poco::Data::Session& s) {
            s << "UPDATE devices SET enrollment_expires_at = $1 WHERE id = $2", Poco::Data::Keywords::use(past),
                Poco::Data::Keywords::use(key), Poco::Data::Keywords::now;
        });
        QCOMPARE(reasonOf(device), std::string("Enrollment expired"));
        auto late = DeviceClient::enroll(e->getValue<std::string>("otpauth_uri"), {}, trust());
        QVERIFY(!late);
        QCOMPARE(late.error().code, ErrorCode::Unauthenticated);

        Poco::JSON::Object::Ptr again = enrollment("twice.user");
        QVERIFY(DeviceClient::enroll(again->getValue<std::string>("otpauth_uri"), {}, trust()));
        auto second = DeviceClient::enroll(again->getValue<std::string>("otpauth_uri"), {}, trust());
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::Unauthenticated);
        QVERIFY(auditCount("softotp.device.enroll") >= 3);
    }

    void testBulkRemoteConfigurationReachesEachDeviceOnItsNextSync()
    {
        DeviceClient first = enrolledApp("bulk.one");
        DeviceClient second = enrolledApp("bulk.two");
        QVERIFY(first.verify());
        QVERIFY(second.verify());
        const std::int64_t a = first.state().deviceId;
        const std::int64_t b = second.state().deviceId;
        QCOMPARE(listed(a)->getValue<bool>("config_delivered"), true); // enrollment delivered the defaults
        const std::int64_t auditedBefore = auditCount("softotp.config.delivered");

        HttpReply bulk = m_admin->send("PUT", "/api/v1/softotp/config",
                                       json({{"ids", "=[" + std::to_string(a) + "," + std::to_string(b) + "]"},
                                             {"pin_required", "true"},
                                             {"biometric_required", "true"}}));
        QCOMPARE(bulk.status, 200);
        QCOMPARE(bulk.json()->getValue<int>("updated"), 2);
        QCOMPARE(listed(a)->getValue<bool>("config_delivered"), false);
        QCOMPARE(listed(b)->getValue<bool>("config_delivered"), false);
        QCOMPARE(listed(a)->getValue<bool>("pin_required"), true);

        auto applied = first.sync();
        QVERIFY2(applied, applied ? "" : applied.error().message.c_str());
        QVERIFY(applied->pinRequired);
        QVERIFY(applied->biometricRequired);
        QCOMPARE(first.state().config.version, listed(a)->getValue<std::int64_t>("config_version"));
        QCOMPARE(listed(a)->getValue<bool>("config_delivered"), true);
        QVERIFY(!listed(a)->isNull("last_sync_at"));
        QCOMPARE(listed(b)->getValue<bool>("config_delivered"), false);
        QVERIFY(second.sync()->pinRequired);
        QCOMPARE(listed(b)->getValue<bool>("config_delivered"), true);
        QVERIFY(first.sync()); // nothing new: not audited again
        QCOMPARE(auditCount("softotp.config.delivered"), auditedBefore + 2);
        HttpReply audit = m_admin->get("/api/v1/audit?event=softotp.config.bulk");
        QCOMPARE(audit.json()->getValue<int>("total"), 1);
        QVERIFY(audit.body.find("2 devices: pin_required=true, biometric_required=true") != std::string::npos);

        // One device, with the configuration version as ETag.
        const std::string path = "/api/v1/softotp/" + std::to_string(a) + "/config";
        const std::string stale = "\"v1\"";
        QCOMPARE(m_admin
                     ->send("PUT", path, json({{"pin_required", "false"}, {"biometric_required", "true"}}),
                            {{"If-Match", stale}})
                     .status,
                 412);
        HttpReply one = m_admin->send("PUT", path, json({{"pin_required", "false"}, {"biometric_required", "true"}}));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.headers["ETag"],
                 "\"v" + std::to_string(one.json()->getValue<std::int64_t>("config_version")) + "\"");
        QVERIFY(!first.sync()->pinRequired);
        QCOMPARE(m_admin->send("PUT", path, json({{"pin_required", "maybe"}})).status, 422);
    }

    void testReplayedOrTamperedSignedRequestIsRefused()
    {
        DeviceClient app = enrolledApp("replayer");
        const client::SignedCall call = app.sign("GET", "/device/v1/sync");
        QCOMPARE(app.send(call).status, 200);
        const client::DeviceReply replay = app.send(call);
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.headers.at("Content-Type"), std::string("application/problem+json"));
        QCOMPARE(replay.headers.at("WWW-Authenticate"), std::string("Castellan-Signature realm=\"castellan-device\""));

        client::SignedCall tampered = app.sign("POST", "/device/v1/verify", R"({"otp":"123456"})");
        tampered.body = R"({"otp":"654321"})";
        const client::DeviceReply refused = app.send(tampered);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.body, replay.body); // which check failed is only in the server log

        client::SignedCall unsigned_ = call;
        unsigned_.headers.clear();
        QCOMPARE(app.send(unsigned_).status, 401);
        QVERIFY(app.sync());
    }

    void testSecretsAreStoredAsCiphertext()
    {
        Poco::JSON::Object::Ptr e = enrollment("sealed.secret");
        const std::string secret = e->getValue<std::string>("secret");
        const std::vector<std::uint8_t> raw = Base32::decode(secret).value();
        Poco::Int64 factor = e->getValue<std::int64_t>("factor_id");
        std::string stored;
        database().read([&](Poco::Data::Session& s) {
            s << "SELECT secret FROM factors WHERE id = $1", Poco::Data::Keywords::use(factor),
                Poco::Data::Keywords::into(stored), Poco::Data::Keywords::now;
        });
        QVERIFY(!stored.empty());
        QVERIFY(stored.find(secret) == std::string::npos);
        const auto sealed = Base64::decode(stored);
        QVERIFY2(sealed, stored.c_str());
        QVERIFY(sealed->size() >= SecretBox::kOverhead + raw.size());
        QVERIFY(std::search(sealed->begin(), sealed->end(), raw.begin(), raw.end()) == sealed->end());
    }

    void testPushChallengeIsAnsweredBySignedApproval()
    {
        DeviceClient app = enrolledApp("push.user");
        QVERIFY(app.verify());
        PushChallenges challenges(database());
        const std::int64_t userId = listed(app.state().deviceId)->getValue<std::int64_t>("user_id");
        const NewPushChallenge created = challenges.create(userId, "", "push", R"({"application":"VPN"})");
        auto pending = app.challenges();
        QVERIFY(pending);
        QCOMPARE(pending->size(), size_t(1));
        QVERIFY(pending->front().numberMatch);
        QCOMPARE(pending->front().context, std::string(R"({"application":"VPN"})"));
        auto status = app.answer(pending->front(), "approve", created.numberMatch);
        QVERIFY2(status, status ? "" : status.error().message.c_str());
        QCOMPARE(*status, std::string("approved"));
        QCOMPARE(challenges.status(created.id)->status, std::string("approved"));
        QVERIFY(app.challenges()->empty());
        QCOMPARE(auditCount("push.answer"), 1);
    }

    void testDeletingADeviceRemovesItAndLocksTheAppOut()
    {
        DeviceClient app = enrolledApp("removed.user");
        const std::string path = "/api/v1/softotp/" + std::to_string(app.state().deviceId);
        QCOMPARE(m_admin->send("DELETE", path, "").status, 204);
        QCOMPARE(m_admin->send("DELETE", path, "").status, 204);
        QVERIFY(!listed(app.state().deviceId));
        auto sync = app.sync();
        QVERIFY(!sync);
        QCOMPARE(sync.error().code, ErrorCode::Unauthenticated);
    }

    void testUserScopeClientMayEnrollButAgentMayNot()
    {
        const std::string userToken = m_admin->createClientToken("user", "Enrollment portal");
        const std::string agentToken = m_admin->createClientToken("agent", "VPN agent");
        const std::string path = "/api/v1/users/" + std::to_string(createUser("by.application")) + "/enrollments";
        HttpReply byUser =
            m_admin->client().send("POST", path, "", "application/json", {{"Authorization", "Bearer " + userToken}});
        QCOMPARE(byUser.status, 201);
        HttpReply byAgent =
            m_admin->client().send("POST", path, "", "application/json", {{"Authorization", "Bearer " + agentToken}});
        QCOMPARE(byAgent.status, 403);
        QCOMPARE(m_admin->send("POST", "/api/v1/users/999999/enrollments", "").status, 404);
    }

    void testCommandLineClientEnrollsVerifiesAndSyncs()
    {
        const QString binary = qEnvironmentVariable("CASTELLAN_DEVICE_CLIENT");
        QVERIFY2(!binary.isEmpty(), "CASTELLAN_DEVICE_CLIENT is not set");
        QTemporaryDir dir;
        const QString state = dir.filePath("device.json");
        auto run = [&](QStringList args) {
            QProcess cli;
            cli.start(binary, QStringList{"--state", state, "--insecure"} + args);
            cli.waitForFinished(30000);
            return std::make_pair(cli.exitCode(),
                                  QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError()));
        };
        Poco::JSON::Object::Ptr e = enrollment("cli.user");
        auto enrolled =
            run({"enroll", QString::fromStdString(e->getValue<std::string>("otpauth_uri")), "--platform", "ios"});
        QVERIFY2(enrolled.first == 0, qPrintable(enrolled.second));
        QVERIFY(enrolled.second.contains("enrolled device " + QString::number(e->getValue<std::int64_t>("device_id"))));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                                          QFile::WriteOther | QFile::ExeOther;
        QVERIFY((QFile::permissions(state) & others) == 0); // it holds the private key and the TOTP secret
        auto verified = run({"verify"});
        QVERIFY2(verified.first == 0, qPrintable(verified.second));
        QCOMPARE(listed(e->getValue<std::int64_t>("device_id"))->getValue<bool>("verified"), true);
        QCOMPARE(m_admin
                     ->send("PUT",
                            "/api/v1/softotp/" + std::to_string(e->getValue<std::int64_t>("device_id")) + "/config",
                            json({{"pin_required", "true"}, {"biometric_required", "false"}}))
                     .status,
                 200);
        auto synced = run({"sync"});
        QVERIFY2(synced.first == 0, qPrintable(synced.second));
        QVERIFY2(synced.second.contains("pin_required=true biometric_required=false"), qPrintable(synced.second));
        QCOMPARE(run({"bogus"}).first, 2);
    }
};

QTEST_GUILESS_MAIN(TestSoftOtpEnrollment)
#include "TestSoftOtpEnrollment.moc"
