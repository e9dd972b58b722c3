#pragma once

#include "core/Result.h"
#include "http/ListenerSettings.h"
#include "rest/Router.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace castellan {

class HttpListenerCore;

/// One HTTPS listener (issue 14, README "Listeners"). A few I/O threads drive every connection without blocking:
/// the TLS handshake, reading a request head and body under deadlines, and writing the answer. Only a complete
/// request is handed to a worker thread, which runs the Router; so slow or idle clients cost memory, bounded by
/// per-address and total connection caps, never a worker. Requests beyond the workers' queue get 503 at once.
class HttpListener
{
public:
    /// Told each answered request: the route pattern ("unmatched" for none), method, status and seconds taken.
    using Observer =
        std::function<void(const std::string& route, const std::string& method, int status, double seconds)>;

    /// Counters of what the listener refused or cut short (for /metrics and the tests).
    struct Counters
    {
        std::atomic<std::uint64_t> accepted{0};
        std::atomic<std::uint64_t> refusedAddressFull{0};
        std::atomic<std::uint64_t> refusedServerFull{0};
        std::atomic<std::uint64_t> timedOut{0};
        std::atomic<std::uint64_t> shedBusy{0};
    };

    HttpListener(ListenerSettings settings, const Router& router, Observer observe = {});
    ~HttpListener();
    HttpListener(const HttpListener&) = delete;
    HttpListener& operator=(const HttpListener&) = delete;

    /// Loads the certificate, binds and starts serving; throws Poco::Exception subclasses when the certificate
    /// or key cannot be used (configuration) or the address cannot be bound (runtime).
    void start();
    /// Stops accepting, lets requests in flight finish (at most `graceSeconds`), then closes every connection.
    void stop(int graceSeconds = 30);

    /// Re-reads the certificate and key files (`systemctl reload`): new handshakes present them, connections
    /// already open keep theirs. On an error (Configuration: unreadable, mismatched, expired) the certificate in
    /// use stays; the result describes the new certificate otherwise.
    [[nodiscard]] Result<std::string> reloadCertificate();

    /// "ADDRESS:PORT" actually bound (the port chosen when 0 was asked for).
    std::string boundAddress() const;
    const ListenerSettings& settings() const;
    const Counters& counters() const;
    std::size_t openConnections() const;

private:
    std::unique_ptr<HttpListenerCore> m_core;
};

} // namespace castellan
