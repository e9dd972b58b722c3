#pragma once

#include "notify/AuditSyslogMessage.h"
#include "notify/SyslogForwarder.h"
#include "notify/SyslogSettings.h"

#include <chrono>
#include <memory>

namespace castellan {

class AuditLog;

/// The audit log forwarded to the SIEM (DESIGN §6, README "SIEM / syslog"): every event recorded through
/// AuditLog becomes one RFC 5424 message (AuditSyslogMessage) queued for the sender thread (SyslogForwarder), and
/// `/metrics` counts what was sent and dropped (castellan_syslog_messages_total). Nothing when syslog.host is empty.
class AuditSyslog
{
public:
    AuditSyslog(const SyslogSettings& settings, AuditLog& audit);
    /// Gives the queue `drain` to empty (the server's last events), then stops.
    ~AuditSyslog();

    static constexpr std::chrono::milliseconds kDrainAtStop{3000};

private:
    AuditSyslogMessage::Origin m_origin;
    std::unique_ptr<SyslogForwarder> m_forwarder;
};

} // namespace castellan
