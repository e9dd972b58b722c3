#pragma once

#include "device/PushChallenges.h"

#include <cstdint>
#include <string>

namespace castellan {

class DeviceRepository;

/// Push approval as a second factor (DESIGN §4 step 5): a challenge for the user's Castellan app, with two digits
/// the login shows and the user picks on the phone (number matching), which the waiting login then polls.
class PushStep
{
public:
    enum class State
    {
        None,     ///< no push was sent for this login
        Pending,  ///< waiting for the phone
        Approved, ///< approved with the right number; the login may complete (once)
        Denied,   ///< denied, a wrong number picked, or already used
        Reported, ///< "this wasn't me": the account was blocked when the phone answered
        Expired,
    };

    /// Where the push stands for a login.
    struct Status
    {
        State state = State::None;
        std::int64_t challengeId = 0;
        std::string numberMatch;
    };

    static constexpr const char* kFactorLabel = "Castellan app";
    static constexpr std::int64_t kLifetimeSeconds = PushChallenges::kDefaultLifetime;

    PushStep(DeviceRepository& devices, PushChallenges& challenges);

    /// Whether the user has a verified app that can answer.
    bool available(std::int64_t userId);
    /// Sends a push for the login `transactionDigest`; `context` is what the phone shows (JSON object text).
    /// Returns the number to match.
    std::string start(std::int64_t userId, const std::string& transactionDigest, const std::string& context);
    Status status(const std::string& transactionDigest);
    /// Uses up an approval; false when another request already did.
    bool consume(const Status& status);

private:
    DeviceRepository& m_devices;
    PushChallenges& m_challenges;
};

} // namespace castellan
