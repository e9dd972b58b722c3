#pragma once

#include "directory/DirectoryUserLookup.h"
#include "directory/LdapConnection.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

struct DirectoryRecord;

/// What testing a directory found: which server answered and how, then either how many users the filter sees or the
/// user asked about; or the step that failed and why.
struct DirectoryProbeReport
{
    std::string url;      ///< the server that answered
    std::string security; ///< ldaps, start_tls or none
    std::int64_t elapsedMs = 0;
    std::vector<LdapAttempt> attempts;
    std::optional<std::size_t> users; ///< entries matching the user filter (a paged count), without a username
    std::optional<DirectoryUser> user;
    std::optional<bool> passwordAccepted;

    std::string failedStep; ///< empty on success; connect, bind, search, user or password
    std::string error;      ///< what failed, naming the server and the LDAP error text
};

/// Tests a directory the way the server will use it (the administrator's "test connection" and "test a user").
class DirectoryProbe
{
public:
    /// A count stops here: enough to tell that the filter finds the users.
    static constexpr std::size_t kMaxCounted = 100000;

    /// Connects and binds as the service account; then counts the users, or finds `username` and reads its fields
    /// and groups, and with `password` checks it by a bind as the user (only over TLS).
    static DirectoryProbeReport run(const DirectoryRecord& directory, const std::string& bindPassword,
                                    const std::string& username, const std::optional<std::string>& password);
};

} // namespace castellan
