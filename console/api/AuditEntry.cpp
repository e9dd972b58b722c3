#include "api/AuditEntry.h"

#include "api/JsonRead.h"

namespace castellan::console {

AuditEntry AuditEntry::fromJson(const QJsonObject& object)
{
    AuditEntry entry;
    entry.id = json::integer(object, "id");
    entry.at = json::time(object, "at");
    entry.channel = json::text(object, "channel");
    entry.event = json::text(object, "event");
    entry.actor = json::text(object, "actor");
    entry.username = json::text(object, "username");
    entry.client = json::text(object, "client");
    entry.result = json::text(object, "result");
    entry.reason = json::text(object, "reason");
    entry.sourceIp = json::text(object, "source_ip");
    entry.details = json::text(object, "details");
    return entry;
}

} // namespace castellan::console
