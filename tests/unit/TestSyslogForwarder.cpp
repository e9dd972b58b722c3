#include "notify/SyslogForwarder.h"

#include <Poco/Net/NetException.h>

#include <QElapsedTimer>
#include <QtTest>

#include <atomic>
#include <mutex>
#include <vector>

using namespace castellan;

/// The queue between the recording threads and the sender, with a stand-in connection: submit never waits for the
/// network, a full queue drops and counts, a failed send is retried over a new connection, and stop drains.
class TestSyslogForwarder : public QObject
{
    Q_OBJECT
private:
    /// What the stand-in connections received, and how they behave.
    struct Receiver
    {
        std::mutex mutex;
        std::vector<std::string> messages;
        std::atomic<bool> reachable{true};
        std::atomic<bool> stall{false};    ///< send blocks until cleared (a receiver that stopped reading)
        std::atomic<int> failNextSends{0}; ///< sends that throw (the connection broke)
        std::atomic<int> connects{0};
    };

    class FakeConnection : public SyslogConnection
    {
    public:
        explicit FakeConnection(Receiver& receiver) : m_receiver(receiver) {}
        void send(const std::string& message) override
        {
            while (m_receiver.stall) {
                QThread::msleep(5);
            }
            if (m_receiver.failNextSends > 0) {
                --m_receiver.failNextSends;
                throw Poco::Net::ConnectionResetException("reset");
            }
            std::lock_guard lock(m_receiver.mutex);
            m_receiver.messages.push_back(message);
        }
        bool peerClosed() override { return false; }

    private:
        Receiver& m_receiver;
    };

    static SyslogForwarder::Connect connectTo(Receiver& receiver)
    {
        return [&receiver]() -> std::unique_ptr<SyslogConnection> {
            ++receiver.connects;
            if (!receiver.reachable) {
                throw Poco::Net::ConnectionRefusedException("refused");
            }
            return std::make_unique<FakeConnection>(receiver);
        };
    }

    static size_t received(Receiver& receiver)
    {
        std::lock_guard lock(receiver.mutex);
        return receiver.messages.size();
    }

private slots:
    void testMessagesArriveInOrder()
    {
        Receiver receiver;
        SyslogForwarder forwarder(100, connectTo(receiver));
        for (int i = 0; i < 20; ++i) {
            QVERIFY(forwarder.submit("m" + std::to_string(i)));
        }
        QTRY_COMPARE(received(receiver), size_t(20));
        QCOMPARE(receiver.messages.front(), std::string("m0"));
        QCOMPARE(receiver.messages.back(), std::string("m19"));
        QCOMPARE(forwarder.sent(), std::uint64_t(20));
        QCOMPARE(forwarder.dropped(), std::uint64_t(0));
        QCOMPARE(receiver.connects.load(), 1);
    }

    void testStalledReceiverFillsTheQueueThenDropsWithoutBlocking()
    {
        Receiver receiver;
        receiver.stall = true;
        SyslogForwarder forwarder(10, connectTo(receiver));
        QElapsedTimer timer;
        timer.start();
        int accepted = 0;
        for (int i = 0; i < 1000; ++i) {
            accepted += forwarder.submit("m") ? 1 : 0;
        }
        QVERIFY2(timer.elapsed() < 1000, "submit waited for the receiver");
        QVERIFY(accepted <= 11); // the queue and the one message the sender holds
        QCOMPARE(forwarder.dropped(), std::uint64_t(1000 - accepted));
        receiver.stall = false;
        QTRY_COMPARE(forwarder.sent(), std::uint64_t(accepted));
    }

    void testUnreachableReceiverDropsAndCountsThenReconnects()
    {
        Receiver receiver;
        receiver.reachable = false;
        SyslogForwarder forwarder(5, connectTo(receiver));
        for (int i = 0; i < 50; ++i) {
            forwarder.submit("lost");
        }
        QVERIFY(forwarder.dropped() >= 44);
        receiver.reachable = true;
        // The sender retries on its own (first backoff 0.5 s) and delivers what it held and queued.
        QTRY_VERIFY_WITH_TIMEOUT(received(receiver) >= 1, 5000);
        QVERIFY(forwarder.submit("after"));
        QTRY_VERIFY_WITH_TIMEOUT(received(receiver) > 0 && receiver.messages.back() == "after", 5000);
        QCOMPARE(forwarder.sent() + forwarder.dropped(), std::uint64_t(51));
    }

    void testBrokenConnectionIsReplacedAndTheMessageResent()
    {
        Receiver receiver;
        receiver.failNextSends = 1;
        SyslogForwarder forwarder(10, connectTo(receiver));
        QVERIFY(forwarder.submit("kept"));
        QTRY_COMPARE(received(receiver), size_t(1));
        QCOMPARE(receiver.messages.front(), std::string("kept"));
        QCOMPARE(receiver.connects.load(), 2);
        QCOMPARE(forwarder.dropped(), std::uint64_t(0));
    }

    void testStopDrainsTheQueue()
    {
        Receiver receiver;
        SyslogForwarder forwarder(1000, connectTo(receiver));
        for (int i = 0; i < 200; ++i) {
            forwarder.submit("m");
        }
        forwarder.stop(std::chrono::milliseconds(5000));
        QCOMPARE(received(receiver), size_t(200));
        QVERIFY(!forwarder.submit("after stop"));
    }

    void testStopGivesUpOnAnUnreachableReceiverAtTheDeadline()
    {
        Receiver receiver;
        receiver.reachable = false;
        SyslogForwarder forwarder(100, connectTo(receiver));
        for (int i = 0; i < 10; ++i) {
            forwarder.submit("m");
        }
        QElapsedTimer timer;
        timer.start();
        forwarder.stop(std::chrono::milliseconds(300));
        QVERIFY(timer.elapsed() < 3000);
        QCOMPARE(forwarder.dropped(), std::uint64_t(10));
    }
};

QTEST_GUILESS_MAIN(TestSyslogForwarder)
#include "TestSyslogForwarder.moc"
