#include "FreshDatabase.h"
#include "notify/OneTimeCodes.h"

#include <Poco/Data/Session.h>

#include <QtTest>

#include <atomic>
#include <barrier>
#include <thread>

using namespace castellan;
using namespace Poco::Data::Keywords;

namespace {

class ManualClock : public Clock
{
public:
    std::int64_t t = 1'700'000'000;
    std::int64_t nowSeconds() const override { return t; }
};

// A user with an SMS factor, inserted directly; returns the factor id.
std::int64_t insertFactor(Database& db, const std::string& username)
{
    Poco::Int64 factorId = 0;
    std::string name = username;
    db.write([&](Poco::Data::Session& s) {
        Poco::Int64 userId = 0;
        s << "INSERT INTO users (username, username_key, created_at, updated_at) VALUES ($1, $2, 0, 0) RETURNING id",
            use(name), use(name), into(userId), now;
        s << "INSERT INTO factors (user_id, type, destination, created_at) VALUES ($1, 'sms', '+905551234567', 0) "
             "RETURNING id",
            use(userId), into(factorId), now;
    });
    return factorId;
}

Poco::Int64 countDeliveries(Database& db, std::int64_t factorId)
{
    Poco::Int64 n = 0;
    Poco::Int64 id = factorId;
    db.read([&](Poco::Data::Session& s) {
        s << "SELECT COUNT(*) FROM otp_deliveries WHERE factor_id = $1", use(id), into(n), now;
    });
    return n;
}

std::string wrongCode(const std::string& code)
{
    return code == "000000" ? "000001" : "000000";
}

} // namespace

class TestOneTimeCodes : public QObject
{
    Q_OBJECT
private slots:
    void testCodeIsSixDigitsStoredOnlyAsDigest()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        const auto factor = insertFactor(db, "alice");
        auto issued = codes.issue(factor, "tx-1");
        QVERIFY2(issued.ok(), issued.ok() ? "" : issued.error().logDetail.c_str());
        QCOMPARE(issued->code.size(), size_t(6));
        QVERIFY(std::all_of(issued->code.begin(), issued->code.end(), [](char c) { return c >= '0' && c <= '9'; }));
        QCOMPARE(issued->expiresAt, clock.t + 300);

