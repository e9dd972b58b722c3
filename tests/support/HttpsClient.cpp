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

HttpReply HttpsClient::get(const std::string& path, const std::map<std::string, std::string>& headers)
{
    return send("GET", path, "", "", headers);
}

HttpReply HttpsClient::send(const std::string& method, const std::string& path, const std::string& body,
                            const std::string& contentType, const std::map<std::string, std::string>& headers)
{
    Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", "",
                                                             Poco::Net::Context::VERIFY_NONE);
    Poco::Net::HTTPSClientSession session(m_host, static_cast<Poco::UInt16>(m_port), context);
    session.setTimeout(Poco::Timespan(30, 0));
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
    return reply;
}

} // namespace castellan::test
