#include "auth/DirectoryUsers.h"

#include "validation/Ipv4Address.h"
#include "validation/PhoneNumber.h"

#include <Poco/String.h>

namespace castellan {
namespace {

/// A directory's telephone number in E.164 (directories keep "+90 555 000 0001" or "0555 ..."); empty when it is not
/// one (no SMS to a number that cannot be dialled).
std::string phoneOf(const std::string& value)
{
    auto normalised = PhoneNumber::normalise(value);
    return normalised ? normalised.value() : std::string();
}

/// A directory's IPv4 address (DirectoryUserLookup writes AD's integer form dotted); empty when it is not an
/// assignable address.
std::string framedIpOf(const std::string& value)
{
    return Ipv4Address::parse(value) ? value : std::string();
}

/// The local record a directory entry describes: the canonical username and the fields the directory maps.
UserRecord recordOf(const DirectoryMatch& match, std::int64_t now)
{
    UserRecord u;
    u.username = match.user.username;
    u.usernameKey = Poco::toLower(u.username);
    const auto field = [&](const char* name) {
        auto found = match.user.fields.find(name);
        return found == match.user.fields.end() ? std::string() : found->second;
    };
    u.firstName = field("first_name");
    u.lastName = field("last_name");
    u.email = field("email");
    u.phone = phoneOf(field("phone"));
    u.framedIp = framedIpOf(field("framed_ip"));
    u.description = "Directory user of " + match.directory.name;
    u.directoryId = match.directory.id;
    u.directoryUniqueId = match.user.uniqueId;
    u.directoryName = match.directory.name;
    u.createdAt = now;
    return u;
}

/// Why the directory itself does not let the user sign in now (Active Directory: disabled, expired, locked out), as
/// the lookup read it (at most directory.cache_seconds ago); empty when nothing stops them.
std::string accountRefusal(const DirectoryUser& user)
{
    if (!user.accountState) {
        return {};
    }
    if (user.accountState->disabled) {
        return "account disabled";
    }
    if (user.accountState->expired) {
        return "account expired";
    }
    if (user.accountState->locked) {
        return "account locked out";
    }
    return {};
}

} // namespace

DirectoryUsers::DirectoryUsers(UserRepository& users, DirectoryAccounts& accounts)
    : m_users(users), m_accounts(accounts)
{}

DirectoryUsers::Found DirectoryUsers::find(const std::string& login, std::int64_t now)
{
    Found found;
    auto local = m_users.findByLogin(login, now);
    if (local && !local->directoryId) {
        found.user = std::move(local);
        return found;
    }
    // Not a local user: a directory user (a record of one found under this name is checked against its directory
    // again, so a user removed there or from its groups is refused within the cache's lifetime).
    DirectoryResolution resolution = m_accounts.resolve(login);
    switch (resolution.outcome) {
    case DirectoryResolution::Outcome::NotFound:
        if (local) {
            found.user = local;
            found.refusal =
                "no longer found in an enabled directory (was a user of directory '" + local->directoryName + "')";
        }
        return found;
    case DirectoryResolution::Outcome::Ambiguous:
        found.refusal = "ambiguous name: " + resolution.reason;
        return found;
    case DirectoryResolution::Outcome::Unavailable:
        if (local) {
            found.user = local;
        }
        found.refusal = "directory unavailable: " + resolution.reason;
        return found;
    case DirectoryResolution::Outcome::Found:
        break;
    }
    return shadowOf(*resolution.match, now);
}

DirectoryUsers::Found DirectoryUsers::shadowOf(const DirectoryMatch& match, std::int64_t now)
{
    Found found;
    const DirectoryRecord& directory = match.directory;
    if (match.user.uniqueId.empty()) {
        found.refusal = "the entry " + match.user.dn + " of directory '" + directory.name + "' has no " +
                        directory.uniqueIdAttribute + " (the unique id attribute)";
        return found;
    }
    const UserRecord wanted = recordOf(match, now);
    auto shadow = m_users.findByDirectoryEntry(directory.id, match.user.uniqueId, now);
    if (!match.user.allowed) {
        // Outside the groups: refused, and no record is made for someone who may not sign in.
        found.user = shadow;
        found.refusal = "not a member of the groups directory '" + directory.name + "' requires";
        return found;
    }
    if (auto state = accountRefusal(match.user); !state.empty()) {
        found.user = shadow;
        found.refusal = state + " in directory '" + directory.name + "'";
        return found;
    }
    const std::string taken = "the username '" + wanted.username + "' of directory '" + directory.name +
                              "' belongs to another user: rename one of them";
    if (!shadow) {
        if (m_users.usernameTaken(wanted.usernameKey)) {
            found.refusal = taken;
            return found;
        }
        try {
            m_users.create(wanted);
        } catch (const std::exception&) {
            // Created meanwhile by a concurrent sign-in of the same user, or the name was just taken: read again.
        }
        shadow = m_users.findByDirectoryEntry(directory.id, match.user.uniqueId, now);
        if (!shadow) {
            found.refusal = taken;
            return found;
        }
    } else if (!m_users.syncFromDirectory(*shadow, wanted, now)) {
        found.user = shadow;
        found.refusal = taken;
        return found;
    } else {
        shadow = m_users.findById(shadow->id, now);
    }
    found.user = std::move(shadow);
    found.directory = match;
    return found;
}

bool DirectoryUsers::names(const std::string& login, const UserRecord& user)
{
    if (Poco::toLower(login) == user.usernameKey) {
        return true;
    }
    if (!user.directoryId) {
        const auto named = m_users.findByLogin(login, 0); // an alias
        return named && named->id == user.id;
    }
    DirectoryResolution resolution = m_accounts.resolve(login);
    return resolution.outcome == DirectoryResolution::Outcome::Found &&
           resolution.match->directory.id == *user.directoryId &&
           resolution.match->user.uniqueId == user.directoryUniqueId;
}

} // namespace castellan
