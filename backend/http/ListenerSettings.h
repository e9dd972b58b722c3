#pragma once

#include <cstddef>
#include <string>

namespace castellan {

/// The TLS 1.2 cipher suites every server listener (HTTPS, RadSec) offers; TLS 1.3 suites are OpenSSL's defaults.
inline constexpr const char* kServerCipherList = "HIGH:!aNULL:!eNULL:!MD5:!RC4:!3DES:!CAMELLIA:!SHA1";

/// Which routes a listener answers (README "Listeners"): everything, or one side of the split.
enum class RouteExposure
{
    All,    ///< the single default listener
    Public, ///< portal, SAML, device API, health; the agent API only when asked for
    Admin,  ///< the REST API under /api/v1 and /metrics
};

/// One HTTPS listener and the limits that keep slow or hostile clients from taking it down (issue 14).
struct ListenerSettings
{
    std::string name = "https"; ///< in the log: "listening <name> <address>"
    RouteExposure exposure = RouteExposure::All;
    bool publicAgentApi = false; ///< Public: also /auth/validate, /auth/qr-login, /oauth/token and enrollment
    std::string address = "127.0.0.1";
    int port = 8443; ///< 0: any free port
    std::string certFile;
    std::string keyFile;

    int workers = 32;   ///< threads running request handlers
    int ioThreads = 2;  ///< threads doing TLS and reading/writing sockets
    int queueLimit = 0; ///< requests waiting for a worker before 503; 0: 8 per worker

    int headerTimeoutSeconds = 10;         ///< TLS handshake plus the whole request head, from accept or first byte
    int idleTimeoutSeconds = 5;            ///< a kept-alive connection waiting for its next request
    int bodyMinBytesPerSecond = 16 * 1024; ///< a body (and a response) must move at least this fast ...
    int bodyGraceSeconds = 10;             ///< ... after this allowance; no read may stall longer than it either

    std::size_t maxHeaderBytes = 32 * 1024; ///< request line and header fields together; more: 431
    std::size_t maxHeaderFields = 100;      ///< more: 431
    std::size_t bodyLimit = 1024 * 1024;    ///< default request body limit (a route may declare a larger one)

    std::size_t maxConnectionsPerAddress = 128; ///< per IPv4 address or IPv6 /64
    std::size_t maxConnections = 4096;          ///< all sources together
};

} // namespace castellan
