#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

namespace castellan {

class AuditLog;
class Router;
class UserAliasRepository;
class UserRepository;

/// `/users/{id}/aliases` (issue 21): other login names of a local user, with which every channel signs the user in
/// with the user's own factors, password, lockout and blocks (the license counts the user once). An alias is
/// validated like a username and unique among usernames and aliases without regard to case.
class UserAliasResource
{
public:
    UserAliasResource(UserRepository& users, UserAliasRepository& aliases, AuditLog& audit,
                      const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse list(const RestRequest& request);
    RestResponse add(const RestRequest& request);
    RestResponse remove(const RestRequest& request);

private:
    UserRepository& m_users;
    UserAliasRepository& m_aliases;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
