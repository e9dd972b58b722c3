#pragma once

// Internal to http/: one HTTPS connection of an HttpListener.

#include "http/HttpListenerCore.h"
#include "rest/RestMessage.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace castellan {

/// One connection's life: TLS handshake and first request head within the header deadline from accept; the body
/// at the minimum rate; the request run on a worker; the answer written at the minimum rate; then the next
/// request after at most the idle time, or the connection closes. Every step is asynchronous on the connection's
/// strand, so a stalled peer holds no thread. Deadlines close the connection without an answer (there is no
/// request to answer yet); refusals that have a request get their problem+json status.
class HttpSession : public std::enable_shared_from_this<HttpSession>
{
public:
    HttpSession(boost::asio::ip::tcp::socket socket, HttpListenerCore& core, std::string source);
    ~HttpSession();
    void start();

private:
    using Clock = std::chrono::steady_clock;
    using Parser = boost::beast::http::request_parser<boost::beast::http::string_body>;

    void onHandshake(boost::beast::error_code ec);
    void nextRequest(bool first);
    void readHead();
    void onHead(boost::beast::error_code ec, std::size_t bytes);
    void examineHead();
    void admitLargeBody();
    void continueWithBody();
    void readBody();
    void onBody(boost::beast::error_code ec);
    void hand();
    void answer(RestResponse reply, bool keepAlive, const std::string& route);
    void onWritten(boost::beast::error_code ec, bool keepAlive);
    void refuse(RestResponse reply);
    void drainThenClose();
    void drainSome();
    void close();
    Clock::time_point bodyDeadline(std::size_t bytes) const;
    /// The body's deadline, or the grace time from now when that comes first: no single read may stall longer.
    Clock::time_point nextBodyRead() const;
    void expiresAt(Clock::time_point deadline);

    HttpListenerCore& m_core;
    const std::string m_source;
    boost::beast::ssl_stream<boost::beast::tcp_stream> m_stream;
    boost::beast::flat_buffer m_buffer;
    std::optional<Parser> m_parser;
    boost::beast::http::response<boost::beast::http::string_body> m_response;
    boost::beast::http::response<boost::beast::http::empty_body> m_continue;
    RestRequest m_request;
    std::string m_method;
    std::string m_route = "unmatched";
    std::size_t m_bodyLimit = 0;
    Clock::time_point m_started; ///< when the current request's first byte (or the connection) arrived
    std::optional<Clock::time_point> m_headDeadline;
    Clock::time_point m_bodyDeadline;
    bool m_closing = false;
    static constexpr std::size_t kDrainBytes = 128 * 1024 * 1024; // beyond the largest route limit (64 MiB)
    static constexpr std::chrono::seconds kDrainTime{10};
    std::string m_drain;
    std::size_t m_drainLeft = 0;
};

} // namespace castellan
