#include "notify/AuditSyslogMessage.h"

namespace castellan {

std::string AuditSyslogMessage::outcome(const std::string& result)
{
    if (result == "success" || result == "accept") {
        return "success";
    }
    if (result == "failure" || result == "reject" || result == "blocked" || result == "denied") {
        return "failure";
    }
    return "unknown";
}

SyslogMessage AuditSyslogMessage::make(const AuditEvent& event, std::int64_t timeMicros, const Origin& origin)
{
    SyslogMessage m;
    m.facility = origin.facility;
    const std::string ecsOutcome = outcome(event.result);
    m.severity = ecsOutcome == "failure" ? SyslogMessage::Warning : SyslogMessage::Notice;
    m.timeMicros = timeMicros;
    m.hostname = origin.hostname;
    m.appName = origin.appName;
    m.procId = origin.procId;
    m.msgId = event.event;

    SyslogMessage::Element element{kSdId, {}};
    auto add = [&element](const char* name, const std::string& value) {
        if (!value.empty()) {
            element.params.emplace_back(name, value);
        }
    };
    add("event.action", event.event);
    add("event.outcome", ecsOutcome);
    add("event.reason", event.reason);
    add("user.name", event.username);
    add("source.ip", event.sourceIp);
    add("castellan.channel", event.channel);
    add("castellan.result", event.result);
    add("castellan.actor", event.actor);
    add("castellan.client", event.client);
    m.structuredData.push_back(std::move(element));

    m.msg = event.event + " " + (event.result.empty() ? "-" : event.result);
    if (!event.username.empty()) {
        m.msg += " user=" + event.username;
    }
    m.msg += " channel=" + (event.channel.empty() ? std::string("-") : event.channel);
    return m;
}

} // namespace castellan
