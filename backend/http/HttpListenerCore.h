#pragma once

// Internal to http/: the state a listener's connections share. Asio and Beast stay out of HttpListener.h.

#include "http/ConnectionLimits.h"
#include "http/HttpListener.h"
#include "http/ServerCertificate.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/thread_pool.hpp>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace castellan {

class HttpListenerCore
{
public:
    HttpListenerCore(ListenerSettings s, const Router& r, HttpListener::Observer o)
        : settings(std::move(s)), router(r), observe(std::move(o)),
          limits(settings.maxConnectionsPerAddress, settings.maxConnections), workers(settings.workers), acceptor(io)
    {}

    const ListenerSettings settings;
    const Router& router;
    const HttpListener::Observer observe;
    HttpListener::Counters counters;
    ConnectionLimits limits;

    std::unique_ptr<ServerCertificate> certificate; ///< before `io`: outlives every connection's handshake
    boost::asio::io_context io;
    std::optional<boost::asio::ssl::context> tls;
    boost::asio::thread_pool workers;
    boost::asio::ip::tcp::acceptor acceptor;
    std::vector<std::thread> ioThreads;

    std::atomic<bool> stopping{false};
    std::atomic<int> queued{0};   ///< requests handed to the workers and not yet started
    std::atomic<int> inFlight{0}; ///< requests handed to the workers and not yet answered

    int queueLimit() const { return settings.queueLimit > 0 ? settings.queueLimit : 8 * settings.workers; }
    void accept();
};

} // namespace castellan
