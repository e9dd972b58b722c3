#include "app/AuditSyslog.h"

#include "app/Metrics.h"
#include "notify/SyslogSocket.h"
#include "store/AuditLog.h"

#include <Poco/Environment.h>
#include <Poco/Logger.h>

#include <unistd.h>

namespace castellan {
namespace {

std::string transportName(SyslogSettings::Transport transport)
{
    switch (transport) {
    case SyslogSettings::Transport::Udp:
        return "udp";
    case SyslogSettings::Transport::Tcp:
        return "tcp";
    case SyslogSettings::Transport::Tls:
        return "tls";
    }
    return "?";
}

} // namespace

AuditSyslog::AuditSyslog(const SyslogSettings& settings, AuditLog& audit)
{
    if (!settings.enabled()) {
        return;
    }
    m_origin.hostname = Poco::Environment::nodeName();
    m_origin.appName = settings.appName;
    m_origin.procId = std::to_string(::getpid());
    m_origin.facility = settings.facility;
    const std::string target =
        transportName(settings.transport) + "://" + settings.host + ":" + std::to_string(settings.port);
    m_forwarder = std::make_unique<SyslogForwarder>(
        settings.queueLimit, [settings] { return std::make_unique<SyslogSocket>(settings); },
        [target](bool connected, const std::string& detail) {
            Poco::Logger& log = Poco::Logger::get("syslog");
            if (connected) {
                log.notice("forwarding the audit log to %s", target);
            } else {
                log.warning("cannot forward the audit log to %s: %s (retrying; events are queued, then dropped)",
                            target, detail);
            }
        });
    audit.addObserver([this](const AuditEvent& event) {
        const auto now = std::chrono::system_clock::now().time_since_epoch();
        const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(now).count();
        m_forwarder->submit(AuditSyslogMessage::make(event, micros, m_origin).format());
    });
    SyslogForwarder* forwarder = m_forwarder.get();
    Metrics::instance().setSource("syslog", [forwarder](std::string& out) {
        out += "# HELP castellan_syslog_messages_total Audit events forwarded to syslog: sent, or dropped because "
               "the queue was full or the receiver stayed unreachable.\n"
               "# TYPE castellan_syslog_messages_total counter\n";
        out += "castellan_syslog_messages_total{outcome=\"sent\"} " + std::to_string(forwarder->sent()) + "\n";
        out += "castellan_syslog_messages_total{outcome=\"dropped\"} " + std::to_string(forwarder->dropped()) + "\n";
        out += "# HELP castellan_syslog_queue_messages Audit events waiting for the syslog sender.\n"
               "# TYPE castellan_syslog_queue_messages gauge\n";
        out += "castellan_syslog_queue_messages " + std::to_string(forwarder->queued()) + "\n";
    });
}

AuditSyslog::~AuditSyslog()
{
    if (m_forwarder) {
        Metrics::instance().removeSource("syslog");
        m_forwarder->stop(kDrainAtStop);
    }
}

} // namespace castellan