        std::string hash;
        std::string transaction;
        Poco::Int64 expires = 0;
        Poco::Int64 id = issued->deliveryId;
        db.read([&](Poco::Data::Session& s) {
            s << "SELECT code_hash, transaction_id, expires_at FROM otp_deliveries WHERE id = $1", use(id), into(hash),
                into(transaction), into(expires), now;
        });
        QCOMPARE(hash, OneTimeCodes::codeHash(factor, issued->code));
        QCOMPARE(hash.size(), size_t(64));
        QCOMPARE(transaction, std::string("tx-1"));
        QCOMPARE(std::int64_t(expires), clock.t + 300);
    }
    void testDigestIsSha256OfFactorAndCode()
    {
        // echo -n '42:123456' | sha256sum
        QCOMPARE(OneTimeCodes::codeHash(42, "123456"),
                 std::string("be3023a5c3bbbb3d2e13b51b2aaafb873fb5b47de1cf527b517470f218b519b6"));
    }
    void testDrawsAboveTheLastWholeMillionAreRedrawn()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        // First draw 0xFFFFFFFF (4294967295, past 4294000000) must be thrown away, not folded to 967295.
        std::vector<std::uint8_t> stream = {0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x30, 0x39}; // then 12345
        std::size_t at = 0;
        Random random([&](std::span<std::uint8_t> out) {
            for (auto& b : out) {
                b = stream.at(at++);
            }
        });
        OneTimeCodes codes(db, clock, random);
        auto issued = codes.issue(insertFactor(db, "alice"), "");
        QVERIFY(issued.ok());
        QCOMPARE(issued->code, std::string("012345"));
        QCOMPARE(at, stream.size());
    }
    void testCodeIsAcceptedOnce()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        const auto factor = insertFactor(db, "alice");
        auto issued = codes.issue(factor, "tx");
        QVERIFY(issued.ok());
        clock.t += 10;
        QCOMPARE(codes.verify(factor, issued->code, "tx").value(), true);
        QCOMPARE(codes.verify(factor, issued->code, "tx").value(), false);
    }
    void testCodeExpiresAfterFiveMinutes()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        const auto early = insertFactor(db, "early");
        const auto late = insertFactor(db, "late");
        auto a = codes.issue(early, "tx");
        auto b = codes.issue(late, "tx");
        QVERIFY(a.ok() && b.ok());
        clock.t += 299;
        QCOMPARE(codes.verify(early, a->code, "tx").value(), true);
        clock.t += 1;
        QCOMPARE(codes.verify(late, b->code, "tx").value(), false);
    }
    void testFiveWrongTriesExhaustTheCode()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        const auto factor = insertFactor(db, "alice");
        auto issued = codes.issue(factor, "tx");
        QVERIFY(issued.ok());
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(codes.verify(factor, wrongCode(issued->code), "tx").value(), false);
        }
        QCOMPARE(codes.verify(factor, issued->code, "tx").value(), false);
    }
    void testFourWrongTriesStillLeaveTheFifth()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        const auto factor = insertFactor(db, "alice");
        auto issued = codes.issue(factor, "tx");
        QVERIFY(issued.ok());
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(codes.verify(factor, wrongCode(issued->code), "tx").value(), false);
        }
        QCOMPARE(codes.verify(factor, " " + issued->code + "\n", "tx").value(), true);
    }
    void testOneCodePerThirtySeconds()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        const auto factor = insertFactor(db, "alice");
        QVERIFY(codes.issue(factor, "tx").ok());
        clock.t += 29;
        auto again = codes.issue(factor, "tx");
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::RateLimited);
        QCOMPARE(again.error().message, std::string("A code was sent moments ago; wait before asking for another"));
        clock.t += 1;
        QVERIFY(codes.issue(factor, "tx").ok());
    }
    void testFiveCodesPerFifteenMinutes()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        const auto factor = insertFactor(db, "alice");
        const std::int64_t start = clock.t;
        for (int i = 0; i < 5; ++i) {
            clock.t = start + i * 30;
            QVERIFY(codes.issue(factor, "tx").ok());
        }
        clock.t = start + 5 * 30;
        auto sixth = codes.issue(factor, "tx");
        QVERIFY(!sixth);
        QCOMPARE(sixth.error().code, ErrorCode::RateLimited);
        clock.t = start + 899;
        QVERIFY(!codes.issue(factor, "tx"));
        clock.t = start + 900; // the first code leaves the 15-minute window
        QVERIFY(codes.issue(factor, "tx").ok());
        QVERIFY(!codes.issue(factor, "tx"));
        // Other factors are not affected.
        QVERIFY(codes.issue(insertFactor(db, "bob"), "tx").ok());
    }
    void testNewCodeSupersedesTheOlder()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        const auto factor = insertFactor(db, "alice");
        auto first = codes.issue(factor, "tx");
        clock.t += 30;
        auto second = codes.issue(factor, "tx");
        QVERIFY(first.ok() && second.ok());
        if (first->code != second->code) {
            QCOMPARE(codes.verify(factor, first->code, "tx").value(), false);
        }
        QCOMPARE(codes.verify(factor, second->code, "tx").value(), true);
        // Using the newest does not bring the older one back.
        QCOMPARE(codes.verify(factor, first->code, "tx").value(), false);
    }
    void testCodeIsBoundToItsTransaction()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        const auto factor = insertFactor(db, "alice");
        auto issued = codes.issue(factor, "tx-A");
        QVERIFY(issued.ok());
        QCOMPARE(codes.verify(factor, issued->code, "tx-B").value(), false);
        QCOMPARE(codes.verify(factor, issued->code, "").value(), false);
        QCOMPARE(codes.verify(factor, issued->code, "tx-A").value(), true);
    }
    void testRefusedCodeCarriesTheLiveOneOverToTheNewTransaction()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        const auto factor = insertFactor(db, "alice");
        auto issued = codes.issue(factor, "tx-A");
        QVERIFY(issued.ok());
        clock.t += 10;
        QVERIFY(!codes.issue(factor, "tx-B"));
        auto carried = codes.carryOver(factor, "tx-B");
        QVERIFY(carried.ok());
        QVERIFY(carried->live);
        QCOMPARE(carried->waitSeconds, 20);
        QCOMPARE(codes.verify(factor, issued->code, "tx-A").value(), false);
        QCOMPARE(codes.verify(factor, issued->code, "tx-B").value(), true);
        QCOMPARE(countDeliveries(db, factor), Poco::Int64(1)); // nothing new was issued
    }
    void testUsedCodeIsNotCarriedOverButTheWaitIsTold()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        const auto factor = insertFactor(db, "alice");
        auto issued = codes.issue(factor, "tx-A");
        QVERIFY(codes.verify(factor, issued->code, "tx-A").value());
        clock.t += 5;
        auto carried = codes.carryOver(factor, "tx-B");
        QVERIFY(carried.ok());
        QVERIFY(!carried->live);
        QCOMPARE(carried->waitSeconds, 25);
        QCOMPARE(codes.verify(factor, issued->code, "tx-B").value(), false);
    }
    void testCodeOfAnotherFactorIsRefused()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        const auto alice = insertFactor(db, "alice");
        const auto bob = insertFactor(db, "bob");
        auto issued = codes.issue(alice, "tx");
        QVERIFY(issued.ok());
        QCOMPARE(codes.verify(bob, issued->code, "tx").value(), false);
        QCOMPARE(codes.verify(alice, issued->code, "tx").value(), true);
    }
    void testWithdrawnCodeIsUnusableAndDoesNotDelayTheNext()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        const auto factor = insertFactor(db, "alice");
        auto issued = codes.issue(factor, "tx");
        QVERIFY(issued.ok());
        QVERIFY(codes.withdraw(issued->deliveryId).ok());
        QCOMPARE(codes.verify(factor, issued->code, "tx").value(), false);
        auto next = codes.issue(factor, "tx");
        QVERIFY2(next.ok(), next.ok() ? "" : next.error().logDetail.c_str());
        QCOMPARE(codes.verify(factor, next->code, "tx").value(), true);
    }
    void testUnknownFactorIsNotFound()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        auto issued = codes.issue(987654, "tx");
        QVERIFY(!issued);
        QCOMPARE(issued.error().code, ErrorCode::NotFound);
    }
    void testTwoThreadsIssuingAtOnceProduceExactlyOneCode()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        for (int round = 0; round < 10; ++round) {
            const auto factor = insertFactor(db, "user" + std::to_string(round));
            std::atomic<int> issued{0};
            std::atomic<int> limited{0};
            std::barrier start(2);
            auto issue = [&] {
                start.arrive_and_wait();
                auto result = codes.issue(factor, "tx");
                if (result.ok()) {
                    ++issued;
                } else if (result.error().code == ErrorCode::RateLimited) {
                    ++limited;
                }
            };
            std::thread a(issue);
            std::thread b(issue);
            a.join();
            b.join();
            QCOMPARE(issued.load(), 1);
            QCOMPARE(limited.load(), 1);
            QCOMPARE(countDeliveries(db, factor), Poco::Int64(1));
        }
    }
    void testTwoThreadsVerifyingTheSameCodeAcceptItOnce()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        for (int round = 0; round < 10; ++round) {
            const auto factor = insertFactor(db, "user" + std::to_string(round));
            auto code = codes.issue(factor, "tx");
            QVERIFY(code.ok());
            std::atomic<int> accepted{0};
            std::barrier start(2);
            auto verify = [&] {
                start.arrive_and_wait();
                auto result = codes.verify(factor, code->code, "tx");
                if (result.ok() && result.value()) {
                    ++accepted;
                }
            };
            std::thread a(verify);
            std::thread b(verify);
            a.join();
            b.join();
            QCOMPARE(accepted.load(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestOneTimeCodes)
#include "TestOneTimeCodes.moc"
