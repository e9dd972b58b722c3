#include "http/HttpSession.h"

#include "http/HttpExchange.h"
#include "rest/Problem.h"

#include <Poco/Logger.h>
#include <Poco/String.h>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

#include <limits>

namespace castellan {

namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace net = boost::asio;

HttpSession::HttpSession(net::ip::tcp::socket socket, HttpListenerCore& core, std::string source)
    : m_core(core), m_source(std::move(source)), m_stream(std::move(socket), *core.tls), m_started(Clock::now())
{}

HttpSession::~HttpSession()
{
    m_core.limits.release(m_source);
}

void HttpSession::start()
{
    // The handshake and the first request head share one deadline counted from accept: a peer that connects and
    // says nothing, or handshakes and says nothing, is gone after header_timeout_seconds.
    m_headDeadline = m_started + std::chrono::seconds(m_core.settings.headerTimeoutSeconds);
    net::dispatch(m_stream.get_executor(), [self = shared_from_this()] {
        self->expiresAt(*self->m_headDeadline);
        self->m_stream.async_handshake(net::ssl::stream_base::server,
                                       [self](beast::error_code ec) { self->onHandshake(ec); });
    });
}

void HttpSession::expiresAt(Clock::time_point deadline)
{
    beast::get_lowest_layer(m_stream).expires_at(deadline);
}

void HttpSession::onHandshake(beast::error_code ec)
{
    if (ec) {
        if (ec == beast::error::timeout) {
            ++m_core.counters.timedOut;
        }
        return; // nothing was asked, nothing to answer: the socket closes with the session
    }
    nextRequest(true);
}

void HttpSession::nextRequest(bool first)
{
    if (m_core.stopping) {
        close();
        return;
    }
    m_parser.emplace();
    m_parser->header_limit(static_cast<std::uint32_t>(m_core.settings.maxHeaderBytes));
    // No limit while the head is read (a declared length is judged against the route's limit once the route is
    // known); the route's limit applies to the body itself.
    m_parser->body_limit(std::numeric_limits<std::uint64_t>::max()); // not boost::none: Beast 1.74 compares it as 0
    m_request = RestRequest{};
    m_method.clear();
    m_route = "unmatched";
    if (!first) {
        // A kept-alive connection may wait idle_timeout_seconds for its next request; the head deadline starts
        // with the request's first byte (already here when the client pipelined).
        m_headDeadline.reset();
        if (m_buffer.size() > 0) {
            m_started = Clock::now();
            m_headDeadline = m_started + std::chrono::seconds(m_core.settings.headerTimeoutSeconds);
        }
    }
    readHead();
}

void HttpSession::readHead()
{
    expiresAt(m_headDeadline ? *m_headDeadline
                             : Clock::now() + std::chrono::seconds(m_core.settings.idleTimeoutSeconds));
    http::async_read_some(
        m_stream, m_buffer, *m_parser,
        [self = shared_from_this()](beast::error_code ec, std::size_t bytes) { self->onHead(ec, bytes); });
}

void HttpSession::onHead(beast::error_code ec, std::size_t bytes)
{
    if (ec == http::error::header_limit) {
        refuse(HttpExchange::headersTooLarge(m_core.settings.maxHeaderBytes, m_core.settings.maxHeaderFields));
        return;
    }
    if (ec == http::error::body_limit) {
        refuse(HttpExchange::bodyTooLarge(m_core.settings.bodyLimit));
        return;
    }
    if (ec == beast::error::timeout) {
        ++m_core.counters.timedOut;
        return;
    }
    if (ec == http::error::end_of_stream || ec == net::error::eof || ec == net::ssl::error::stream_truncated ||
        ec == net::error::connection_reset || ec == net::error::operation_aborted) {
        return;
    }
    if (ec && ec != http::error::need_buffer) {
        refuse(HttpExchange::badRequest("The request is not valid HTTP/1.1 (" + ec.message() + ")"));
        return;
    }
    if (!m_headDeadline && (bytes > 0 || m_buffer.size() > 0)) {
        m_started = Clock::now();
        m_headDeadline = m_started + std::chrono::seconds(m_core.settings.headerTimeoutSeconds);
    }
    if (!m_parser->is_header_done()) {
        readHead();
        return;
    }
    examineHead();
}

void HttpSession::examineHead()
{
    const auto& head = m_parser->get();
    const ListenerSettings& s = m_core.settings;
    std::size_t fields = 0;
    for (const auto& field : head) {
        ++fields;
        m_request.headers[Poco::toLower(std::string(field.name_string()))] = std::string(field.value());
    }
    if (fields > s.maxHeaderFields) {
        refuse(HttpExchange::headersTooLarge(s.maxHeaderBytes, s.maxHeaderFields));
        return;
    }
    if (head.version() != 11 && head.version() != 10) {
        refuse(HttpExchange::badRequest("Only HTTP/1.1 and HTTP/1.0 are served"));
        return;
    }
    if (!HttpExchange::parseTarget(std::string(head.method_string()), std::string(head.target()), m_request)) {
        refuse(HttpExchange::badRequest("The request target is not a valid path"));
        return;
    }
    m_request.sourceIp = m_source;
    m_method = m_request.method; // m_request itself moves to the worker
    const Router::Match found = m_core.router.match(m_request.method, m_request.path);
    if (found.route) {
        m_route = found.route->pattern; // a pattern, not the path: ids stay out of the metric labels
    }
    if (!HttpExchange::exposes(s.exposure, s.publicAgentApi, found.route, m_request.path)) {
        refuse(HttpExchange::notFound());
        return;
    }
    m_bodyLimit = found.route && found.route->bodyLimit > 0 ? found.route->bodyLimit : s.bodyLimit;
    const auto declared = m_parser->content_length();
    if (declared && *declared > m_bodyLimit) {
        refuse(HttpExchange::bodyTooLarge(m_bodyLimit));
        return;
    }
    m_parser->body_limit(m_bodyLimit);
    if (m_bodyLimit > s.bodyLimit && !m_parser->is_done()) {
        admitLargeBody();
        return;
    }
    continueWithBody();
}

void HttpSession::admitLargeBody()
{
    // Only callers the route admits may send more than the default; the check may look up a token in the
    // database, so it runs on a worker, and the others are refused before their body is read.
    if (m_core.queued.load() >= m_core.queueLimit()) {
        ++m_core.counters.shedBusy;
        refuse(HttpExchange::serverBusy());
        return;
    }
    ++m_core.queued;
    net::post(m_core.workers, [self = shared_from_this()] {
        --self->m_core.queued;
        std::optional<RestResponse> refused;
        try {
            refused = self->m_core.router.refusal(self->m_request);
        } catch (const std::exception& e) {
            Poco::Logger::get("rest").error("admission of %s failed: %s", self->m_request.path, std::string(e.what()));
            refused = HttpExchange::serverBusy();
        }
        net::post(self->m_stream.get_executor(), [self, refused = std::move(refused)]() mutable {
            if (refused) {
                self->refuse(std::move(*refused));
            } else {
                self->continueWithBody();
            }
        });
    });
}

void HttpSession::continueWithBody()
{
    if (m_parser->is_done()) {
        hand();
        return;
    }
    const auto declared = m_parser->content_length();
    m_bodyDeadline = bodyDeadline(declared ? static_cast<std::size_t>(*declared) : m_bodyLimit);
    const auto expect = m_parser->get().find(http::field::expect);
    if (expect != m_parser->get().end() && Poco::icompare(std::string(expect->value()), "100-continue") == 0) {
        m_continue = {http::status::continue_, m_parser->get().version()};
        expiresAt(nextBodyRead());
        http::async_write(m_stream, m_continue, [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (!ec) {
                self->readBody();
            }
        });
        return;
    }
    readBody();
}

HttpSession::Clock::time_point HttpSession::bodyDeadline(std::size_t bytes) const
{
    const auto rate = static_cast<std::size_t>(std::max(1, m_core.settings.bodyMinBytesPerSecond));
    return Clock::now() + std::chrono::seconds(m_core.settings.bodyGraceSeconds) +
           std::chrono::seconds(static_cast<long long>(bytes / rate));
}

HttpSession::Clock::time_point HttpSession::nextBodyRead() const
{
    return std::min(m_bodyDeadline, Clock::now() + std::chrono::seconds(m_core.settings.bodyGraceSeconds));
}

void HttpSession::readBody()
{
    // The whole body by its deadline, and no single read stalled for longer than the grace time.
    expiresAt(nextBodyRead());
    http::async_read_some(m_stream, m_buffer, *m_parser,
                          [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onBody(ec); });
}

void HttpSession::onBody(beast::error_code ec)
{
    if (ec == http::error::body_limit) {
        refuse(HttpExchange::bodyTooLarge(m_bodyLimit));
        return;
    }
    if (ec == beast::error::timeout) {
        ++m_core.counters.timedOut;
        return;
    }
    if (ec && ec != http::error::need_buffer) {
        if (ec != http::error::partial_message && ec != net::error::eof && ec != net::ssl::error::stream_truncated &&
            ec != http::error::end_of_stream) {
            refuse(HttpExchange::badRequest("The request body is not valid (" + ec.message() + ")"));
        }
        return;
    }
    if (!m_parser->is_done()) {
        readBody();
        return;
    }
    hand();
}

void HttpSession::hand()
{
    beast::get_lowest_layer(m_stream).expires_never(); // the worker's time is not the client's fault
    m_request.body = std::move(m_parser->get().body());
    const bool keepAlive = m_parser->keep_alive();
    if (m_core.queued.load() >= m_core.queueLimit()) {
        ++m_core.counters.shedBusy;
        answer(HttpExchange::serverBusy(), keepAlive, m_route);
        return;
    }
    ++m_core.queued;
    ++m_core.inFlight;
    net::post(m_core.workers, [self = shared_from_this(), keepAlive] {
        --self->m_core.queued;
        RestResponse reply;
        const std::string path = self->m_request.path;
        try {
            reply = self->m_core.router.dispatch(std::move(self->m_request));
        } catch (const std::exception& e) {
            Poco::Logger::get("rest").error("%s %s failed: %s", self->m_method, path, std::string(e.what()));
            reply = Problem::make(500, ErrorCode::Internal, "Internal error",
                                  "The server could not complete the request; see the server log");
        }
        net::post(self->m_stream.get_executor(), [self, keepAlive, reply = std::move(reply)]() mutable {
            self->answer(std::move(reply), keepAlive, self->m_route);
            --self->m_core.inFlight;
        });
    });
}

void HttpSession::answer(RestResponse reply, bool keepAlive, const std::string& route)
{
    keepAlive = keepAlive && !m_core.stopping && !m_closing;
    m_response = {};
    m_response.version(m_parser ? m_parser->get().version() : 11);
    m_response.result(static_cast<unsigned>(reply.status));
    for (const auto& [name, value] : HttpExchange::responseHeaders(reply)) {
        m_response.insert(name, value);
    }
    m_response.set(http::field::server, "castellan");
    m_response.body() = std::move(reply.body);
    m_response.keep_alive(keepAlive);
    m_response.prepare_payload();
    if (m_core.observe) {
        m_core.observe(route, m_method.empty() ? "-" : m_method, reply.status,
                       std::chrono::duration<double>(Clock::now() - m_started).count());
    }
    expiresAt(bodyDeadline(m_response.body().size()));
    http::async_write(m_stream, m_response, [self = shared_from_this(), keepAlive](beast::error_code ec, std::size_t) {
        self->onWritten(ec, keepAlive);
    });
}

void HttpSession::onWritten(beast::error_code ec, bool keepAlive)
{
    if (ec) {
        if (ec == beast::error::timeout) {
            ++m_core.counters.timedOut;
        }
        return;
    }
    if (m_closing) {
        drainThenClose();
        return;
    }
    if (!keepAlive) {
        close();
        return;
    }
    nextRequest(false);
}

void HttpSession::refuse(RestResponse reply)
{
    // The connection ends after a refusal: what follows on it (an unread body, garbage) cannot be trusted.
    m_closing = true;
    answer(std::move(reply), false, m_route);
}

void HttpSession::drainThenClose()
{
    // A client refused before its body was read may still be sending it. Closing with data unread would reset
    // the connection (RFC 9112 §9.6) and the reset can destroy the answer before the client reads it, so what
    // arrives is read and dropped for a bounded time and amount first.
    m_buffer.clear();
    m_drainLeft = kDrainBytes;
    m_drain.resize(16384);
    expiresAt(Clock::now() + kDrainTime);
    drainSome();
}

void HttpSession::drainSome()
{
    m_stream.async_read_some(net::buffer(m_drain), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
        if (ec || n >= self->m_drainLeft) {
            self->close();
            return;
        }
        self->m_drainLeft -= n;
        self->drainSome();
    });
}

void HttpSession::close()
{
    // close_notify, then the socket; a peer that does not answer the close_notify is not waited for long.
    expiresAt(Clock::now() + std::chrono::seconds(2));
    m_stream.async_shutdown([self = shared_from_this()](beast::error_code) {
        beast::error_code ignored;
        beast::get_lowest_layer(self->m_stream).socket().close(ignored);
    });
}

} // namespace castellan
