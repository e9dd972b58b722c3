#include "AdminSession.h"
#include "HttpsClient.h"
#include "RadiusPeers.h"
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QtTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace castellan;
using namespace castellan::test;

namespace {

constexpr const char* kPassword = "Outage-Pass-2026";
constexpr const char* kRadiusSecret = "outage-radius-secret";
const QString kSeedHex = "3132333435363738393031323334353637383930"; // RFC 4226 Appendix D

/// Where the outage stands, set by the test around stopping and starting PostgreSQL.
enum class Phase
{
    Up,
    Stopping,
    Down,
    Starting,
};

/// One answer the client saw, with the phase when it was sent and when it came back.
struct Observation
{
    std::string what; ///< "good" (right password and code), "bad" (wrong password), "list", "radius"
    Phase sent = Phase::Up;
    Phase answered = Phase::Up;
    int status = 0;          ///< HTTP status; for RADIUS 1 accept, 2 reject, 0 no answer
    std::string result;      ///< validate's result when 200
    bool retryAfter = false; ///< 503 with Retry-After and problem+json
};

QString hotp(int counter)
{
    QProcess p;
    p.start("oathtool", {"-c", QString::number(counter), kSeedHex});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

bool during(const Observation& o, Phase phase)
{
    return o.sent == phase && o.answered == phase;
}

} // namespace

/// PostgreSQL stopped and started under load (a private cluster, so the suite's shared server is not disturbed):
/// while it is down every REST route that needs it answers 503 with Retry-After and RADIUS never accepts; no answer
/// is wrong at any time; when PostgreSQL is back the server serves again by itself.
class TestDatabaseOutage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_pgDir;
    QTemporaryDir m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    std::string m_agentToken;
    std::atomic<Phase> m_phase{Phase::Up};
    std::atomic<bool> m_running{false};
    std::mutex m_mutex;
    std::vector<Observation> m_seen;

    bool fixture(const QString& action)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start("bash", {qEnvironmentVariable("CASTELLAN_SOURCE_DIR") + "/tests/support/postgres-fixture.sh", action,
                         m_pgDir.filePath("pg")});
        return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
    void record(Observation o)
    {
        o.answered = m_phase.load();
        std::lock_guard lock(m_mutex);
        m_seen.push_back(std::move(o));
    }
    /// validate with the agent token; the observation's status and result.
    Observation validate(HttpsClient& client, const std::string& what, const std::string& body)
    {
        Observation o{what, m_phase.load()};
        HttpReply r = client.send("POST", "/api/v1/auth/validate", body, "application/json",
                                  {{"Authorization", "Bearer " + m_agentToken}});
        o.status = r.status;
        if (r.status == 200) {
            o.result = r.json()->getValue<std::string>("result");
        }
        o.retryAfter = r.headers.count("Retry-After") && r.contentType == "application/problem+json";
        return o;
    }
    /// The client: good and bad validations, a list route and RADIUS, in turns, until told to stop. A code is used
    /// once: the next one is taken after an answer, or after a 503 once the database answers again.
    void client()
    {
        HttpsClient http("127.0.0.1", m_server->httpsPort());
        const std::string adminToken = m_admin->token();
        int restCounter = 0;
        int radiusCounter = 0; // radius.user has a factor of its own
        bool restCodeInDoubt = false;
        while (m_running) {
            Observation list{"list", m_phase.load()};
            HttpReply users = http.get("/api/v1/users?limit=5", {{"Authorization", "Bearer " + adminToken}});
            list.status = users.status;
            list.retryAfter = users.headers.count("Retry-After") && users.contentType == "application/problem+json";
            const bool databaseAnswers = users.status == 200;
            record(list);
            if (restCodeInDoubt && databaseAnswers) {
                ++restCounter; // a 503 may have come after the code was spent: never send it again
                restCodeInDoubt = false;
            }
            if (!restCodeInDoubt) {
                Observation good = validate(http, "good",
                                            json({{"username", "outage.user"},
                                                  {"password", kPassword},
                                                  {"otp", hotp(restCounter).toStdString()}}));
                if (good.status == 200) {
                    ++restCounter;
                } else {
                    restCodeInDoubt = true;
                }
                record(good);
            }
            record(validate(http, "bad", json({{"username", "outage.other"}, {"password", "not-the-password"}})));
            Observation radius{"radius", m_phase.load()};
            const RadclientResult answer = RadiusPeers::radclient(
                "auth", QString("127.0.0.1:%1").arg(m_server->radiusPort()), kRadiusSecret,
                QString("User-Name = \"radius.user\"\nUser-Password = \"%1%2\"\nMessage-Authenticator = 0x00\n")
                    .arg(kPassword, hotp(radiusCounter)),
                1);
            radius.status = answer.received("Access-Accept") ? 1 : answer.received("Access-Reject") ? 2 : 0;
            if (radius.status != 0) {
                ++radiusCounter;
            }
            record(radius);
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    std::vector<Observation> seen()
    {
        std::lock_guard lock(m_mutex);
        return m_seen;
    }
    /// Waits until the client has recorded `count` more observations.
    void waitForObservations(std::size_t count, int timeoutMs)
    {
        const std::size_t target = seen().size() + count;
        QElapsedTimer timer;
        timer.start();
        while (seen().size() < target && timer.elapsed() < timeoutMs) {
            QTest::qWait(50);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_pgDir.isValid());
        QVERIFY2(fixture("start"), "the private PostgreSQL cluster did not start");
        QFile urlFile(m_pgDir.filePath("pg/url"));
        QVERIFY(urlFile.open(QIODevice::ReadOnly));
        const QString url = QString::fromUtf8(urlFile.readAll()).trimmed();
        m_server = std::make_unique<ServerProcess>(m_state.path(),
                                                   QStringList{"--set", "db.url=" + url, "--set", "radius.port=auto"});
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrText()));
        m_admin = std::make_unique<AdminSession>(*m_server);
        m_agentToken = m_admin->createClientToken("agent", "outage");
        for (const std::string name : {"outage.user", "outage.other", "radius.user"}) {
            HttpReply user = m_admin->send(
                "POST", "/api/v1/users",
                json({{"username", name}, {"password", kPassword}, {"password_confirmation", kPassword}}));
            QCOMPARE(user.status, 201);
            const std::string id = std::to_string(user.json()->getValue<Poco::Int64>("id"));
            HttpReply factor = m_admin->send(
                "POST", "/api/v1/users/" + id + "/factors",
                json({{"type", "hotp"}, {"serial", "OUT-" + name}, {"secret_hex", kSeedHex.toStdString()}}));
            QCOMPARE(factor.status, 201);
        }
        HttpReply counter = m_admin->send("POST", "/api/v1/applications",
                                          R"({"name":"VPN","type":"radius","allowed_factors":["hotp"],)"
                                          R"("appended_otp_length":6})");
        QCOMPARE(counter.status, 201);
        HttpReply client = m_admin->send(
            "POST", "/api/v1/radius-clients",
            json({{"name", "loopback"},
                  {"source", "127.0.0.1"},
                  {"secret", kRadiusSecret},
                  {"require_message_authenticator", "true"},
                  {"application_id", "=" + std::to_string(counter.json()->getValue<Poco::Int64>("id"))}}));
        QCOMPARE(client.status, 201);
    }
    void cleanupTestCase()
    {
        m_running = false;
        m_admin.reset();
        m_server.reset();
        fixture("stop");
    }

