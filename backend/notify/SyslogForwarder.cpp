#include "notify/SyslogForwarder.h"

#include <Poco/Exception.h>

#include <algorithm>

namespace castellan {

SyslogForwarder::SyslogForwarder(std::size_t queueLimit, Connect connect,
                                 std::function<void(bool connected, const std::string& detail)> onStateChange)
    : m_queueLimit(queueLimit), m_connect(std::move(connect)), m_onStateChange(std::move(onStateChange)),
      m_thread([this] { run(); })
{}

SyslogForwarder::~SyslogForwarder()
{
    stop(std::chrono::milliseconds(0));
}

bool SyslogForwarder::submit(std::string message)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping && m_queue.size() < m_queueLimit) {
            m_queue.push_back(std::move(message));
            m_wake.notify_one();
            return true;
        }
    }
    ++m_dropped;
    return false;
}

void SyslogForwarder::stop(std::chrono::milliseconds drain)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_stopping = true;
            m_drainDeadline = std::chrono::steady_clock::now() + drain;
        }
        m_wake.notify_all();
    }
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

std::size_t SyslogForwarder::queued() const
{
    std::lock_guard lock(m_mutex);
    return m_queue.size();
}

bool SyslogForwarder::pastDrainDeadline() const
{
    return m_stopping && std::chrono::steady_clock::now() >= m_drainDeadline;
}

void SyslogForwarder::run()
{
    for (;;) {
        std::string message;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty() || pastDrainDeadline()) {
                m_dropped += m_queue.size();
                m_queue.clear();
                return;
            }
            message = std::move(m_queue.front());
            m_queue.pop_front();
        }
        if (deliver(message)) {
            ++m_sent;
        } else {
            ++m_dropped;
        }
    }
}

bool SyslogForwarder::deliver(const std::string& message)
{
    int attempts = 0;
    while (attempts < kAttemptsPerMessage) {
        if (m_connection && m_connection->peerClosed()) {
            m_connection.reset();
            report(false, "the receiver closed the connection");
        }
        if (!m_connection) {
            try {
                m_connection = m_connect();
                m_backoff = kFirstBackoff;
                report(true, "");
            } catch (const Poco::Exception& e) {
                report(false, e.displayText());
            } catch (const std::exception& e) {
                report(false, e.what());
            }
            if (!m_connection) {
                // Unreachable: wait, holding this one message; the queue meanwhile fills and then drops.
                if (!waitBeforeRetry()) {
                    return false;
                }
                continue;
            }
        }
        try {
            m_connection->send(message);
            return true;
        } catch (const Poco::Exception& e) {
            m_connection.reset();
            report(false, e.displayText());
        } catch (const std::exception& e) {
            m_connection.reset();
            report(false, e.what());
        }
        ++attempts;
        if (pastDrainDeadline()) {
            return false;
        }
    }
    return false;
}

bool SyslogForwarder::waitBeforeRetry()
{
    std::unique_lock lock(m_mutex);
    if (pastDrainDeadline()) {
        return false;
    }
    auto wait = m_backoff;
    if (m_stopping) {
        wait = std::min(wait, std::chrono::duration_cast<std::chrono::milliseconds>(m_drainDeadline -
                                                                                    std::chrono::steady_clock::now()));
    }
    // Woken early only by stop(): a retry then still gets the remaining drain time.
    m_wake.wait_for(lock, wait, [this] { return m_stopping && pastDrainDeadline(); });
    m_backoff = std::min(m_backoff * 2, kMaxBackoff);
    return !pastDrainDeadline();
}

void SyslogForwarder::report(bool connected, const std::string& detail)
{
    // Once per change of state, not once per retry.
    if (m_reportedConnected == connected) {
        return;
    }
    m_reportedConnected = connected;
    if (m_onStateChange) {
        m_onStateChange(connected, detail);
    }
}

} // namespace castellan
