#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace castellan {

/// A fixed set of threads running RADIUS requests from a bounded queue: the sockets only receive and hand over, so
/// slow database work never stalls them, and a flood beyond the queue is shed (the NAS retransmits) instead of
/// queued without limit (DESIGN §8).
class RadiusWorkers
{
public:
    RadiusWorkers(int threads, std::size_t queueLimit);
    ~RadiusWorkers();

    /// Queues `job`; false when the queue is full or the workers are stopping.
    bool submit(std::function<void()> job);
    /// Runs what is queued, then joins the threads. Idempotent.
    void stop();

    RadiusWorkers(const RadiusWorkers&) = delete;
    RadiusWorkers& operator=(const RadiusWorkers&) = delete;

private:
    void run();

    const std::size_t m_queueLimit;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<std::function<void()>> m_queue;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace castellan
