#include "radius/DuplicateCache.h"

#include <QTest>

using namespace castellan;

namespace {

class ManualClock : public Clock
{
public:
    std::int64_t nowSeconds() const override { return now; }
    std::int64_t now = 1'000'000;
};

DuplicateCache::Key key(std::uint8_t identifier, std::uint8_t firstByte = 0, std::uint16_t port = 5000)
{
    DuplicateCache::Key k{"192.0.2.1", port, identifier, {}};
    k.authenticator[0] = firstByte;
    return k;
}

} // namespace

/// RFC 5080 §2.2.2 duplicate detection: what counts as the same request, and how long it is remembered.
class TestDuplicateCache : public QObject
{
    Q_OBJECT

private slots:
    void testRetransmissionInProgressIsIgnoredThenAnsweredFromTheCache()
    {
        ManualClock clock;
        DuplicateCache cache(clock);
        QCOMPARE(cache.begin(key(1)).state, DuplicateCache::State::New);
        QCOMPARE(cache.begin(key(1)).state, DuplicateCache::State::InProgress);
        cache.complete(key(1), {2, 1, 0, 20});
        const auto again = cache.begin(key(1));
        QCOMPARE(again.state, DuplicateCache::State::Answered);
        QCOMPARE(again.answer, std::vector<std::uint8_t>({2, 1, 0, 20}));
    }

    void testAnyDifferenceInTheKeyIsANewRequest()
    {
        ManualClock clock;
        DuplicateCache cache(clock);
        QCOMPARE(cache.begin(key(1)).state, DuplicateCache::State::New);
        QCOMPARE(cache.begin(key(2)).state, DuplicateCache::State::New);          // identifier
        QCOMPARE(cache.begin(key(1, 9)).state, DuplicateCache::State::New);       // authenticator
        QCOMPARE(cache.begin(key(1, 0, 5001)).state, DuplicateCache::State::New); // port
        DuplicateCache::Key otherHost = key(1);
        otherHost.address = "192.0.2.2";
        QCOMPARE(cache.begin(otherHost).state, DuplicateCache::State::New);
        QCOMPARE(cache.size(), std::size_t(5));
    }

    void testEntriesExpireAfterTheirLifetime()
    {
        ManualClock clock;
        DuplicateCache cache(clock, 5);
        cache.begin(key(1));
        cache.complete(key(1), {1});
        clock.now += 4;
        QCOMPARE(cache.begin(key(1)).state, DuplicateCache::State::Answered);
        clock.now += 1;
        QCOMPARE(cache.begin(key(1)).state, DuplicateCache::State::New);
    }

    void testAbandonedRequestIsWorkedOnAfresh()
    {
        ManualClock clock;
        DuplicateCache cache(clock);
        cache.begin(key(1));
        cache.abandon(key(1));
        QCOMPARE(cache.begin(key(1)).state, DuplicateCache::State::New);
    }

    void testCapacityIsBoundedOldestFirst()
    {
        ManualClock clock;
        DuplicateCache cache(clock, 5, 3);
        for (std::uint8_t i = 0; i < 10; ++i) {
            cache.begin(key(i));
        }
        QVERIFY(cache.size() <= 3);
        QCOMPARE(cache.begin(key(9)).state, DuplicateCache::State::InProgress);
        QCOMPARE(cache.begin(key(0)).state, DuplicateCache::State::New);
    }
};

QTEST_GUILESS_MAIN(TestDuplicateCache)
#include "TestDuplicateCache.moc"
