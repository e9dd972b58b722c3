#include "radius/HandshakeDeadline.h"

#include <QtTest>

#include <sys/socket.h>
#include <unistd.h>

using namespace castellan;

/// The RadSec handshake deadline: a blocked read ends when the deadline passes, and only then.
class TestHandshakeDeadline : public QObject
{
    Q_OBJECT
private slots:
    void testBlockedReadEndsAtTheDeadline()
    {
        int pair[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, pair), 0);
        const auto started = std::chrono::steady_clock::now();
        char byte = 0;
        ssize_t got = -2;
        {
            const HandshakeDeadline deadline(pair[0], std::chrono::milliseconds(200));
            got = ::recv(pair[0], &byte, 1, 0); // the peer never writes: only the watchdog ends this
            QVERIFY(deadline.expired());
        }
        QCOMPARE(got, ssize_t(0));
        QVERIFY(std::chrono::steady_clock::now() - started >= std::chrono::milliseconds(150));
        ::close(pair[0]);
        ::close(pair[1]);
    }
    void testDisarmedDeadlineLeavesTheSocketAlone()
    {
        int pair[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, pair), 0);
        {
            const HandshakeDeadline deadline(pair[0], std::chrono::milliseconds(100));
            QVERIFY(!deadline.expired());
        }
        QTest::qWait(300);
        QCOMPARE(::send(pair[1], "x", 1, 0), ssize_t(1));
        char byte = 0;
        QCOMPARE(::recv(pair[0], &byte, 1, 0), ssize_t(1)); // still open both ways
        QCOMPARE(byte, 'x');
        ::close(pair[0]);
        ::close(pair[1]);
    }
};

QTEST_GUILESS_MAIN(TestHandshakeDeadline)
#include "TestHandshakeDeadline.moc"
