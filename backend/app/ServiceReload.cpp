#include "app/ServiceReload.h"

#include "app/HttpListeners.h"
#include "app/JournalEvents.h"
#include "app/ServiceNotifier.h"
#include "radius/RadiusServer.h"
#include "store/AuditLog.h"

#include <Poco/Logger.h>

namespace castellan {

ServiceReload::ServiceReload(Steps steps, HttpListeners& http, RadiusServer& radius, ServiceNotifier& systemd,
                             AuditLog& audit)
    : m_steps(std::move(steps)), m_http(http), m_radius(radius), m_systemd(systemd), m_audit(audit)
{}

bool ServiceReload::run()
{
    Poco::Logger& log = Poco::Logger::get("reload");
    m_systemd.reloading();
    log.notice("reloading TLS certificates and log.level");
    std::string refusals;
    bool ok = reloadCertificates(refusals);

    Result<ServerConfig> config = m_steps.readConfiguration();
    if (!config) {
        ok = false;
        JournalEvents::log(log, Poco::Message::PRIO_ERROR,
                           "configuration not re-read, log.level unchanged: " + config.error().message,
                           JournalEvents::kConfigError);
        refusals += (refusals.empty() ? "" : "; ") + config.error().message;
    } else {
        m_steps.applyLogLevel(config->logLevel);
        log.notice("log.level %s", config->logLevel);
    }

    m_audit.record({.channel = "system",
                    .event = "server.reload",
                    .actor = "system",
                    .result = ok ? "success" : "failure",
                    .reason = refusals});
    m_systemd.ready();
    if (ok) {
        JournalEvents::log(log, Poco::Message::PRIO_NOTICE, "reload complete", JournalEvents::kReload);
    } else {
        JournalEvents::log(log, Poco::Message::PRIO_ERROR,
                           "reload finished with errors (what was valid is in use): " + refusals,
                           JournalEvents::kReloadFailed);
    }
    return ok;
}

bool ServiceReload::reloadCertificates(std::string& refusals)
{
    Poco::Logger& log = Poco::Logger::get("reload");
    bool ok = true;
    auto report = [&](const std::string& listener, const Result<std::string>& outcome) {
        if (outcome) {
            log.notice("%s presents %s", listener, outcome.value());
            return;
        }
        ok = false;
        log.error("%s keeps its current certificate: %s", listener, outcome.error().message);
        refusals += (refusals.empty() ? "" : "; ") + listener + ": " + outcome.error().message;
    };
    for (const auto& listener : m_http.listeners()) {
        report(listener->settings().name, listener->reloadCertificate());
    }
    if (m_http.threadedFront()) {
        log.warning("the threaded HTTPS front (http.front=threaded) keeps its certificate until a restart");
    }
    if (Result<std::string> radsec = m_radius.reloadRadSecCertificate();
        radsec || radsec.error().code != ErrorCode::NotFound) {
        report("radsec", radsec);
    }
    return ok;
}

} // namespace castellan
