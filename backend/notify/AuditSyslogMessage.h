#pragma once

#include "notify/SyslogMessage.h"
#include "store/AuditLog.h"

#include <cstdint>
#include <string>

namespace castellan {

/// An audit event as an RFC 5424 message (pure): MSGID is the event action (auth.validate, admin.login, ...), the
/// event's fields travel as structured data in the SD-ID `castellan@32473`, named after the Elastic Common Schema
/// where it has a field (event.action, event.outcome, event.reason, user.name, source.ip) and `castellan.*`
/// otherwise. 32473 is the example private enterprise number of RFC 5612: a placeholder until the product has its
/// own IANA number.
///
/// Never secrets: the event's free-form `details` (which can echo request bodies) are not forwarded, only the
/// fields listed here, none of which carries a password, code or token.
class AuditSyslogMessage
{
public:
    static constexpr const char* kSdId = "castellan@32473";

    struct Origin
    {
        std::string hostname;
        std::string appName = "castellan";
        std::string procId;
        int facility = 13;
    };

    static SyslogMessage make(const AuditEvent& event, std::int64_t timeMicros, const Origin& origin);

    /// ECS event.outcome of an audit result: success, failure or unknown (a challenge is neither yet).
    static std::string outcome(const std::string& result);
};

} // namespace castellan
