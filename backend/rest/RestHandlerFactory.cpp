#include "rest/RestHandlerFactory.h"

#include "http/HttpExchange.h"
#include "rest/Problem.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <chrono>
#include <istream>

namespace castellan {
namespace {

class RestRequestHandler : public Poco::Net::HTTPRequestHandler
{
public:
    RestRequestHandler(const Router& router, size_t bodyLimit, const RestHandlerFactory::Observer& observe)
        : m_router(router), m_bodyLimit(bodyLimit), m_observe(observe)
    {}

    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override
    {
        const auto started = std::chrono::steady_clock::now();
        RestResponse reply;
        bool bodyUnread = false;
        std::string route = "unmatched";
        try {
            reply = handle(request, bodyUnread, route);
        } catch (const std::exception& e) {
            Poco::Logger::get("rest").error("%s %s failed: %s", request.getMethod(), request.getURI(),
                                            std::string(e.what()));
            reply = Problem::make(500, ErrorCode::Internal, "Internal error",
                                  "The server could not complete the request; see the server log");
        }
        if (bodyUnread) {
            response.setKeepAlive(false);
        }
        write(reply, response);
        if (m_observe) {
            m_observe(route, request.getMethod(), reply.status,
                      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
        }
        if (bodyUnread) {
            discardBody(request);
        }
    }

private:
    RestResponse handle(Poco::Net::HTTPServerRequest& request, bool& bodyUnread, std::string& route)
    {
        RestRequest rest;
        rest.method = request.getMethod();
        Poco::URI uri(request.getURI());
        rest.path = uri.getPath();
        rest.rawQuery = uri.getRawQuery();
        for (const auto& [name, value] : uri.getQueryParameters()) {
            rest.query.emplace(name, value);
        }
        for (const auto& [name, value] : request) {
            rest.headers[Poco::toLower(name)] = value;
        }
        rest.sourceIp = request.clientAddress().host().toString();
        const Router::Match found = m_router.match(rest.method, rest.path);
        if (found.route) {
            route = found.route->pattern; // a pattern, not the path: ids stay out of the metric labels
        }
        const size_t limit = found.route && found.route->bodyLimit > 0 ? found.route->bodyLimit : m_bodyLimit;
        if (limit > m_bodyLimit) {
            // Only callers the route admits may send more than the default: the others are refused unread.
            if (auto refused = m_router.refusal(rest)) {
                bodyUnread = true;
                return *refused;
            }
        }
        const std::streamsize declared = request.getContentLength();
        if (declared != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
            declared > static_cast<std::streamsize>(limit)) {
            bodyUnread = true;
            return HttpExchange::bodyTooLarge(limit);
        }
        if (declared > 0) {
            rest.body.reserve(static_cast<size_t>(declared));
        }
        std::istream& in = request.stream();
        char buffer[8192];
        while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
            rest.body.append(buffer, static_cast<size_t>(in.gcount()));
            if (rest.body.size() > limit) {
                bodyUnread = true;
                return HttpExchange::bodyTooLarge(limit);
            }
        }
        return m_router.dispatch(std::move(rest));
    }

    // A client refused before its body was read may still be sending it. Closing the socket with data unread
    // would reset the connection (RFC 9112 §9.6), and a reset can destroy the answer before the client reads it,
    // so the rest of a delimited body is read and dropped, for a bounded time, before the connection closes.
    static void discardBody(Poco::Net::HTTPServerRequest& request)
    {
        if (request.getContentLength() == Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
            !request.getChunkedTransferEncoding()) {
            return; // the body would end only when the client closes
        }
        const auto deadline = std::chrono::steady_clock::now() + kDiscardTime;
        try {
            std::istream& in = request.stream();
            char buffer[65536];
            while ((in.read(buffer, sizeof buffer) || in.gcount() > 0) && std::chrono::steady_clock::now() < deadline) {
            }
        } catch (const Poco::Exception&) {
            // The client went away: nothing left to protect.
        }
    }

    static constexpr std::chrono::seconds kDiscardTime{10};

    static void write(const RestResponse& reply, Poco::Net::HTTPServerResponse& response)
    {
        response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(reply.status));
        response.setContentLength(static_cast<std::streamsize>(reply.body.size()));
        for (const auto& [name, value] : HttpExchange::responseHeaders(reply)) {
            response.add(name, value); // one field each; responseHeaders already let the reply's own replace defaults
        }
        response.send() << reply.body;
    }

    const Router& m_router;
    size_t m_bodyLimit;
    const RestHandlerFactory::Observer& m_observe;
};

} // namespace

RestHandlerFactory::RestHandlerFactory(const Router& router, size_t bodyLimit, Observer observe)
    : m_router(router), m_bodyLimit(bodyLimit), m_observe(std::move(observe))
{}

Poco::Net::HTTPRequestHandler* RestHandlerFactory::createRequestHandler(const Poco::Net::HTTPServerRequest&)
{
    return new RestRequestHandler(m_router, m_bodyLimit, m_observe);
}

} // namespace castellan
