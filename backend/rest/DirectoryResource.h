#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

namespace castellan {

class AuditLog;
class DirectoryAccounts;
class DirectoryRepository;
class UserRepository;
class Router;
class SecretBox;
struct DirectoryRecord;

/// `/directories`: the LDAP and Active Directory directories whose users may sign in (issue 17): where they are
/// (URLs tried in order, TLS verified against ca_pem), the service account (its password sealed with the master key
/// and write-only), where the users are and how their attributes map to ours. `POST /directories/{id}/test`
/// connects as the server would and, given a username, shows the entry found, the mapped fields and the groups.
class DirectoryResource
{
public:
    /// `users`: a directory whose users have local records is not deleted; `accounts` forgets what it knew of a
    /// directory that changed.
    DirectoryResource(DirectoryRepository& directories, UserRepository& users, DirectoryAccounts& accounts,
                      const SecretBox& secrets, AuditLog& audit, const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse list(const RestRequest& request);
    RestResponse create(const RestRequest& request);
    RestResponse get(const RestRequest& request);
    RestResponse update(const RestRequest& request);
    RestResponse remove(const RestRequest& request);
    RestResponse test(const RestRequest& request);

private:
    void audit(const RestRequest& request, const std::string& event, const DirectoryRecord& directory,
               const std::string& result = "success", const std::string& reason = {});
    std::string seal(const std::string& password, std::int64_t id) const;

    DirectoryRepository& m_directories;
    UserRepository& m_users;
    DirectoryAccounts& m_accounts;
    const SecretBox& m_secrets;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
