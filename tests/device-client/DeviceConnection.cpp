#include "DeviceConnection.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <mutex>
#include <sstream>
#include <stdexcept>

namespace castellan::client {

DeviceConnection::DeviceConnection(const std::string& serverUrl, TlsTrust trust) : m_trust(std::move(trust))
{
    static std::once_flag once;
    std::call_once(once, [] { Poco::Net::initializeSSL(); });
    const Poco::URI uri(serverUrl);
    if (uri.getScheme() != "https" || uri.getHost().empty()) {
        throw std::invalid_argument("the server URL must be https://host[:port], not " + serverUrl);
    }
    m_host = uri.getHost();
    m_port = uri.getPort();
}

DeviceConnection::~DeviceConnection() = default;

DeviceReply DeviceConnection::send(const std::string& method, const std::string& path, const std::string& body,
                                   const std::map<std::string, std::string>& headers)
{
    if (!m_session) {
        using Poco::Net::Context;
        Context::Ptr context = m_trust.acceptAnyCertificate
                                   ? new Context(Context::TLS_CLIENT_USE, "", "", "", Context::VERIFY_NONE)
                                   : new Context(Context::TLS_CLIENT_USE, "", "", m_trust.caFile,
                                                 Context::VERIFY_RELAXED, 9, m_trust.caFile.empty());
        m_session = std::make_unique<Poco::Net::HTTPSClientSession>(m_host, m_port, context);
        m_session->setTimeout(Poco::Timespan(30, 0));
        m_session->setKeepAlive(true);
        m_session->setKeepAliveTimeout(Poco::Timespan(3, 0)); // below the server's 5 s
    }
    try {
        Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
        for (const auto& [name, value] : headers) {
            request.set(name, value);
        }
        if (method == "GET") {
            m_session->sendRequest(request);
        } else {
            request.setContentType("application/json");
            request.setContentLength(static_cast<std::streamsize>(body.size()));
            m_session->sendRequest(request) << body;
        }
        Poco::Net::HTTPResponse response;
        std::istream& in = m_session->receiveResponse(response);
        DeviceReply reply;
        reply.status = response.getStatus();
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
    } catch (...) {
        m_session.reset(); // a broken connection is not reused
        throw;
    }
}

} // namespace castellan::client
