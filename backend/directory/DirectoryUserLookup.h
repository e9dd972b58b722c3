#pragma once

#include "core/Result.h"
#include "directory/LdapConnection.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace castellan {

struct DirectoryRecord;

/// A user as a directory describes them, read through the directory's mapping.
struct DirectoryUser
{
    std::string dn;
    std::string username;                      ///< the first login attribute's value: the canonical username
    std::string uniqueId;                      ///< the unique id attribute's value; objectGUID in its usual text form
    std::map<std::string, std::string> fields; ///< our field (first_name, email...) -> the first mapped value set
    std::vector<std::string> groups;           ///< the groups the user is in (nested ones too where resolved)
    std::vector<std::string> matchedGroups;    ///< the directory's required groups the user is in
    bool allowed = false;                      ///< no groups required, or at least one matched
};

/// Finds users of one directory over a connection bound as its service account, and reads their fields and groups.
class DirectoryUserLookup
{
public:
    /// Groups are followed through at most this many levels of nesting (plain LDAP's recursive expansion).
    static constexpr int kMaxNesting = 8;
    /// ...and at most this many groups in all.
    static constexpr std::size_t kMaxGroups = 1000;

    DirectoryUserLookup(LdapConnection& connection, const DirectoryRecord& directory);

    /// How to connect to `directory` with its (opened) bind password.
    static LdapServerSettings settingsOf(const DirectoryRecord& directory, const std::string& bindPassword);

    /// The one entry under the base that matches the user filter and has `login` as any login attribute. NotFound when
    /// none does, Conflict when several do (an ambiguous name is never guessed), Unavailable or InvalidInput when the
    /// search fails.
    Result<DirectoryUser> find(const std::string& login);
    /// Up to `limit` entries matching the user filter whose login attributes or mapped names start with `text`
    /// (groups are not read). For admins looking a user up by name.
    Result<std::vector<DirectoryUser>> search(const std::string& text, int limit);
    /// How many entries under the base match the user filter, counted with a paged search, up to `max`.
    Result<std::size_t> countUsers(std::size_t max);

    /// A unique id value as text: a 16-byte objectGUID as Active Directory writes it, other binary values in hex.
    static std::string uniqueIdText(const std::string& attribute, const std::string& value);
    /// Whether two DNs name the same entry (RFC 4514 forms compared without regard to case or spacing).
    static bool sameDn(const std::string& a, const std::string& b);

private:
    std::vector<std::string> attributesToRead() const;
    /// The entry's DN, canonical username, unique id and mapped fields.
    DirectoryUser readUser(const LdapEntry& entry, const std::string& login) const;
    /// Fills `user.matchedGroups` and `user.allowed` from the directory's required groups.
    Result<void> matchRequiredGroups(DirectoryUser& user);
    Result<std::vector<std::string>> groupsOf(const LdapEntry& user);
    Result<bool> inChain(const std::string& userDn, const std::string& groupDn);

    LdapConnection& m_connection;
    const DirectoryRecord& m_directory;
};

} // namespace castellan
