#include "FreshDatabase.h"

#include <Poco/Data/Session.h>

#include <QtTest>

#include <atomic>
#include <thread>

using namespace castellan;
using namespace Poco::Data::Keywords;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void testConcurrentAtomicIncrementsAreAllCounted()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        db.write([](Poco::Data::Session& s) {
            s << "INSERT INTO settings (key, value, updated_at) VALUES ('counter', '0', 0)", now;
        });
        constexpr int kThreads = 8;
        constexpr int kEach = 25;
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < kEach; ++i) {
                    try {
                        db.write([](Poco::Data::Session& s) {
                            s << "UPDATE settings SET updated_at = updated_at + 1 WHERE key = 'counter'", now;
                        });
                    } catch (...) {
                        ++failures;
                    }
                }
            });
        }
        for (auto& t : threads) {
            t.join();
        }
        QCOMPARE(failures.load(), 0);
        Poco::Int64 total = 0;
        db.read([&](Poco::Data::Session& s) {
            s << "SELECT updated_at FROM settings WHERE key = 'counter'", into(total), now;
        });
        QCOMPARE(total, Poco::Int64(kThreads * kEach));
    }
    void testForeignKeysAreEnforced()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        bool refused = false;
        try {
            db.write([](Poco::Data::Session& s) {
                s << "INSERT INTO factors (user_id, type, created_at) VALUES (424242, 'totp', 0)", now;
            });
        } catch (const Poco::Exception&) {
            refused = true;
        }
        QVERIFY(refused);
    }
    void testWriteRollsBackOnException()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, db.write([](Poco::Data::Session& s) {
            s << "INSERT INTO settings (key, value, updated_at) VALUES ('k', 'v', 0)", now;
            throw std::runtime_error("abort");
        }));
        Poco::Int64 n = -1;
        db.read([&](Poco::Data::Session& s) { s << "SELECT COUNT(*) FROM settings", into(n), now; });
        QCOMPARE(n, Poco::Int64(0));
    }
    void testPingAnswers() { QVERIFY(test::FreshDatabase().open().ping()); }
};

QTEST_APPLESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
