#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace castellan {

/// The process's counters in the Prometheus text exposition format (version 0.0.4), served at `/metrics`:
/// HTTP requests by route pattern, method and status with a latency histogram, authentication decisions by
/// channel and result, and what registered sources add (the database pool, RADIUS). Counters are per process:
/// Prometheus sums the nodes.
class Metrics
{
public:
    static Metrics& instance();

    void countRequest(const std::string& route, const std::string& method, int status, double seconds);
    void countDecision(const std::string& channel, const std::string& result);

    /// A source appends its own metric families (with HELP and TYPE lines) to the exposition.
    using Source = std::function<void(std::string& out)>;
    void setSource(const std::string& name, Source source);
    void removeSource(const std::string& name);

    std::string exposition() const;

    /// A label value escaped per the exposition format (backslash, double quote, line feed), for sources.
    static std::string labelValue(const std::string& value);

    /// Latency histogram bounds, in seconds.
    static constexpr std::array<double, 11> kBuckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

private:
    struct Latency
    {
        std::array<std::uint64_t, kBuckets.size()> buckets{};
        std::uint64_t count = 0;
        double sum = 0;
    };

    mutable std::mutex m_mutex;
    std::map<std::tuple<std::string, std::string, int>, std::uint64_t> m_requests; ///< route, method, status
    std::map<std::string, Latency> m_latency;                                      ///< by route
    std::map<std::pair<std::string, std::string>, std::uint64_t> m_decisions;      ///< channel, result
    std::map<std::string, Source> m_sources;
};

} // namespace castellan
