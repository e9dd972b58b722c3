#include "AdminSession.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"

#include "license/LicenseKey.h"
#include "otp/Hotp.h"

#include <QtTest>

#include <latch>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>

using namespace castellan;
using namespace castellan::test;

/// Two castellan-server processes sharing one PostgreSQL database (and master key), as nodes behind a load
/// balancer: security counters must be exact across them.
class TestTwoNodes : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_stateA, m_stateB;
    std::unique_ptr<ServerProcess> m_nodeA, m_nodeB;
    std::unique_ptr<AdminSession> m_admin;
    std::string m_agentToken;
    std::pair<std::string, std::string> m_vendor = LicenseKey::generateKeyPair();

    /// Installs a test license for `users` users a month; the HTTP status.
    int installLicense(int users)
    {
        LicenseTerms t;
        t.company = "Two Nodes";
        t.userLimit = users;
        t.type = "subscription";
        t.supportEndDate = "2099-12-31";
        t.appKey = m_admin->get("/api/v1/license").json()->getValue<std::string>("app_key");
        return m_admin
            ->send("PUT", "/api/v1/license", json({{"license_key", LicenseKey::sign(t, m_vendor.first).value()}}))
            .status;
    }

    static constexpr const char* kPassword = "Right-Password-123";

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<FreshDatabase>();
        m_stateA = std::make_unique<QTemporaryDir>();
        QFile pub(m_stateA->filePath("test-vendor.pub"));
        QVERIFY(pub.open(QIODevice::WriteOnly));
        pub.write(QByteArray::fromStdString(m_vendor.second));
        pub.close();
        const QStringList dbArgs{"--set", QString::fromStdString("db.url=" + m_db->url()),
                                 "--set", "license.test_public_key=" + pub.fileName(),
                                 "--set", "auth.password_only_without_profile=true"};
        m_nodeA = std::make_unique<ServerProcess>(m_stateA->path(), dbArgs);
        QVERIFY2(m_nodeA->start(), qPrintable(m_nodeA->stderrText()));
        // Nodes share the master key, as the README says to deploy them.
        m_stateB = std::make_unique<QTemporaryDir>();
        QVERIFY(QFile::copy(m_stateA->filePath("master.key"), m_stateB->filePath("master.key")));
        m_nodeB = std::make_unique<ServerProcess>(m_stateB->path(), dbArgs);
        QVERIFY2(m_nodeB->start(), qPrintable(m_nodeB->stderrText()));
        QVERIFY(!m_nodeB->stdoutText().contains("one-time password")); // the bootstrap admin exists once

        m_admin = std::make_unique<AdminSession>(*m_nodeA);
        m_agentToken = m_admin->createClientToken("agent", "VPN");
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_nodeA.reset();
        m_nodeB.reset();
    }

    void testTokensAndUsersWorkOnBothNodes()
    {
        HttpsClient onB("127.0.0.1", m_nodeB->httpsPort());
        QCOMPARE(onB.get("/api/v1/users", {{"Authorization", "Bearer " + m_admin->token()}}).status, 200);
        QCOMPARE(
            m_admin
                ->send(
                    "POST", "/api/v1/users",
                    json({{"username", "both.nodes"}, {"password", kPassword}, {"password_confirmation", kPassword}}))
                .status,
            201);
        HttpReply r =
            onB.send("POST", "/api/v1/auth/validate", json({{"username", "both.nodes"}, {"password", kPassword}}),
                     "application/json", {{"Authorization", "Bearer " + m_agentToken}});
        QCOMPARE(r.json()->getValue<std::string>("result"), std::string("accept"));
    }

    void testNewUsersRacedOnTwoNodesFillTheLicenseExactly()
    {
        // The Demo License admits 25 users a month; earlier tests counted some. (Runs before the tests that fail
        // hundreds of times from this address, which throttle it.) 40 new users, each signing in on
        // both nodes at once, must leave exactly the remaining places taken.
        const int before = m_admin->get("/api/v1/license").json()->getValue<int>("active_users");
        const int limit = m_admin->get("/api/v1/license").json()->getValue<int>("user_limit");
        constexpr int kUsers = 40;
        for (int i = 0; i < kUsers; ++i) {
            const std::string name = "seat." + std::to_string(i);
            QCOMPARE(
                m_admin
                    ->send("POST", "/api/v1/users",
                           json({{"username", name}, {"password", kPassword}, {"password_confirmation", kPassword}}))
                    .status,
                201);
        }
        std::mutex mutex;
        std::set<std::string> admitted;
        int limitRefusals = 0;
        auto node = [&](int port, int offset) {
            HttpsClient client("127.0.0.1", port);
            for (int n = 0; n < kUsers; ++n) {
                const std::string name = "seat." + std::to_string((n + offset) % kUsers);
                HttpReply r =
                    client.send("POST", "/api/v1/auth/validate", json({{"username", name}, {"password", kPassword}}),
                                "application/json", {{"Authorization", "Bearer " + m_agentToken}});
                std::lock_guard lock(mutex);
                if (r.json()->getValue<std::string>("result") == "accept") {
                    admitted.insert(name);
                } else if (r.json()->getValue<std::string>("message").find("User limit exceeded") !=
                           std::string::npos) {
                    ++limitRefusals;
                }
            }
        };
        std::thread onA(node, m_nodeA->httpsPort(), 0);
        std::thread onB(node, m_nodeB->httpsPort(), 0); // the same order: both nodes race for each user
        onA.join();
        onB.join();
        QCOMPARE(static_cast<int>(admitted.size()), limit - before);
        QCOMPARE(m_admin->get("/api/v1/license").json()->getValue<int>("active_users"), limit);
        QVERIFY(limitRefusals >= 2 * (kUsers - (limit - before)) - 2);
        QCOMPARE(installLicense(1000), 200); // room for the users of the tests that follow
    }

    void testConcurrentFailuresOnTwoNodesBlockAtExactlyTheLimit()
    {
        constexpr int kLimit = 7;
        constexpr int kAttempts = 200;
        HttpReply settings = m_admin->get("/api/v1/settings/security");
        QCOMPARE(m_admin
                     ->send("PUT", "/api/v1/settings/security",
                            json({{"failed_attempt_limit", "=" + std::to_string(kLimit)},
                                  {"window_seconds", "=3600"},
                                  {"block_seconds", "=3600"},
                                  {"permanent_block", "false"},
                                  {"source_failure_limit", "=100000"}}),
                            {{"If-Match", settings.headers["ETag"]}})
                     .status,
                 200);
        QCOMPARE(
            m_admin
                ->send("POST", "/api/v1/users",
                       json({{"username", "target"}, {"password", kPassword}, {"password_confirmation", kPassword}}))
                .status,
            201);
        std::this_thread::sleep_for(std::chrono::seconds(6)); // the settings cache on node B lives 5 s

        std::atomic<int> next{0};
        std::atomic<int> rejects{0};
        std::atomic<int> errors{0};
        std::vector<std::thread> workers;
        for (int w = 0; w < 16; ++w) {
            workers.emplace_back([&, w] {
                HttpsClient a("127.0.0.1", m_nodeA->httpsPort());
                HttpsClient b("127.0.0.1", m_nodeB->httpsPort());
                while (true) {
                    const int i = next++;
                    if (i >= kAttempts) {
                        break;
                    }
                    HttpsClient& node = (i + w) % 2 == 0 ? a : b;
                    try {
                        HttpReply r =
                            node.send("POST", "/api/v1/auth/validate",
                                      json({{"username", "target"}, {"password", "guess-" + std::to_string(i)}}),
                                      "application/json", {{"Authorization", "Bearer " + m_agentToken}});
                        if (r.status == 200 && r.json()->getValue<std::string>("result") == "reject") {
                            ++rejects;
                        } else {
                            ++errors;
                        }
                    } catch (...) {
                        ++errors;
                    }
                }
            });
        }
        for (auto& t : workers) {
            t.join();
        }
        QCOMPARE(errors.load(), 0);
        QCOMPARE(rejects.load(), kAttempts);

        // Exactly kLimit guesses were evaluated; every other attempt was refused without a password check.
        HttpReply wrong = m_admin->get("/api/v1/audit?user=target&event=auth.validate&limit=500");
        int evaluated = 0;
        auto items = wrong.json()->getArray("items");
        for (size_t i = 0; i < items->size(); ++i) {
            if (items->getObject(static_cast<unsigned>(i))->getValue<std::string>("reason") == "wrong password") {
                ++evaluated;
            }
        }
        QCOMPARE(evaluated, kLimit);
        HttpReply blocks = m_admin->get("/api/v1/audit?user=target&event=account.block");
        QCOMPARE(blocks.json()->getValue<int>("total"), 1);
        QVERIFY(blocks.body.find(std::to_string(kLimit) + " failed attempts") != std::string::npos);

        // Blocked on both nodes, even with the right password.
        for (ServerProcess* node : {m_nodeA.get(), m_nodeB.get()}) {
            HttpsClient client("127.0.0.1", node->httpsPort());
            HttpReply r =
                client.send("POST", "/api/v1/auth/validate", json({{"username", "target"}, {"password", kPassword}}),
                            "application/json", {{"Authorization", "Bearer " + m_agentToken}});
            QCOMPARE(r.json()->getValue<std::string>("result"), std::string("reject"));
        }
    }

    void testTheSameCodeRacedOnTwoNodesIsAcceptedExactlyOnce()
    {
        HttpReply settings = m_admin->get("/api/v1/settings/security");
        QCOMPARE(m_admin
                     ->send("PUT", "/api/v1/settings/security",
                            json({{"failed_attempt_limit", "=1000"},
                                  {"window_seconds", "=60"},
                                  {"block_seconds", "=60"},
                                  {"permanent_block", "false"},
                                  {"source_failure_limit", "=100000"}}),
                            {{"If-Match", settings.headers["ETag"]}})
                     .status,
                 200);
        QCOMPARE(m_admin
                     ->send("POST", "/api/v1/applications",
                            R"({"name":"OTP only","type":"api","allowed_factors":["hotp"],"password_required":false})")
                     .status,
                 201);
        HttpReply user =
            m_admin->send("POST", "/api/v1/users",
                          json({{"username", "racer"}, {"password", kPassword}, {"password_confirmation", kPassword}}));
        const std::string seedHex = "3132333435363738393031323334353637383930";
        QCOMPARE(m_admin
                     ->send("POST", "/api/v1/users/" + std::to_string(user.json()->getValue<int>("id")) + "/factors",
                            json({{"type", "hotp"}, {"serial", "RACE-1"}, {"secret_hex", seedHex}}))
                     .status,
                 201);
        const std::string seedText = "12345678901234567890";
        const std::vector<std::uint8_t> seed(seedText.begin(), seedText.end());
        std::this_thread::sleep_for(std::chrono::seconds(6)); // node B's settings cache

        HttpsClient a("127.0.0.1", m_nodeA->httpsPort());
        HttpsClient b("127.0.0.1", m_nodeB->httpsPort());
        constexpr int kRounds = 100;
        int roundsWithOneAccept = 0;
        for (int round = 0; round < kRounds; ++round) {
            const std::string code = hotp(seed, static_cast<std::uint64_t>(round), 6, OtpAlgorithm::Sha1);
            const std::string body = json({{"username", "racer"}, {"otp", code}, {"application", "OTP only"}});
            std::latch start(2);
            std::atomic<int> accepts{0};
            auto race = [&](HttpsClient& node) {
                start.arrive_and_wait();
                HttpReply r = node.send("POST", "/api/v1/auth/validate", body, "application/json",
                                        {{"Authorization", "Bearer " + m_agentToken}});
                if (r.status == 200 && r.json()->getValue<std::string>("result") == "accept") {
                    ++accepts;
                }
            };
            std::thread onA(race, std::ref(a));
            std::thread onB(race, std::ref(b));
            onA.join();
            onB.join();
            roundsWithOneAccept += accepts.load() == 1 ? 1 : 0;
        }
        QCOMPARE(roundsWithOneAccept, kRounds);
        HttpReply replays = m_admin->get("/api/v1/audit?user=racer&event=auth.validate&limit=500");
        // Each round's loser was refused as a replay (it raced the same counter) or as an old code (it read the
        // factor after the winner had moved the counter on).
        int refused = 0;
        auto items = replays.json()->getArray("items");
        for (size_t i = 0; i < items->size(); ++i) {
            const std::string reason = items->getObject(static_cast<unsigned>(i))->getValue<std::string>("reason");
            refused += reason == "one-time code replayed" || reason == "wrong one-time code" ? 1 : 0;
        }
        QCOMPARE(refused, kRounds);
    }
};

QTEST_GUILESS_MAIN(TestTwoNodes)
#include "TestTwoNodes.moc"
