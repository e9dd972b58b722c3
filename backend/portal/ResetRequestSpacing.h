#pragma once

#include "core/Clock.h"

#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace castellan {

/// The spacing of "forgot password" requests per typed username (case-folded), whether or not such a user exists.
///
/// Why per typed name and not per account: the one-time code service refuses a new code within 30 s of the last
/// (OneTimeCodes), which only happens to accounts that exist. Telling the requester so would reveal the account;
/// pretending a code was sent would be untrue. Spacing every name the same way gives one truthful answer for
/// everyone: "a code for this name was asked for moments ago; use it if you got one, or ask again in N s". An
/// existing user's code (the one sent moments ago) keeps working for the new request (OtpDelivery::carryOverCode).
/// Kept in memory on each node: a cluster behind a load balancer spaces requests per node, which only makes the
/// message rarer, never untrue, since the code service's own limit holds on every node.
class ResetRequestSpacing
{
public:
    static constexpr std::int64_t kSpacingSeconds = 30;

    explicit ResetRequestSpacing(const Clock& clock) : m_clock(clock) {}

    /// 0 when a request for `username` may go ahead now (and records it), else the seconds to wait.
    std::int64_t secondsToWait(const std::string& username);

private:
    const Clock& m_clock;
    std::mutex m_mutex;
    std::map<std::string, std::int64_t> m_lastRequest;
};

} // namespace castellan
