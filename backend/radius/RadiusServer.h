#pragma once

#include "core/Result.h"
#include "http/ServerCertificate.h"
#include "radius/AccessRequestHandler.h"
#include "radius/AccountingHandler.h"
#include "radius/DuplicateCache.h"
#include "radius/RadiusCounters.h"
#include "radius/RadiusDispatcher.h"
#include "radius/RadiusUdpListener.h"
#include "radius/RadiusWorkers.h"

#include <Poco/Net/TCPServer.h>
#include <Poco/ThreadPool.h>

#include <Poco/AutoPtr.h>
#include <atomic>

#include <memory>
#include <string>
#include <vector>

namespace castellan {

class AuditLog;
class AuthEngine;
class RadiusClientRegistry;
class RadSecAdmission;
class RadiusProfiles;

/// Where and how the RADIUS listeners run (configuration keys radius.*, radsec.*).
struct RadiusSettings
{
    static constexpr int kAnyPort = -1; ///< bind a free port (tests); the log prints it

    std::string address = "127.0.0.1";
    int port = 1812;        ///< 0: no authentication listener
    int accountingPort = 0; ///< 0: no accounting listener
    int radsecPort = 0;     ///< 0: no RadSec listener
    std::string radsecCertFile;
    std::string radsecKeyFile;
    std::string radsecCaFile; ///< client certificates must chain to it
    int workers = 8;
    std::size_t queueLimit = 1024;
};

/// The RADIUS server of DESIGN §5: UDP authentication and accounting ports and RadSec, all feeding one dispatcher
/// that authenticates through AuthEngine, on a shared pool of workers.
class RadiusServer
{
public:
    RadiusServer(RadiusSettings settings, AuthEngine& engine, RadiusClientRegistry& clients, RadiusProfiles& profiles,
                 AuditLog& audit);
    ~RadiusServer();

    /// Opens every configured listener and returns one line per listener with its actual address
    /// ("radius udp 127.0.0.1:1812 (authentication)"). Throws Poco::Exception when one cannot be opened.
    std::vector<std::string> start();
    /// Stops receiving, finishes the requests in flight, closes the listeners. Idempotent.
    void stop();
    /// Re-reads the RadSec certificate and key (ServerCertificate::reload); NotFound when RadSec is off.
    [[nodiscard]] Result<std::string> reloadRadSecCertificate();
    const RadiusCounters& counters() const { return m_counters; }

private:
    std::string startRadSec();

    RadiusSettings m_settings;
    RadiusCounters m_counters;
    DuplicateCache m_duplicates;
    AccessRequestHandler m_access;
    AccountingHandler m_accounting;
    RadiusDispatcher m_dispatcher;
    RadiusWorkers m_workers;
    std::unique_ptr<RadiusUdpListener> m_authListener;
    std::unique_ptr<RadiusUdpListener> m_accountingListener;
    std::atomic<bool> m_stopping{false};
    RadiusClientRegistry& m_clients;
    Poco::AutoPtr<RadSecAdmission> m_radsecAdmission;
    std::unique_ptr<ServerCertificate> m_radsecCertificate; ///< before the listener: outlives its handshakes
    std::unique_ptr<Poco::ThreadPool> m_radsecThreads;
    std::unique_ptr<Poco::Net::TCPServer> m_radsec;
    bool m_stopped = false;
};

} // namespace castellan
