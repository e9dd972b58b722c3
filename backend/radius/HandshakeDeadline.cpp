#include "radius/HandshakeDeadline.h"

#include <sys/socket.h>

#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace castellan {
namespace {

using Clock = std::chrono::steady_clock;

class Watchdog
{
public:
    static Watchdog& instance()
    {
        static Watchdog watchdog;
        return watchdog;
    }

    std::uint64_t arm(int fd, Clock::time_point deadline)
    {
        std::lock_guard lock(m_mutex);
        const std::uint64_t id = ++m_lastId;
        m_armed.emplace(id, Entry{fd, deadline});
        m_wake.notify_one();
        return id;
    }

    void disarm(std::uint64_t id)
    {
        std::lock_guard lock(m_mutex);
        m_armed.erase(id);
        m_expired.erase(id);
    }

    bool expired(std::uint64_t id) const
    {
        std::lock_guard lock(m_mutex);
        return m_expired.count(id) > 0;
    }

private:
    struct Entry
    {
        int fd;
        Clock::time_point deadline;
    };

    Watchdog() : m_thread([this] { run(); }) {}
    ~Watchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }

    void run()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            Clock::time_point next = Clock::now() + std::chrono::seconds(60);
            for (auto it = m_armed.begin(); it != m_armed.end();) {
                if (it->second.deadline <= Clock::now()) {
                    ::shutdown(it->second.fd, SHUT_RDWR); // the blocked read returns; the socket stays open
                    m_expired.insert(it->first);
                    it = m_armed.erase(it);
                } else {
                    next = std::min(next, it->second.deadline);
                    ++it;
                }
            }
            m_wake.wait_until(lock, next);
        }
    }

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::map<std::uint64_t, Entry> m_armed;
    std::set<std::uint64_t> m_expired;
    std::uint64_t m_lastId = 0;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace

HandshakeDeadline::HandshakeDeadline(int socketFd, std::chrono::milliseconds limit)
    : m_id(Watchdog::instance().arm(socketFd, Clock::now() + limit))
{}

HandshakeDeadline::~HandshakeDeadline()
{
    Watchdog::instance().disarm(m_id);
}

bool HandshakeDeadline::expired() const
{
    return Watchdog::instance().expired(m_id);
}

} // namespace castellan