    void testOutageAnswers503NeverAcceptsAndRecoversByItself()
    {
        m_running = true;
        std::thread load([this] { client(); });
        waitForObservations(20, 30000);

        m_phase = Phase::Stopping;
        const bool halted = fixture("halt");
        m_phase = Phase::Down;
        waitForObservations(40, 60000);
        HttpsClient probe("127.0.0.1", m_server->httpsPort());
        const int healthDown = probe.get("/api/v1/health").status;

        m_phase = Phase::Starting;
        const bool resumed = fixture("resume");
        m_phase = Phase::Up;
        // Recovery by itself: nothing but time between PostgreSQL starting and the server serving again.
        QElapsedTimer recovery;
        recovery.start();
        const std::size_t before = seen().size();
        bool recovered = false;
        while (!recovered && recovery.elapsed() < 60000) {
            QTest::qWait(200);
            const std::vector<Observation> now = seen();
            int served = 0;
            for (std::size_t i = before; i < now.size(); ++i) {
                const Observation& o = now[i];
                served = during(o, Phase::Up) && (o.status == 200 || o.status == 1) ? served + 1 : 0;
            }
            recovered = served >= 12; // three whole rounds in a row
        }
        const qint64 recoveryMs = recovery.elapsed();
        waitForObservations(20, 30000);
        m_running = false;
        load.join();
        QVERIFY(halted);
        QVERIFY(resumed);

        int accepts = 0, answeredDown = 0, unavailable = 0, radiusDown = 0;
        QStringList wrong;
        for (const Observation& o : seen()) {
            const QString where = QString::fromStdString(o.what) + " " + QString::number(int(o.sent)) + "->" +
                                  QString::number(int(o.answered)) + ": " + QString::number(o.status) + " " +
                                  QString::fromStdString(o.result);
            if (o.what == "radius") {
                // Never an Access-Accept that was decided while PostgreSQL was down.
                if (o.status == 1 && (o.sent == Phase::Down || o.answered == Phase::Down)) {
                    ++accepts;
                    wrong << where;
                }
                radiusDown += during(o, Phase::Down) ? 1 : 0;
                continue;
            }
            const bool statusFits = o.status == 200 || (o.status == 503 && o.retryAfter);
            const bool resultFits = o.status != 200 || o.what == "list" || (o.what == "good" && o.result == "accept") ||
                                    (o.what == "bad" && o.result == "reject");
            if (!statusFits || !resultFits) {
                wrong << where;
            }
            if (during(o, Phase::Down)) {
                if (o.status == 503) {
                    ++unavailable;
                } else {
                    ++answeredDown;
                    wrong << "answered while down: " + where;
                }
                accepts += o.result == "accept" ? 1 : 0;
            }
        }
        qInfo("outage: %d REST answers 503 while down, %d RADIUS requests while down; recovered %lld ms after "
              "PostgreSQL started",
              unavailable, radiusDown, recoveryMs);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join("\n")));
        QCOMPARE(accepts, 0);
        QCOMPARE(answeredDown, 0);
        QVERIFY(unavailable > 0);
        QCOMPARE(healthDown, 503);
        QStringList last;
        const std::vector<Observation> all = seen();
        for (std::size_t i = all.size() > 16 ? all.size() - 16 : 0; i < all.size(); ++i) {
            last << QString("%1 %2 %3")
                        .arg(QString::fromStdString(all[i].what))
                        .arg(all[i].status)
                        .arg(QString::fromStdString(all[i].result));
        }
        QVERIFY2(recovered, qPrintable(last.join("; ") + "\n" + m_server->stderrText().right(3000)));
        QCOMPARE(probe.get("/api/v1/health").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOutage)
#include "TestDatabaseOutage.moc"
