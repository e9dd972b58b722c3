#pragma once

#include "directory/DirectoryAccounts.h"
#include "store/UserRepository.h"

#include <cstdint>
#include <optional>
#include <string>

namespace castellan {

/// Who a login name is, for every channel (issue 17): a local user first; else the user of the first enabled directory
/// (by priority) that knows the name, with their local record (a "shadow", created on first sight and found again by
/// the entry's unique id, so a renamed user keeps factors, devices, blocks and license usage); else nobody.
class DirectoryUsers
{
public:
    struct Found
    {
        std::optional<UserRecord> user;
        std::optional<DirectoryMatch> directory; ///< a directory user's entry, for the password check
        std::optional<std::string> refusal;      ///< why this user may not sign in now (for the audit only)
    };

    DirectoryUsers(UserRepository& users, DirectoryAccounts& accounts);

    DirectoryAccounts& accounts() { return m_accounts; }
    UserRepository& users() { return m_users; }

    /// Local users first, then the directories. A local record of a directory user found under this name is
    /// checked against the directories again, so a user removed there or from its groups is refused.
    Found find(const std::string& login, std::int64_t now);
    /// The local record of a directory entry: found by its unique id, or created; the username and the fields the
    /// directory maps follow the directory. Refused (no record made) for a user outside the directory's groups or
    /// whom the directory itself does not let in, and when the canonical username belongs to another user.
    Found shadowOf(const DirectoryMatch& match, std::int64_t now);
    /// Whether `login` (any of the directory's login names, any case) names `user`.
    bool names(const std::string& login, const UserRecord& user);

private:
    UserRepository& m_users;
    DirectoryAccounts& m_accounts;
};

} // namespace castellan
