#pragma once

#include <Poco/Logger.h>
#include <Poco/Message.h>

#include <string>

namespace castellan {

struct AuditEvent;

/// The journald MESSAGE_IDs of Castellan's events (README "Service management"), one fixed 128-bit id per kind of
/// event, so `journalctl MESSAGE_ID=...` finds every event of a kind whatever its text says; and the journal fields
/// an audit event carries (named after the ECS fields of the syslog messages: USER_NAME for user.name ...).
/// The ids never change: scripts and SIEM rules depend on them.
class JournalEvents
{
public:
    static constexpr const char* kServerStart = "e4b36d15808f471197504f9742c8c3c1";
    static constexpr const char* kServerStop = "45ba6acbe6684ee78c370766f91e4fe4";
    static constexpr const char* kReload = "9579116308644186845b203b7888810e";       ///< reload complete
    static constexpr const char* kReloadFailed = "950e4c38b20f4dad924f893ec4802d43"; ///< something was refused
    static constexpr const char* kConfigError = "d6b047da1cae4c10899a36d21511d68f";
    static constexpr const char* kAuthAccepted = "70e8ca3e4a4b4e05a53a8250545a2e74";
    static constexpr const char* kAuthRejected = "256484a8f38741839a5232b3705fdfb4";
    static constexpr const char* kAuthChallenge = "aa3c2ac010ed47fd9a68caffde47bfbb"; ///< a further factor asked
    static constexpr const char* kAdminChange = "1afb0e83f1334763ba7ae07df268ec72";   ///< REST API or CLI change

    /// The fields JournalChannel copies from a message's parameters.
    static constexpr const char* kFields[] = {
        "MESSAGE_ID", "EVENT_ACTION",      "EVENT_OUTCOME",    "EVENT_REASON",    "USER_NAME",
        "SOURCE_IP",  "CASTELLAN_CHANNEL", "CASTELLAN_RESULT", "CASTELLAN_ACTOR", "CASTELLAN_CLIENT"};

    /// Logs `text` on `logger` at `priority` with MESSAGE_ID=`messageId` (the journal keeps it; stderr shows the
    /// text only).
    static void log(Poco::Logger& logger, Poco::Message::Priority priority, const std::string& text,
                    const char* messageId);

    /// The MESSAGE_ID of an audit event's kind; nullptr for events the journal does not get (the server's own
    /// start, stop and reload are logged with their ids already; RADIUS accounting is not an event of note).
    static const char* messageIdOf(const AuditEvent& event);
    /// The journal entry of an audit event: its text, priority (warning for a refusal), MESSAGE_ID and fields.
    static Poco::Message messageOf(const AuditEvent& event, const char* messageId);
};

} // namespace castellan
