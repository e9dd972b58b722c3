#include "radius/RadiusWorkers.h"

#include <QTest>

#include <atomic>
#include <latch>
#include <stdexcept>

using namespace castellan;

/// The RADIUS worker pool: a bounded queue that sheds, and a stop that finishes what was queued.
class TestRadiusWorkers : public QObject
{
    Q_OBJECT

private slots:
    void testFullQueueShedsInsteadOfGrowing()
    {
        RadiusWorkers workers(1, 2);
        std::latch release(1);
        std::latch started(1);
        QVERIFY(workers.submit([&] {
            started.count_down();
            release.wait();
        }));
        started.wait(); // the only worker is busy
        QVERIFY(workers.submit([] {}));
        QVERIFY(workers.submit([] {}));
        QVERIFY(!workers.submit([] {})); // queue of 2 is full
        release.count_down();
    }

    void testStopRunsWhatIsQueuedAndRefusesMore()
    {
        std::atomic<int> ran{0};
        RadiusWorkers workers(2, 100);
        for (int i = 0; i < 50; ++i) {
            QVERIFY(workers.submit([&] { ++ran; }));
        }
        workers.stop();
        QCOMPARE(ran.load(), 50);
        QVERIFY(!workers.submit([&] { ++ran; }));
        workers.stop(); // idempotent
    }

    void testAFailingJobDoesNotTakeAWorkerAway()
    {
        std::atomic<int> ran{0};
        RadiusWorkers workers(1, 10);
        QVERIFY(workers.submit([] { throw std::runtime_error("bug"); }));
        QVERIFY(workers.submit([&] { ++ran; }));
        workers.stop();
        QCOMPARE(ran.load(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRadiusWorkers)
#include "TestRadiusWorkers.moc"
