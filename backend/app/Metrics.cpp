#include "app/Metrics.h"

#include <cstdio>

namespace castellan {
namespace {

std::string label(const std::string& value)
{
    std::string out;
    for (char c : value) {
        if (c == '\\' || c == '"') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

std::string number(double value)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

} // namespace

std::string Metrics::labelValue(const std::string& value)
{
    return label(value);
}

Metrics& Metrics::instance()
{
    static Metrics metrics;
    return metrics;
}

void Metrics::countRequest(const std::string& route, const std::string& method, int status, double seconds)
{
    std::lock_guard lock(m_mutex);
    ++m_requests[{route, method, status}];
    Latency& latency = m_latency[route];
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i]) {
            ++latency.buckets[i];
        }
    }
    ++latency.count;
    latency.sum += seconds;
}

void Metrics::countDecision(const std::string& channel, const std::string& result)
{
    std::lock_guard lock(m_mutex);
    ++m_decisions[{channel, result}];
}

void Metrics::setSource(const std::string& name, Source source)
{
    std::lock_guard lock(m_mutex);
    m_sources[name] = std::move(source);
}

void Metrics::removeSource(const std::string& name)
{
    std::lock_guard lock(m_mutex);
    m_sources.erase(name);
}

std::string Metrics::exposition() const
{
    std::lock_guard lock(m_mutex);
    std::string out = "# HELP castellan_http_requests_total HTTP requests answered, by route pattern, method and "
                      "status.\n# TYPE castellan_http_requests_total counter\n";
    for (const auto& [key, count] : m_requests) {
        const auto& [route, method, status] = key;
        out += "castellan_http_requests_total{route=\"" + label(route) + "\",method=\"" + label(method) +
               "\",status=\"" + std::to_string(status) + "\"} " + std::to_string(count) + "\n";
    }
    out += "# HELP castellan_http_request_duration_seconds Time to answer an HTTP request, by route pattern.\n"
           "# TYPE castellan_http_request_duration_seconds histogram\n";
    for (const auto& [route, latency] : m_latency) {
        const std::string name = "castellan_http_request_duration_seconds";
        const std::string routeLabel = "route=\"" + label(route) + "\"";
        for (size_t i = 0; i < kBuckets.size(); ++i) {
            out += name + "_bucket{" + routeLabel + ",le=\"" + number(kBuckets[i]) + "\"} " +
                   std::to_string(latency.buckets[i]) + "\n";
        }
        out += name + "_bucket{" + routeLabel + ",le=\"+Inf\"} " + std::to_string(latency.count) + "\n";
        out += name + "_sum{" + routeLabel + "} " + number(latency.sum) + "\n";
        out += name + "_count{" + routeLabel + "} " + std::to_string(latency.count) + "\n";
    }
    out += "# HELP castellan_auth_decisions_total Authentication decisions of the AuthEngine, by channel and "
           "result.\n# TYPE castellan_auth_decisions_total counter\n";
    for (const auto& [key, count] : m_decisions) {
        out += "castellan_auth_decisions_total{channel=\"" + label(key.first) + "\",result=\"" + label(key.second) +
               "\"} " + std::to_string(count) + "\n";
    }
    for (const auto& [name, source] : m_sources) {
        source(out);
    }
    return out;
}

} // namespace castellan
