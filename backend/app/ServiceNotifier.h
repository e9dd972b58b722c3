#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace castellan {

/// The service manager's notification protocol, written without libsystemd (sd_notify(3), "NOTIFY_SOCKET"):
/// datagrams such as "READY=1" sent to the AF_UNIX socket named by $NOTIFY_SOCKET ('@' = abstract namespace).
/// With $WATCHDOG_USEC set (and $WATCHDOG_PID absent or ours), a thread sends "WATCHDOG=1" every half interval
/// from construction until stopping() or destruction, so a slow start (migrations) is covered too.
/// Without $NOTIFY_SOCKET every call is a no-op.
class ServiceNotifier
{
public:
    /// Reads $NOTIFY_SOCKET, $WATCHDOG_USEC and $WATCHDOG_PID.
    static ServiceNotifier fromEnvironment();

    /// socketPath empty: no-op; watchdogInterval zero: no watchdog pings.
    ServiceNotifier(std::string socketPath, std::chrono::microseconds watchdogInterval);
    ~ServiceNotifier();
    // Not movable: the watchdog thread holds `this` (fromEnvironment() returns a prvalue, no move needed).
    ServiceNotifier(ServiceNotifier&&) = delete;
    ServiceNotifier(const ServiceNotifier&) = delete;
    ServiceNotifier& operator=(const ServiceNotifier&) = delete;
    ServiceNotifier& operator=(ServiceNotifier&&) = delete;

    [[nodiscard]] bool enabled() const { return !m_socketPath.empty(); }
    /// How often WATCHDOG=1 is sent: half of $WATCHDOG_USEC, as sd_watchdog_enabled(3) advises; zero when off.
    [[nodiscard]] std::chrono::microseconds pingInterval() const { return m_pingInterval; }

    /// "READY=1": every listener accepts connections.
    void ready();
    /// "RELOADING=1" with "MONOTONIC_USEC=" (CLOCK_MONOTONIC now): a reload (SIGHUP) has begun; ready() ends it.
    /// systemd 252 (Debian 12) needs only RELOADING=1; 253+ requires MONOTONIC_USEC for Type=notify-reload.
    void reloading();
    /// "STOPPING=1": shutdown has begun; the watchdog pings end.
    void stopping();

private:
    void startWatchdog();
    void stopWatchdog();
    bool send(std::string_view message);

    std::string m_socketPath;
    std::chrono::microseconds m_pingInterval{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_watchdog;
    bool m_sendFailureLogged = false;
};

} // namespace castellan
