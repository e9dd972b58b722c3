#pragma once

#include "directory/LdapEntry.h"

#include <chrono>
#include <string>
#include <vector>

namespace castellan {

/// Whether Active Directory would refuse an account's sign-in, as its entry tells it: disabled by an administrator
/// (userAccountControl ACCOUNTDISABLE, [MS-ADTS] 2.2.16), past its accountExpires ([MS-ADA1] 2.16), or locked out
/// after failed passwords (msDS-User-Account-Control-Computed UF_LOCKOUT, [MS-ADTS] 3.1.1.4.5.17).
struct ActiveDirectoryState
{
    bool disabled = false;
    bool expired = false;
    bool locked = false;

    bool operator==(const ActiveDirectoryState&) const = default;

    /// The attributes the state is read from: ask for them when searching an Active Directory user.
    static const std::vector<std::string>& attributes();
};

/// The state of the account `entry` describes at `now`. accountExpires 0 and 0x7FFFFFFFFFFFFFFF mean never.
/// Locked is the directory's own computation (msDS-User-Account-Control-Computed, which knows the lockout duration)
/// where the entry has it; only without it a non-zero lockoutTime counts as locked.
ActiveDirectoryState activeDirectoryAccountState(const LdapEntry& entry, std::chrono::system_clock::time_point now);

} // namespace castellan
