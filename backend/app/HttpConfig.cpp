#include "app/HttpConfig.h"

#include <optional>

namespace castellan {
namespace {

/// The limits every listener shares, from the http.* keys (issue 14).
ListenerSettings readListenerLimits(ConfigReader& read, const ServerConfig& c)
{
    ListenerSettings s;
    s.address = c.httpAddress;
    s.port = c.httpPort;
    s.certFile = c.tlsCertFile;
    s.keyFile = c.tlsKeyFile;
    s.workers = c.httpThreads;
    s.ioThreads = read.integer("http.io_threads", s.ioThreads, 1, 64);
    s.queueLimit = read.integer("http.queue_limit", s.queueLimit, 0, 1000000);
    s.headerTimeoutSeconds = read.integer("http.header_timeout_seconds", s.headerTimeoutSeconds, 1, 300);
    s.idleTimeoutSeconds = read.integer("http.idle_timeout_seconds", s.idleTimeoutSeconds, 1, 300);
    s.bodyMinBytesPerSecond =
        read.integer("http.body_min_bytes_per_second", s.bodyMinBytesPerSecond, 1, 1024 * 1024 * 1024);
    s.bodyGraceSeconds = read.integer("http.body_grace_seconds", s.bodyGraceSeconds, 1, 300);
    s.maxHeaderBytes = static_cast<std::size_t>(
        read.integer("http.max_header_bytes", static_cast<int>(s.maxHeaderBytes), 1024, 1024 * 1024));
    s.maxHeaderFields =
        static_cast<std::size_t>(read.integer("http.max_header_fields", static_cast<int>(s.maxHeaderFields), 8, 10000));
    s.maxConnectionsPerAddress = static_cast<std::size_t>(
        read.integer("http.max_connections_per_address", static_cast<int>(s.maxConnectionsPerAddress), 1, 1000000));
    s.maxConnections =
        static_cast<std::size_t>(read.integer("http.max_connections", static_cast<int>(s.maxConnections), 1, 1000000));
    return s;
}

/// One side of the listener split (http.public_* or http.admin_*); nothing when its port is not set.
std::optional<ListenerSettings> readSplitListener(ConfigReader& read, const ListenerSettings& base,
                                                  const std::string& side, RouteExposure exposure)
{
    const std::string prefix = "http." + side + "_";
    const int port = read.listenerPort(prefix + "port", 0);
    for (const char* key : {"address", "tls.cert", "tls.key", "threads", "agent_api"}) {
        if (port == 0 && read.has(prefix + key)) {
            read.fail(prefix + key, "takes effect only with " + prefix + "port");
        }
    }
    if (port == 0) {
        return std::nullopt;
    }
    ListenerSettings s = base;
    s.name = "https-" + side;
    s.exposure = exposure;
    s.port = port == ServerConfig::kAnyPort ? 0 : port;
    s.address = read.listenAddress(prefix + "address", base.address);
    s.workers = read.integer(prefix + "threads", base.workers, 2, 1024);
    const std::string cert = read.text(prefix + "tls.cert", "");
    const std::string key = read.text(prefix + "tls.key", "");
    if (cert.empty() != key.empty()) {
        read.fail(cert.empty() ? prefix + "tls.cert" : prefix + "tls.key",
                  prefix + "tls.cert and " + prefix + "tls.key must be given together");
    } else if (!cert.empty()) {
        s.certFile = cert;
        s.keyFile = key;
    }
    if (exposure == RouteExposure::Public) {
        s.publicAgentApi = read.boolean(prefix + "agent_api", false);
    }
    return s;
}

} // namespace

void readHttpConfig(ConfigReader& read, ServerConfig& c)
{
    c.httpAddress = read.listenAddress("http.address", c.httpAddress);
    c.httpPort = read.integer("http.port", c.httpPort, 0, 65535);
    c.httpThreads = read.integer("http.threads", c.httpThreads, 2, 1024);
    c.tlsCertFile = read.text("http.tls.cert", "");
    c.tlsKeyFile = read.text("http.tls.key", "");
    if (c.tlsCertFile.empty() != c.tlsKeyFile.empty()) {
        read.fail(c.tlsCertFile.empty() ? "http.tls.cert" : "http.tls.key",
                  "http.tls.cert and http.tls.key must be given together");
    }
    c.httpFront = read.oneOf("http.front", c.httpFront, {"async", "threaded"});
    const ListenerSettings base = readListenerLimits(read, c);
    auto publicSide = readSplitListener(read, base, "public", RouteExposure::Public);
    auto adminSide = readSplitListener(read, base, "admin", RouteExposure::Admin);
    if (!publicSide && !adminSide) {
        c.httpListeners.push_back(base); // one listener serves everything: the default
        return;
    }
    if (publicSide && adminSide && publicSide->port != 0 && publicSide->port == adminSide->port &&
        publicSide->address == adminSide->address) {
        read.fail("http.admin_port", "must differ from http.public_port on the same address");
    }
    if (c.httpFront != "async") {
        read.fail("http.front", "the listener split (http.public_port, http.admin_port) needs http.front=async");
    }
    // The side not given its own port stays on http.address:http.port.
    ListenerSettings rest = base;
    rest.name = publicSide ? "https-admin" : "https-public";
    rest.exposure = publicSide ? RouteExposure::Admin : RouteExposure::Public;
    c.httpListeners.push_back(publicSide ? *publicSide : rest);
    c.httpListeners.push_back(adminSide ? *adminSide : rest);
}

} // namespace castellan
