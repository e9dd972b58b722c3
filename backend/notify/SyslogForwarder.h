#pragma once

#include "notify/SyslogConnection.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace castellan {

/// Hands syslog messages to a sender thread through a bounded queue, so whoever records an event never waits for
/// the network: when the queue is full the message is dropped and counted. The thread connects on demand,
/// reconnects by itself with exponential backoff (0.5 s doubling to 30 s) and resends the message it held when a
/// connection failed.
class SyslogForwarder
{
public:
    using Connect = std::function<std::unique_ptr<SyslogConnection>()>;

    /// `connect` opens a connection or throws; `onStateChange` hears "connected" / why it is not (for the log).
    SyslogForwarder(std::size_t queueLimit, Connect connect,
                    std::function<void(bool connected, const std::string& detail)> onStateChange = {});
    ~SyslogForwarder();

    /// Queues `message` without blocking; false (counted as dropped) when the queue is full or stopped.
    bool submit(std::string message);

    /// Sends what is queued for at most `drain`, then ends the thread; what is left counts as dropped.
    void stop(std::chrono::milliseconds drain);

    std::uint64_t sent() const { return m_sent.load(); }
    std::uint64_t dropped() const { return m_dropped.load(); }
    std::size_t queued() const;

    SyslogForwarder(const SyslogForwarder&) = delete;
    SyslogForwarder& operator=(const SyslogForwarder&) = delete;

    static constexpr std::chrono::milliseconds kFirstBackoff{500};
    static constexpr std::chrono::milliseconds kMaxBackoff{30000};
    static constexpr int kAttemptsPerMessage = 3; ///< sends of one message over fresh connections before it is dropped

private:
    void run();
    bool deliver(const std::string& message);
    bool waitBeforeRetry();
    bool pastDrainDeadline() const;
    void report(bool connected, const std::string& detail);

    const std::size_t m_queueLimit;
    Connect m_connect;
    std::function<void(bool, const std::string&)> m_onStateChange;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::string> m_queue;
    bool m_stopping = false;
    std::chrono::steady_clock::time_point m_drainDeadline;

    std::unique_ptr<SyslogConnection> m_connection; ///< the sender thread's only
    std::chrono::milliseconds m_backoff = kFirstBackoff;
    std::optional<bool> m_reportedConnected;

    std::atomic<std::uint64_t> m_sent{0};
    std::atomic<std::uint64_t> m_dropped{0};
    std::thread m_thread;
};

} // namespace castellan
