#include "radius/RadiusClientActivity.h"
#include "radius/RadiusCode.h"

#include <QtTest>

#include <thread>
#include <vector>

using namespace castellan;

/// Per-client RADIUS counts kept in memory: requests and their last time, answers by code, clients apart, the
/// clients seen lately (latest first), and concurrent workers counting without losing increments.
class TestRadiusClientActivity : public QObject
{
    Q_OBJECT

private slots:
    void testUnseenClientHasNoTally()
    {
        RadiusClientActivity activity(1000);
        QVERIFY(!activity.of(7));
        QCOMPARE(activity.countingSince(), std::int64_t(1000));
    }

    void testRequestsAndAnswersAreCountedPerClient()
    {
        RadiusClientActivity activity(1000);
        activity.requestReceived(7, 1010);
        activity.answered(7, static_cast<std::uint8_t>(RadiusCode::AccessChallenge));
        activity.requestReceived(7, 1020);
        activity.answered(7, static_cast<std::uint8_t>(RadiusCode::AccessAccept));
        activity.requestReceived(8, 1015);
        activity.answered(8, static_cast<std::uint8_t>(RadiusCode::AccessReject));
        activity.answered(8, static_cast<std::uint8_t>(RadiusCode::AccountingResponse)); // not an access answer

        const RadiusClientTally seven = *activity.of(7);
        QCOMPARE(seven.requests, std::uint64_t(2));
        QCOMPARE(seven.challenges, std::uint64_t(1));
        QCOMPARE(seven.accepts, std::uint64_t(1));
        QCOMPARE(seven.rejects, std::uint64_t(0));
        QCOMPARE(seven.lastRequestAt, std::int64_t(1020));
        const RadiusClientTally eight = *activity.of(8);
        QCOMPARE(eight.requests, std::uint64_t(1));
        QCOMPARE(eight.rejects, std::uint64_t(1));
        QCOMPARE(eight.accepts + eight.challenges, std::uint64_t(0));
    }

    void testClientsSeenSinceATimeComeLatestFirst()
    {
        RadiusClientActivity activity(1000);
        activity.requestReceived(3, 1100);
        activity.requestReceived(4, 1300);
        activity.requestReceived(5, 1200);
        activity.requestReceived(5, 1250);
        activity.answered(6, static_cast<std::uint8_t>(RadiusCode::AccessAccept)); // no request: never "seen"

        const auto seen = activity.seenSince(1200);
        QCOMPARE(seen.size(), std::size_t(2));
        QCOMPARE(seen.at(0).first, std::int64_t(4));
        QCOMPARE(seen.at(1).first, std::int64_t(5));
        QCOMPARE(seen.at(1).second.lastRequestAt, std::int64_t(1250));
        QCOMPARE(seen.at(1).second.requests, std::uint64_t(2));
        QCOMPARE(activity.seenSince(1000).size(), std::size_t(3));
        QVERIFY(activity.seenSince(1301).empty());
    }

    void testConcurrentWorkersLoseNoCount()
    {
        RadiusClientActivity activity(0);
        constexpr int kThreads = 4;
        constexpr int kEach = 5000;
        std::vector<std::thread> workers;
        for (int t = 0; t < kThreads; ++t) {
            workers.emplace_back([&activity, t] {
                for (int i = 0; i < kEach; ++i) {
                    activity.requestReceived(1 + (i % 3), t * kEach + i);
                    activity.answered(1 + (i % 3), static_cast<std::uint8_t>(RadiusCode::AccessAccept));
                }
            });
        }
        for (std::thread& worker : workers) {
            worker.join();
        }
        std::uint64_t requests = 0;
        std::uint64_t accepts = 0;
        for (std::int64_t id = 1; id <= 3; ++id) {
            requests += activity.of(id)->requests;
            accepts += activity.of(id)->accepts;
        }
        QCOMPARE(requests, std::uint64_t(kThreads * kEach));
        QCOMPARE(accepts, std::uint64_t(kThreads * kEach));
    }
};

QTEST_GUILESS_MAIN(TestRadiusClientActivity)
#include "TestRadiusClientActivity.moc"
