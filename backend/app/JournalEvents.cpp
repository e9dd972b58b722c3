#include "app/JournalEvents.h"

#include "store/AuditLog.h"

namespace castellan {
namespace {

bool isAuthentication(const std::string& event)
{
    return event.starts_with("auth.") || event == "admin.login" || event == "saml.sso" || event == "oauth.token";
}

bool refused(const std::string& result)
{
    return result == "failure" || result == "reject" || result == "blocked" || result == "denied";
}

} // namespace

void JournalEvents::log(Poco::Logger& logger, Poco::Message::Priority priority, const std::string& text,
                        const char* messageId)
{
    if (!logger.is(priority)) {
        return;
    }
    Poco::Message message(logger.name(), text, priority);
    message.set("MESSAGE_ID", messageId);
    logger.log(message);
}

const char* JournalEvents::messageIdOf(const AuditEvent& event)
{
    if (event.event.starts_with("server.") || event.event == "radius.accounting") {
        return nullptr;
    }
    if (isAuthentication(event.event)) {
        if (event.result == "challenge") {
            return kAuthChallenge;
        }
        return refused(event.result) ? kAuthRejected : kAuthAccepted;
    }
    if (event.channel == "rest" || event.channel == "cli") {
        return kAdminChange;
    }
    return nullptr;
}

Poco::Message JournalEvents::messageOf(const AuditEvent& event, const char* messageId)
{
    std::string text = event.event + " " + (event.result.empty() ? "-" : event.result);
    if (!event.username.empty()) {
        text += " user=" + event.username;
    }
    text += " channel=" + (event.channel.empty() ? std::string("-") : event.channel);
    if (!event.client.empty()) {
        text += " client=" + event.client;
    }
    if (!event.actor.empty() && event.actor != event.username) {
        text += " actor=" + event.actor;
    }
    if (!event.sourceIp.empty()) {
        text += " source=" + event.sourceIp;
    }
    if (!event.reason.empty()) {
        text += ": " + event.reason;
    }
    Poco::Message message("audit", text,
                          refused(event.result) ? Poco::Message::PRIO_WARNING : Poco::Message::PRIO_NOTICE);
    message.set("MESSAGE_ID", messageId);
    auto field = [&message](const char* key, const std::string& value) {
        if (!value.empty()) {
            message.set(key, value);
        }
    };
    field("EVENT_ACTION", event.event);
    field("EVENT_OUTCOME", refused(event.result)                                     ? "failure"
                           : (event.result == "success" || event.result == "accept") ? "success"
                                                                                     : "unknown");
    field("EVENT_REASON", event.reason);
    field("USER_NAME", event.username);
    field("SOURCE_IP", event.sourceIp);
    field("CASTELLAN_CHANNEL", event.channel);
    field("CASTELLAN_RESULT", event.result);
    field("CASTELLAN_ACTOR", event.actor);
    field("CASTELLAN_CLIENT", event.client);
    return message;
}

} // namespace castellan
