#include "app/HttpListeners.h"

#include "app/Metrics.h"
#include "rest/RestHandlerFactory.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/ThreadPool.h>

namespace castellan {

namespace {

void observe(const std::string& route, const std::string& method, int status, double seconds)
{
    Metrics::instance().countRequest(route, method, status, seconds);
}

std::string servedRoutes(RouteExposure exposure, bool agentApi)
{
    switch (exposure) {
    case RouteExposure::Public:
        return agentApi ? "portal, SAML, device API, agent API, health" : "portal, SAML, device API, health";
    case RouteExposure::Admin:
        return "REST API /api/v1, /metrics";
    case RouteExposure::All:
        break;
    }
    return "REST API /api/v1, portal, SAML, device API";
}

} // namespace

HttpListeners::HttpListeners() = default;

HttpListeners::~HttpListeners()
{
    stop();
}

Result<void> HttpListeners::start(const ServerConfig& config, const std::string& certFile, const std::string& keyFile,
                                  const Router& router, Poco::Logger& log)
{
    for (ListenerSettings settings : config.httpListeners) {
        if (settings.certFile.empty()) {
            settings.certFile = certFile;
            settings.keyFile = keyFile;
        }
        if (config.httpFront == "threaded") {
            return startThreaded(settings, router, log);
        }
        auto listener = std::make_unique<HttpListener>(settings, router, observe);
        try {
            listener->start();
        } catch (const Poco::Net::NetException& e) {
            return Error::of(ErrorCode::Unavailable, e.message());
        } catch (const Poco::Exception& e) {
            return Error::of(ErrorCode::Configuration, "cannot start HTTPS: " + e.message());
        }
        log.notice("listening %s %s (%s)", settings.name, listener->boundAddress(),
                   servedRoutes(settings.exposure, settings.publicAgentApi));
        m_listeners.push_back(std::move(listener));
    }
    Metrics::instance().setSource("http", [this](std::string& out) { describeConnections(out); });
    return {};
}

void HttpListeners::describeConnections(std::string& out) const
{
    out += "# HELP castellan_http_connections_open Open HTTPS connections of this node's listeners.\n"
           "# TYPE castellan_http_connections_open gauge\n";
    for (const auto& l : m_listeners) {
        out += "castellan_http_connections_open{listener=\"" + l->settings().name + "\"} " +
               std::to_string(l->openConnections()) + "\n";
    }
    out += "# HELP castellan_http_connections_total HTTPS connections by what became of them: accepted, refused "
           "by the per-address or total cap, closed at a deadline, requests shed with 503.\n"
           "# TYPE castellan_http_connections_total counter\n";
    for (const auto& l : m_listeners) {
        const HttpListener::Counters& c = l->counters();
        const std::pair<const char*, const std::atomic<std::uint64_t>&> counts[] = {
            {"accepted", c.accepted},
            {"refused_address_cap", c.refusedAddressFull},
            {"refused_total_cap", c.refusedServerFull},
            {"deadline", c.timedOut},
            {"shed_busy", c.shedBusy}};
        for (const auto& [outcome, value] : counts) {
            out += "castellan_http_connections_total{listener=\"" + l->settings().name + "\",outcome=\"" + outcome +
                   "\"} " + std::to_string(value.load()) + "\n";
        }
    }
}

Result<void> HttpListeners::startThreaded(const ListenerSettings& settings, const Router& router, Poco::Logger& log)
{
    try {
        Poco::Net::Context::Params params;
        params.certificateFile = settings.certFile;
        params.privateKeyFile = settings.keyFile;
        params.verificationMode = Poco::Net::Context::VERIFY_NONE;
        params.loadDefaultCAs = false;
        params.cipherList = kServerCipherList;
        Poco::Net::Context::Ptr tls = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, params);
        Poco::Net::SecureServerSocket socket(tls);
        socket.bind(Poco::Net::SocketAddress(settings.address, static_cast<Poco::UInt16>(settings.port)), true, false);
        socket.listen(128);
        auto* http = new Poco::Net::HTTPServerParams;
        http->setMaxThreads(settings.workers);
        http->setMaxQueued(256);
        http->setKeepAliveTimeout(Poco::Timespan(5, 0));
        http->setTimeout(Poco::Timespan(30, 0));
        http->setServerName("castellan");
        m_threadedPool = std::make_unique<Poco::ThreadPool>("http", 2, settings.workers, 60);
        m_threaded = std::make_unique<Poco::Net::HTTPServer>(
            new RestHandlerFactory(router, settings.bodyLimit, observe), *m_threadedPool, socket, http);
        m_threaded->start();
        log.warning("listening %s %s (threaded front: for benchmarks only, without the deadlines and caps of "
                    "the default front)",
                    settings.name, socket.address().toString());
    } catch (const Poco::Net::NetException& e) {
        return Error::of(ErrorCode::Unavailable, "cannot listen on " + settings.address + ":" +
                                                     std::to_string(settings.port) + ": " + e.displayText());
    } catch (const Poco::Exception& e) {
        return Error::of(ErrorCode::Configuration, "cannot start HTTPS: " + e.displayText());
    }
    return {};
}

void HttpListeners::stop()
{
    Metrics::instance().removeSource("http");
    for (auto& listener : m_listeners) {
        listener->stop();
    }
    m_listeners.clear();
    if (m_threaded) {
        m_threaded->stopAll(false);
        m_threadedPool->joinAll();
        m_threaded.reset();
        m_threadedPool.reset();
    }
}

} // namespace castellan
