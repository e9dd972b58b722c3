#include "radius/RadiusServer.h"

#include "auth/AuthEngine.h"
#include "http/ListenerSettings.h"
#include "radius/ListenAddress.h"
#include "radius/RadSecAdmission.h"
#include "radius/RadSecConnection.h"
#include "radius/RadiusClientRegistry.h"

#include <Poco/Logger.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/SecureServerSocket.h>

namespace castellan {
namespace {

constexpr int kRadSecConnections = 64; ///< connection threads; as many more may wait for one
constexpr std::size_t kRadSecPerAddress = 16;

Poco::UInt16 bindPort(int configured)
{
    return static_cast<Poco::UInt16>(configured == RadiusSettings::kAnyPort ? 0 : configured);
}

/// The certificate and key come from `certificate` at each handshake (ServerCertificate: re-read on reload).
Poco::Net::Context::Ptr radsecContext(const RadiusSettings& s, const ServerCertificate& certificate)
{
    Poco::Net::Context::Params params;
    params.caLocation = s.radsecCaFile;
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT; // a client certificate is required
    params.loadDefaultCAs = false;
    params.cipherList = kServerCipherList;
    Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, params);
    context->disableProtocols(Poco::Net::Context::PROTO_SSLV2 | Poco::Net::Context::PROTO_SSLV3 |
                              Poco::Net::Context::PROTO_TLSV1 | Poco::Net::Context::PROTO_TLSV1_1);
    certificate.presentOn(context->sslContext());
    return context;
}

} // namespace

RadiusServer::RadiusServer(RadiusSettings settings, AuthEngine& engine, RadiusClientRegistry& clients,
                           RadiusProfiles& profiles, AuditLog& audit)
    : m_settings(std::move(settings)),
      m_access([&engine](const AuthRequest& request) { return engine.authenticate(request); }, profiles),
      m_accounting(audit), m_dispatcher(clients, m_access, m_accounting, m_duplicates, m_counters),
      m_workers(m_settings.workers, m_settings.queueLimit), m_clients(clients)
{}

RadiusServer::~RadiusServer()
{
    stop();
}

std::vector<std::string> RadiusServer::start()
{
    std::vector<std::string> listening;
    if (m_settings.port != 0) {
        m_authListener =
            std::make_unique<RadiusUdpListener>(m_dispatcher, m_workers, m_counters, RadiusService::Authentication);
        m_authListener->start(m_settings.address, bindPort(m_settings.port));
        listening.push_back("radius udp " + m_authListener->address().toString() + " (authentication)");
    }
    if (m_settings.accountingPort != 0) {
        m_accountingListener =
            std::make_unique<RadiusUdpListener>(m_dispatcher, m_workers, m_counters, RadiusService::Accounting);
        m_accountingListener->start(m_settings.address, bindPort(m_settings.accountingPort));
        listening.push_back("radius-accounting udp " + m_accountingListener->address().toString() + " (accounting)");
    }
    if (m_settings.radsecPort != 0) {
        listening.push_back(startRadSec());
    }
    return listening;
}

std::string RadiusServer::startRadSec()
{
    m_radsecCertificate = std::make_unique<ServerCertificate>(m_settings.radsecCertFile, m_settings.radsecKeyFile);
    if (auto loaded = m_radsecCertificate->load(); !loaded) {
        throw Poco::InvalidArgumentException(loaded.error().message);
    } else {
        Poco::Logger::get("tls").information("radsec presents %s", loaded.value());
    }
    Poco::Net::SecureServerSocket socket(radsecContext(m_settings, *m_radsecCertificate));
    const Poco::Net::SocketAddress where = listenAddress(m_settings.address, bindPort(m_settings.radsecPort));
    if (where.family() == Poco::Net::SocketAddress::IPv6) {
        socket.bind6(where, true, false, false);
    } else {
        socket.bind(where, true, false);
    }
    socket.listen(64);
    auto* params = new Poco::Net::TCPServerParams;
    params->setMaxThreads(kRadSecConnections);
    params->setMaxQueued(kRadSecConnections);
    m_radsecThreads = std::make_unique<Poco::ThreadPool>("radsec", 1, kRadSecConnections, 60);
    // Admitted connections never exceed threads + queue, so the dispatcher never drops one it was handed.
    m_radsecAdmission =
        new RadSecAdmission([this](const std::string& address) { return m_clients.find(address).has_value(); },
                            kRadSecPerAddress, 2 * kRadSecConnections);
    m_radsec = std::make_unique<Poco::Net::TCPServer>(
        new RadSecConnectionFactory(m_dispatcher, m_workers, m_counters, m_stopping, *m_radsecAdmission),
        *m_radsecThreads, socket, params);
    m_radsec->setConnectionFilter(m_radsecAdmission);
    m_radsec->start();
    return "radsec tls " + socket.address().toString() + " (RADIUS over TLS)";
}

Result<std::string> RadiusServer::reloadRadSecCertificate()
{
    if (!m_radsecCertificate) {
        return Error::of(ErrorCode::NotFound, "RadSec is not enabled");
    }
    return m_radsecCertificate->reload();
}

void RadiusServer::stop()
{
    if (m_stopped) {
        return;
    }
    m_stopped = true;
    m_stopping = true;
    if (m_radsec) {
        m_radsec->stop();
        m_radsecThreads->joinAll();
    }
    if (m_authListener) {
        m_authListener->stop();
    }
    if (m_accountingListener) {
        m_accountingListener->stop();
    }
    m_workers.stop();
}

} // namespace castellan
