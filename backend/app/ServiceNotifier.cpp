#include "app/ServiceNotifier.h"

#include <Poco/Logger.h>

#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>
#include <utility>

namespace castellan {

namespace {

std::chrono::microseconds watchdogFromEnvironment()
{
    const char* usec = std::getenv("WATCHDOG_USEC");
    if (usec == nullptr || *usec == '\0') {
        return std::chrono::microseconds{0};
    }
    // WATCHDOG_PID names the process the watchdog is meant for; a child that inherited it must not ping.
    if (const char* pid = std::getenv("WATCHDOG_PID"); pid != nullptr && *pid != '\0') {
        char* end = nullptr;
        const long long value = std::strtoll(pid, &end, 10);
        if (*end != '\0' || value != static_cast<long long>(::getpid())) {
            return std::chrono::microseconds{0};
        }
    }
    char* end = nullptr;
    const unsigned long long value = std::strtoull(usec, &end, 10);
    if (*end != '\0' || value == 0) {
        return std::chrono::microseconds{0};
    }
    return std::chrono::microseconds{static_cast<std::chrono::microseconds::rep>(value)};
}

} // namespace

ServiceNotifier ServiceNotifier::fromEnvironment()
{
    const char* socket = std::getenv("NOTIFY_SOCKET");
    return ServiceNotifier(socket == nullptr ? std::string() : std::string(socket), watchdogFromEnvironment());
}

ServiceNotifier::ServiceNotifier(std::string socketPath, std::chrono::microseconds watchdogInterval)
    : m_socketPath(std::move(socketPath))
{
    // Only absolute paths and abstract names are sockets we know how to reach (systemd 252 uses nothing else).
    if (!m_socketPath.empty() && m_socketPath.front() != '/' && m_socketPath.front() != '@') {
        Poco::Logger::get("systemd").warning("NOTIFY_SOCKET %s is not a path: not notifying", m_socketPath);
        m_socketPath.clear();
    }
    if (m_socketPath.size() >= sizeof(sockaddr_un::sun_path)) {
        Poco::Logger::get("systemd").warning("NOTIFY_SOCKET is too long: not notifying");
        m_socketPath.clear();
    }
    if (enabled() && watchdogInterval.count() > 0) {
        m_pingInterval = watchdogInterval / 2;
        startWatchdog();
    }
}

ServiceNotifier::~ServiceNotifier()
{
    stopWatchdog();
}

void ServiceNotifier::ready()
{
    send("READY=1");
}

void ServiceNotifier::reloading()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    const long long usec = static_cast<long long>(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
    send("RELOADING=1\nMONOTONIC_USEC=" + std::to_string(usec));
}

void ServiceNotifier::stopping()
{
    stopWatchdog();
    send("STOPPING=1");
}

void ServiceNotifier::startWatchdog()
{
    send("WATCHDOG=1");
    m_watchdog = std::thread([this] {
        std::unique_lock lock(m_mutex);
        while (!m_wake.wait_for(lock, m_pingInterval, [this] { return m_stop; })) {
            lock.unlock();
            send("WATCHDOG=1");
            lock.lock();
        }
    });
}

void ServiceNotifier::stopWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_watchdog.joinable()) {
        m_watchdog.join();
    }
}

bool ServiceNotifier::send(std::string_view message)
{
    if (!enabled()) {
        return false;
    }
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, m_socketPath.data(), m_socketPath.size());
    if (address.sun_path[0] == '@') {
        address.sun_path[0] = '\0'; // Linux abstract namespace: the name is not NUL-terminated
    }
    const auto length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + m_socketPath.size());

    // A socket per message, as sd_notify does: nothing stays open between the rare notifications.
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    bool sent = false;
    int error = errno;
    if (fd >= 0) {
        sent = ::sendto(fd, message.data(), message.size(), MSG_NOSIGNAL, reinterpret_cast<sockaddr*>(&address),
                        length) == static_cast<ssize_t>(message.size());
        error = errno;
        ::close(fd);
    }
    std::lock_guard lock(m_mutex);
    if (!sent && !m_sendFailureLogged) {
        m_sendFailureLogged = true; // once: a watchdog failing every 15 s would flood the log
        Poco::Logger::get("systemd").warning("cannot notify the service manager at %s: %s", m_socketPath,
                                             std::string(std::strerror(error)));
    }
    return sent;
}

} // namespace castellan
