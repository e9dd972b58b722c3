#include "directory/ActiveDirectoryState.h"

#include <charconv>
#include <cstdint>
#include <limits>
#include <optional>

namespace castellan {
namespace {

constexpr const char* kUserAccountControl = "userAccountControl";
constexpr const char* kAccountExpires = "accountExpires";
constexpr const char* kComputedControl = "msDS-User-Account-Control-Computed";
constexpr const char* kLockoutTime = "lockoutTime";

constexpr std::int64_t kAccountDisable = 0x2; // UF_ACCOUNTDISABLE
constexpr std::int64_t kLockout = 0x10;       // UF_LOCKOUT
constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max();
/// Seconds from 1601-01-01 (the FILETIME epoch, [MS-DTYP] 2.3.3) to 1970-01-01.
constexpr std::int64_t kFileTimeToUnixSeconds = 11644473600;

/// The first value of `name` as a (signed, decimal) integer; none when absent or not a number.
std::optional<std::int64_t> integer(const LdapEntry& entry, const char* name)
{
    const auto& values = entry.values(name);
    if (values.empty()) {
        return std::nullopt;
    }
    const std::string& text = values.front();
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

std::int64_t fileTime(std::chrono::system_clock::time_point t)
{
    const auto ticks =
        std::chrono::duration_cast<std::chrono::duration<std::int64_t, std::ratio<1, 10000000>>>(t.time_since_epoch());
    return ticks.count() + kFileTimeToUnixSeconds * 10000000;
}

} // namespace

const std::vector<std::string>& ActiveDirectoryState::attributes()
{
    static const std::vector<std::string> kAttributes = {kUserAccountControl, kAccountExpires, kComputedControl,
                                                         kLockoutTime};
    return kAttributes;
}

ActiveDirectoryState activeDirectoryAccountState(const LdapEntry& entry, std::chrono::system_clock::time_point now)
{
    ActiveDirectoryState state;
    state.disabled = (integer(entry, kUserAccountControl).value_or(0) & kAccountDisable) != 0;
    const std::int64_t expires = integer(entry, kAccountExpires).value_or(0);
    state.expired = expires > 0 && expires != kNever && expires <= fileTime(now);
    if (const auto computed = integer(entry, kComputedControl)) {
        state.locked = (*computed & kLockout) != 0;
    } else {
        state.locked = integer(entry, kLockoutTime).value_or(0) > 0;
    }
    return state;
}

} // namespace castellan
