#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

namespace castellan {

class AccountLockout;
class AuditLog;
class AuthTransactionRepository;
class PasswordHasher;
class Router;
class PortalSessionRepository;
class UserRepository;

/// `/users`: local users (create, read, update, delete, enable/disable, set password, extend expiration) and
/// the bulk operations (password reset, expiration).
class UserResource
{
public:
    UserResource(UserRepository& users, AuthTransactionRepository& transactions,
                 PortalSessionRepository& portalSessions, AccountLockout& lockout, AuditLog& audit,
                 const PasswordHasher& hasher, const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse list(const RestRequest& request);
    RestResponse create(const RestRequest& request);
    RestResponse get(const RestRequest& request);
    RestResponse update(const RestRequest& request);
    RestResponse remove(const RestRequest& request);
    RestResponse setPassword(const RestRequest& request);
    RestResponse terminateSessions(const RestRequest& request);
    RestResponse bulkPasswordReset(const RestRequest& request);
    RestResponse bulkExpiration(const RestRequest& request);

private:
    UserRepository& m_users;
    AuthTransactionRepository& m_transactions;
    PortalSessionRepository& m_portalSessions;
    AccountLockout& m_lockout;
    AuditLog& m_audit;
    const PasswordHasher& m_hasher;
    const Clock& m_clock;
};

} // namespace castellan
