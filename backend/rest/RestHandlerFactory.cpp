#include "rest/RestHandlerFactory.h"

#include "rest/Problem.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <istream>

namespace castellan {
namespace {

class RestRequestHandler : public Poco::Net::HTTPRequestHandler
{
public:
    RestRequestHandler(const Router& router, size_t bodyLimit) : m_router(router), m_bodyLimit(bodyLimit) {}

    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override
    {
        RestResponse reply;
        try {
            reply = handle(request);
        } catch (const std::exception& e) {
            Poco::Logger::get("rest").error("%s %s failed: %s", request.getMethod(), request.getURI(),
                                            std::string(e.what()));
            reply = Problem::make(500, ErrorCode::Internal, "Internal error",
                                  "The server could not complete the request; see the server log");
        }
        write(reply, response);
    }

private:
    RestResponse handle(Poco::Net::HTTPServerRequest& request)
    {
        RestRequest rest;
        rest.method = request.getMethod();
        Poco::URI uri(request.getURI());
        rest.path = uri.getPath();
        for (const auto& [name, value] : uri.getQueryParameters()) {
            rest.query.emplace(name, value);
        }
        for (const auto& [name, value] : request) {
            rest.headers[Poco::toLower(name)] = value;
        }
        rest.sourceIp = request.clientAddress().host().toString();
        if (request.getContentLength() != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
            request.getContentLength() > static_cast<std::streamsize>(m_bodyLimit)) {
            return Problem::make(413, ErrorCode::InvalidInput, "Request too large",
                                 "The request body exceeds " + std::to_string(m_bodyLimit) + " bytes");
        }
        std::istream& in = request.stream();
        char buffer[8192];
        while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
            rest.body.append(buffer, static_cast<size_t>(in.gcount()));
            if (rest.body.size() > m_bodyLimit) {
                return Problem::make(413, ErrorCode::InvalidInput, "Request too large",
                                     "The request body exceeds " + std::to_string(m_bodyLimit) + " bytes");
            }
        }
        return m_router.dispatch(std::move(rest));
    }

    static void write(const RestResponse& reply, Poco::Net::HTTPServerResponse& response)
    {
        response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(reply.status));
        response.setContentType(reply.contentType);
        response.setContentLength(static_cast<std::streamsize>(reply.body.size()));
        response.set("Cache-Control", "no-store");
        response.set("X-Content-Type-Options", "nosniff");
        response.set("Strict-Transport-Security", "max-age=31536000");
        for (const auto& [name, value] : reply.headers) {
            response.set(name, value);
        }
        response.send() << reply.body;
    }

    const Router& m_router;
    size_t m_bodyLimit;
};

} // namespace

RestHandlerFactory::RestHandlerFactory(const Router& router, size_t bodyLimit) : m_router(router), m_bodyLimit(bodyLimit)
{
}

Poco::Net::HTTPRequestHandler* RestHandlerFactory::createRequestHandler(const Poco::Net::HTTPServerRequest&)
{
    return new RestRequestHandler(m_router, m_bodyLimit);
}

} // namespace castellan
