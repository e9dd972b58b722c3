#pragma once

#include "app/ServerConfig.h"
#include "core/Result.h"
#include "http/HttpListener.h"
#include "rest/Router.h"

#include <Poco/Logger.h>

#include <memory>
#include <string>
#include <vector>

namespace Poco::Net {
class HTTPServer;
}
namespace Poco {
class ThreadPool;
}

namespace castellan {

/// The server's HTTPS listeners as configured (ServerConfig::httpListeners): started together, logged with their
/// actual addresses, stopped together after their requests in flight. With http.front=threaded the single
/// listener is the earlier Poco::Net::HTTPServer design, kept only for the flood benchmark's comparison.
class HttpListeners
{
public:
    HttpListeners();
    ~HttpListeners();

    /// Opens every listener; `certFile`/`keyFile` stand in for listeners without a certificate of their own.
    /// Errors: Configuration (unusable certificate), Unavailable (address cannot be bound).
    [[nodiscard]] Result<void> start(const ServerConfig& config, const std::string& certFile,
                                     const std::string& keyFile, const Router& router, Poco::Logger& log);
    void stop();

    const std::vector<std::unique_ptr<HttpListener>>& listeners() const { return m_listeners; }
    /// True with http.front=threaded (its certificate is not reloaded).
    bool threadedFront() const { return m_threaded != nullptr; }

private:
    void describeConnections(std::string& out) const;
    Result<void> startThreaded(const ListenerSettings& settings, const Router& router, Poco::Logger& log);

    std::vector<std::unique_ptr<HttpListener>> m_listeners;
    std::unique_ptr<Poco::ThreadPool> m_threadedPool;
    std::unique_ptr<Poco::Net::HTTPServer> m_threaded;
};

} // namespace castellan
