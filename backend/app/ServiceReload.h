#pragma once

#include "app/ServerConfig.h"
#include "core/Result.h"

#include <functional>
#include <string>

namespace castellan {

class AuditLog;
class HttpListeners;
class RadiusServer;
class ServiceNotifier;

/// What `systemctl reload castellan` (SIGHUP) changes in a running server (issue 16, README "Service
/// management"): the certificate and key of every HTTPS listener and of RadSec, read again from their files, and
/// log.level from the configuration file. Requests in flight and open connections are untouched (new handshakes
/// present the new certificate). A certificate that cannot be used is refused with a log line naming the file and
/// why, and the one in use stays: the server is never left without TLS. Other keys take effect at a restart.
class ServiceReload
{
public:
    struct Steps
    {
        std::function<Result<ServerConfig>()> readConfiguration; ///< the file and --set overrides, parsed again
        std::function<void(const std::string& level)> applyLogLevel;
    };

    ServiceReload(Steps steps, HttpListeners& http, RadiusServer& radius, ServiceNotifier& systemd, AuditLog& audit);

    /// One reload: RELOADING=1, the certificates, the log level, READY=1; logged and audited (server.reload).
    /// Returns false when anything was refused (what was valid is applied all the same).
    bool run();

private:
    bool reloadCertificates(std::string& refusals);

    Steps m_steps;
    HttpListeners& m_http;
    RadiusServer& m_radius;
    ServiceNotifier& m_systemd;
    AuditLog& m_audit;
};

} // namespace castellan
