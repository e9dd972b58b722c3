#include "app/ServiceNotifier.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cstddef>
#include <cstring>
#include <optional>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

using namespace castellan;
using namespace std::chrono_literals;

namespace {

/// The service manager's end: a datagram socket bound to a path or an abstract name ('@...').
class NotifySocket
{
public:
    explicit NotifySocket(const std::string& name) : m_fd(::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0))
    {
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, name.data(), name.size());
        if (name.front() == '@') {
            address.sun_path[0] = '\0';
        }
        m_bound = ::bind(m_fd, reinterpret_cast<sockaddr*>(&address),
                         static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + name.size())) == 0;
    }
    ~NotifySocket() { ::close(m_fd); }
    NotifySocket(const NotifySocket&) = delete;
    NotifySocket& operator=(const NotifySocket&) = delete;

    bool bound() const { return m_bound; }

    std::optional<std::string> receive(std::chrono::milliseconds timeout)
    {
        pollfd p{.fd = m_fd, .events = POLLIN, .revents = 0};
        if (::poll(&p, 1, static_cast<int>(timeout.count())) != 1) {
            return std::nullopt;
        }
        char buffer[256];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        return n < 0 ? std::nullopt : std::optional<std::string>(std::string(buffer, static_cast<size_t>(n)));
    }

private:
    int m_fd;
    bool m_bound = false;
};

} // namespace

class TestServiceNotifier : public QObject
{
    Q_OBJECT
private slots:
    void testWithoutNotifySocketEverythingIsANoOp()
    {
        qunsetenv("NOTIFY_SOCKET");
        qputenv("WATCHDOG_USEC", "2000000");
        ServiceNotifier notifier = ServiceNotifier::fromEnvironment();
        QVERIFY(!notifier.enabled());
        QCOMPARE(notifier.pingInterval().count(), 0);
        notifier.ready();
        notifier.stopping();
        qunsetenv("WATCHDOG_USEC");
    }

    void testReadyAndStoppingReachAPathSocket()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("notify")).toStdString();
        NotifySocket manager(path);
        QVERIFY(manager.bound());
        ServiceNotifier notifier(path, 0us);
        QVERIFY(notifier.enabled());
        notifier.ready();
        QCOMPARE(manager.receive(1s).value_or("nothing"), std::string("READY=1"));
        notifier.stopping();
        QCOMPARE(manager.receive(1s).value_or("nothing"), std::string("STOPPING=1"));
        QVERIFY(!manager.receive(50ms)); // no watchdog without WATCHDOG_USEC
    }

    void testReloadingCarriesTheMonotonicClock()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("notify")).toStdString();
        NotifySocket manager(path);
        QVERIFY(manager.bound());
        ServiceNotifier notifier(path, 0us);
        timespec before{};
        ::clock_gettime(CLOCK_MONOTONIC, &before);
        notifier.reloading();
        timespec after{};
        ::clock_gettime(CLOCK_MONOTONIC, &after);
        const std::string message = manager.receive(1s).value_or("nothing");
        const std::string prefix = "RELOADING=1\nMONOTONIC_USEC=";
        QVERIFY2(message.starts_with(prefix), message.c_str());
        const long long usec = std::stoll(message.substr(prefix.size()));
        QVERIFY(usec >= before.tv_sec * 1000000LL + before.tv_nsec / 1000);
        QVERIFY(usec <= after.tv_sec * 1000000LL + after.tv_nsec / 1000);
        notifier.ready();
        QCOMPARE(manager.receive(1s).value_or("nothing"), std::string("READY=1"));
    }

    void testAnAtSignNamesTheAbstractNamespace()
    {
        const std::string name = "@castellan-test-notifier-" + std::to_string(::getpid());
        NotifySocket manager(name);
        QVERIFY(manager.bound());
        ServiceNotifier notifier(name, 0us);
        notifier.ready();
        QCOMPARE(manager.receive(1s).value_or("nothing"), std::string("READY=1"));
    }

    void testWatchdogPingsEveryHalfInterval()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("notify")).toStdString();
        NotifySocket manager(path);
        ServiceNotifier notifier(path, 200ms);
        QCOMPARE(notifier.pingInterval(), std::chrono::microseconds(100ms));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(manager.receive(1s).value_or("nothing"), std::string("WATCHDOG=1"));
        }
        notifier.stopping();
        // Pings already in flight may precede STOPPING=1; none follows it.
        std::optional<std::string> message;
        while ((message = manager.receive(1s)) && *message == "WATCHDOG=1") {
        }
        QCOMPARE(message.value_or("nothing"), std::string("STOPPING=1"));
        QVERIFY(!manager.receive(300ms));
    }

    void testWatchdogMeantForAnotherProcessIsIgnored()
    {
        qputenv("NOTIFY_SOCKET", "/run/castellan-test-nonexistent");
        qputenv("WATCHDOG_USEC", "2000000");
        qputenv("WATCHDOG_PID", QByteArray::number(static_cast<qint64>(::getpid()) + 1));
        ServiceNotifier other = ServiceNotifier::fromEnvironment();
        QCOMPARE(other.pingInterval().count(), 0);
        qputenv("WATCHDOG_PID", QByteArray::number(static_cast<qint64>(::getpid())));
        ServiceNotifier ours = ServiceNotifier::fromEnvironment();
        QCOMPARE(ours.pingInterval(), std::chrono::microseconds(1s));
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
    }

    void testARelativeNotifySocketIsRefused()
    {
        ServiceNotifier notifier("relative/notify", 1s);
        QVERIFY(!notifier.enabled());
        QCOMPARE(notifier.pingInterval().count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServiceNotifier)
#include "TestServiceNotifier.moc"
