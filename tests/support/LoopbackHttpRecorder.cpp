#include "LoopbackHttpRecorder.h"

#include "app/SelfSignedCertificate.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <stdexcept>

namespace castellan::test {
namespace {

class RecordingHandler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit RecordingHandler(std::shared_ptr<LoopbackHttpRecorder::State> state) : m_state(std::move(state)) {}

    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override
    {
        RecordedRequest recorded;
        recorded.method = request.getMethod();
        Poco::URI uri(request.getURI());
        recorded.path = uri.getPath();
        recorded.query = uri.getRawQuery();
        for (const auto& [name, value] : request) {
            recorded.headers[Poco::toLower(name)] = value;
        }
        Poco::StreamCopier::copyToString(request.stream(), recorded.body);

        int status = 0;
        std::string body;
        std::string contentType;
        std::map<std::string, std::string> headers;
        {
            std::unique_lock lock(m_state->mutex);
            m_state->requests.push_back(recorded);
            m_state->changed.notify_all();
            // A slow gateway; the recorder's destructor cuts the wait short.
            m_state->changed.wait_for(lock, m_state->delay, [this] { return m_state->stopping; });
            status = m_state->status;
            body = m_state->body;
            contentType = m_state->contentType;
            headers = m_state->headers;
        }
        response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
        response.setContentType(contentType);
        for (const auto& [name, value] : headers) {
            response.set(name, value);
        }
        response.setContentLength(static_cast<std::streamsize>(body.size()));
        response.send() << body;
    }

private:
    std::shared_ptr<LoopbackHttpRecorder::State> m_state;
};

class RecordingFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit RecordingFactory(std::shared_ptr<LoopbackHttpRecorder::State> state) : m_state(std::move(state)) {}

    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new RecordingHandler(m_state);
    }

private:
    std::shared_ptr<LoopbackHttpRecorder::State> m_state;
};

} // namespace

std::string RecordedRequest::header(const std::string& name) const
{
    auto found = headers.find(Poco::toLower(name));
    return found == headers.end() ? std::string() : found->second;
}

std::string RecordedRequest::queryParameter(const std::string& name) const
{
    Poco::URI uri("/?" + query);
    for (const auto& [key, value] : uri.getQueryParameters()) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

LoopbackHttpRecorder::LoopbackHttpRecorder(bool tls) : m_tls(tls), m_state(std::make_shared<State>())
{
    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(4);
    params->setKeepAlive(false);
    const Poco::Net::SocketAddress address("127.0.0.1", 0);
    if (m_tls) {
        const std::string cert = certificateFile();
        const std::string key = m_dir.filePath("server.key").toStdString();
        if (auto made = SelfSignedCertificate::ensure(cert, key); !made) {
            throw std::runtime_error("test HTTPS recorder certificate: " + made.error().message);
        }
        Poco::Net::initializeSSL();
        Poco::Net::Context::Params tlsParams;
        tlsParams.certificateFile = cert;
        tlsParams.privateKeyFile = key;
        tlsParams.verificationMode = Poco::Net::Context::VERIFY_NONE;
        tlsParams.loadDefaultCAs = false;
        Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, tlsParams);
        Poco::Net::SecureServerSocket socket(address, 64, context);
        m_port = socket.address().port();
        m_server = std::make_unique<Poco::Net::HTTPServer>(new RecordingFactory(m_state), socket, params);
    } else {
        Poco::Net::ServerSocket socket(address);
        m_port = socket.address().port();
        m_server = std::make_unique<Poco::Net::HTTPServer>(new RecordingFactory(m_state), socket, params);
    }
    m_server->start();
}

LoopbackHttpRecorder::~LoopbackHttpRecorder()
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->stopping = true;
    }
    m_state->changed.notify_all();
    m_server->stopAll(true);
}

std::string LoopbackHttpRecorder::url(const std::string& pathAndQuery) const
{
    return std::string(m_tls ? "https" : "http") + "://localhost:" + std::to_string(m_port) + pathAndQuery;
}

std::string LoopbackHttpRecorder::certificateFile() const
{
    return m_dir.filePath("server.crt").toStdString();
}

void LoopbackHttpRecorder::setReply(int status, const std::string& body, const std::string& contentType)
{
    std::lock_guard lock(m_state->mutex);
    m_state->status = status;
    m_state->body = body;
    m_state->contentType = contentType;
}

void LoopbackHttpRecorder::setReplyHeader(const std::string& name, const std::string& value)
{
    std::lock_guard lock(m_state->mutex);
    if (value.empty()) {
        m_state->headers.erase(name);
    } else {
        m_state->headers[name] = value;
    }
}

void LoopbackHttpRecorder::setDelay(std::chrono::milliseconds delay)
{
    std::lock_guard lock(m_state->mutex);
    m_state->delay = delay;
}

std::optional<RecordedRequest> LoopbackHttpRecorder::waitForRequest(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_state->mutex);
    if (!m_state->changed.wait_for(lock, timeout, [this] { return m_state->requests.size() > m_returned; })) {
        return std::nullopt;
    }
    return m_state->requests[m_returned++];
}

std::vector<RecordedRequest> LoopbackHttpRecorder::requests() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->requests;
}

} // namespace castellan::test
