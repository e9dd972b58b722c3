#include "radius/RadiusWorkers.h"

#include <Poco/Logger.h>

#include <exception>

namespace castellan {

RadiusWorkers::RadiusWorkers(int threads, std::size_t queueLimit) : m_queueLimit(queueLimit)
{
    for (int i = 0; i < threads; ++i) {
        m_threads.emplace_back([this] { run(); });
    }
}

RadiusWorkers::~RadiusWorkers()
{
    stop();
}

bool RadiusWorkers::submit(std::function<void()> job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || m_queue.size() >= m_queueLimit) {
            return false;
        }
        m_queue.push_back(std::move(job));
    }
    m_ready.notify_one();
    return true;
}

void RadiusWorkers::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_ready.notify_all();
    for (std::thread& t : m_threads) {
        if (t.joinable()) {
            t.join();
        }
    }
}

void RadiusWorkers::run()
{
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty()) {
                return;
            }
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        try {
            job();
        } catch (const std::exception& e) {
            // A bug in one request must not take a worker away: log it and go on.
            Poco::Logger::get("radius").error("request failed: %s", std::string(e.what()));
        }
    }
}

} // namespace castellan
