#include "AdminSession.h"
#include "FreshDatabase.h"
#include "ServerProcess.h"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>

#include <QtTest>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>

using namespace castellan;
using namespace castellan::test;

/// SIGKILL in the middle of writes: after a restart every acknowledged write is there and the server starts
/// cleanly (SQLite WAL recovery; PostgreSQL transactions).
class TestCrashRecovery : public QObject
{
    Q_OBJECT
private slots:
    void testKilledServerLosesNoAcknowledgedWrite()
    {
        FreshDatabase db;
        QTemporaryDir state;
        const QStringList args{"--set", QString::fromStdString("db.url=" + db.url())};
        auto server = std::make_unique<ServerProcess>(state.path(), args);
        QVERIFY2(server->start(), qPrintable(server->stderrText()));
        AdminSession admin(*server);
        const std::string token = admin.token();
        const int port = server->httpsPort();

        std::mutex mutex;
        std::set<std::string> acknowledged;
        std::atomic<bool> stop{false};
        std::atomic<int> counter{0};
        std::vector<std::thread> writers;
        for (int w = 0; w < 6; ++w) {
            writers.emplace_back([&] {
                HttpsClient client("127.0.0.1", port);
                while (!stop) {
                    const std::string name = "crash." + std::to_string(counter++);
                    try {
                        HttpReply r = client.send("POST", "/api/v1/users",
                                                  json({{"username", name},
                                                        {"password", "Crash-Test-Password-1"},
                                                        {"password_confirmation", "Crash-Test-Password-1"}}),
                                                  "application/json", {{"Authorization", "Bearer " + token}});
                        if (r.status == 201) {
                            std::lock_guard lock(mutex);
                            acknowledged.insert(name);
                        }
                    } catch (...) {
                        // The connection died with the server: this write was never acknowledged.
                    }
                }
            });
        }
        // Let writes flow, then kill the server while requests are in flight.
        for (int i = 0; i < 100; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            std::lock_guard lock(mutex);
            if (acknowledged.size() >= 40) {
                break;
            }
        }
        server->kill();
        stop = true;
        for (auto& t : writers) {
            t.join();
        }
        QVERIFY2(acknowledged.size() >= 10, "too few writes were acknowledged before the kill");

        if (FreshDatabase::kind() == "sqlite") {
            Poco::Data::SQLite::Connector::registerConnector();
            Poco::Data::Session check("SQLite", db.url().substr(std::string("sqlite:").size()));
            std::string integrity;
            check << "PRAGMA integrity_check", Poco::Data::Keywords::into(integrity), Poco::Data::Keywords::now;
            QCOMPARE(integrity, std::string("ok"));
        }

        server = std::make_unique<ServerProcess>(state.path(), args);
        QVERIFY2(server->start(), qPrintable(server->stderrText()));
        HttpsClient client("127.0.0.1", server->httpsPort());
        QCOMPARE(client.get("/api/v1/health").json()->getValue<std::string>("database"), std::string("ok"));
        HttpReply list = client.get("/api/v1/users?q=crash.&limit=500", {{"Authorization", "Bearer " + token}});
        QCOMPARE(list.status, 200);
        std::set<std::string> stored;
        auto items = list.json()->getArray("items");
        for (size_t i = 0; i < items->size(); ++i) {
            stored.insert(items->getObject(static_cast<unsigned>(i))->getValue<std::string>("username"));
        }
        for (const std::string& name : acknowledged) {
            QVERIFY2(stored.count(name), ("acknowledged but lost: " + name).c_str());
        }
        // Each stored user came with its audit record in the same transaction.
        HttpReply audit = client.get("/api/v1/audit?event=user.create&limit=1", {{"Authorization", "Bearer " + token}});
        QCOMPARE(audit.json()->getValue<size_t>("total"), stored.size());
        QCOMPARE(server->stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "TestCrashRecovery.moc"
