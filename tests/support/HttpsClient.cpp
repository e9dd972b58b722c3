#include "HttpsClient.h"

#include <Poco/JSON/Parser.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>

#include <mutex>
#include <sstream>

namespace castellan::test {

Poco::JSON::Object::Ptr HttpReply::json() const
{
    Poco::JSON::Parser parser;
    return parser.parse(body).extract<Poco::JSON::Object::Ptr>();
}

HttpsClient::HttpsClient(std::string host, int port) : m_host(std::move(host)), m_port(port)
{
    static std::once_flag once;
    std::call_once(once, [] { Poco::Net::initializeSSL(); });
}

HttpsClient::~HttpsClient() = default;

HttpReply HttpsClient::get(const std::string& path, const std::map<std::string, std::string>& headers)
{
    return send("GET", path, "", "", headers);
}

HttpReply HttpsClient::send(const std::string& method, const std::string& path, const std::string& body,
                            const std::string& contentType, const std::map<std::string, std::string>& headers)
{
    try {
        return exchange(method, path, body, contentType, headers);
    } catch (...) {
        m_session.reset(); // a broken connection is not reused
        throw;
    }
}

HttpReply HttpsClient::exchange(const std::string& method, const std::string& path, const std::string& body,
                                const std::string& contentType, const std::map<std::string, std::string>& headers)
{
    if (!m_session) {
        Poco::Net::Context::Ptr context =
            new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", "", Poco::Net::Context::VERIFY_NONE);
        m_session = std::make_unique<Poco::Net::HTTPSClientSession>(m_host, static_cast<Poco::UInt16>(m_port), context);
        m_session->setTimeout(Poco::Timespan(30, 0));
        m_session->setKeepAlive(true);
        // Shorter than the server's keep-alive (5 s), so an idle connection is never reused after the server closed it.
        m_session->setKeepAliveTimeout(Poco::Timespan(3, 0));
    }
    Poco::Net::HTTPSClientSession& session = *m_session;
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    for (const auto& [name, value] : headers) {
        request.set(name, value);
    }
    if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH") {
        request.setContentType(contentType);
        request.setContentLength(static_cast<std::streamsize>(body.size()));
        session.sendRequest(request) << body;
    } else {
        session.sendRequest(request);
    }
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    HttpReply reply;
    reply.status = response.getStatus();
    reply.contentType = response.getContentType();
    for (const auto& [name, value] : response) {
        reply.headers[name] = value;
    }
    std::ostringstream out;
    Poco::StreamCopier::copyStream(in, out);
    reply.body = out.str();
    if (!response.getKeepAlive()) {
        m_session.reset();
    }
    return reply;
}

} // namespace castellan::test
