#include "api/UserBlock.h"

#include "api/JsonRead.h"

namespace castellan::console {

UserBlock UserBlock::fromJson(const QJsonObject& object)
{
    UserBlock block;
    block.username = json::text(object, "username");
    block.reason = json::text(object, "reason");
    block.blockedAt = json::time(object, "blocked_at");
    block.blockedBy = json::text(object, "blocked_by");
    block.remainingSeconds = json::optionalInteger(object, "remaining_seconds");
    return block;
}

} // namespace castellan::console
