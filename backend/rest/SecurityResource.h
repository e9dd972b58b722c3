#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

namespace castellan {

class AccountLockout;
class AuditLog;
class Database;
class Router;

/// `/blocks` (blocked users: list, manual block, remove) and `/settings/security` (lockout rules).
class SecurityResource
{
public:
    SecurityResource(Database& database, AccountLockout& lockout, AuditLog& audit,
                     const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse listBlocks(const RestRequest& request);
    RestResponse createBlock(const RestRequest& request);
    RestResponse removeBlock(const RestRequest& request);
    RestResponse getSettings(const RestRequest& request);
    RestResponse putSettings(const RestRequest& request);

private:
    Database& m_database;
    AccountLockout& m_lockout;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
