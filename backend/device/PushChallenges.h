#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "crypto/Random.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class Database;

/// One push approval or QR login waiting for (or answered by) the authenticator app.
struct PushChallenge
{
    std::int64_t id = 0;
    std::optional<std::int64_t> deviceId; ///< the device that answered, or the only one asked; none: any of the user's
    std::optional<std::int64_t> userId;   ///< none for a QR login not yet claimed by a device
    std::string transactionId;            ///< the AuthEngine transaction it belongs to, if any
    std::string kind;                     ///< push | qr_login
    std::string challenge;                ///< random text the device signs in its answer
    std::string numberMatch;              ///< two digits the login screen shows and the user picks in the app
    std::string context;                  ///< what the app shows (JSON object text: application, source, ...)
    std::string status;                   ///< pending | approved | denied | reported | expired | completed
    std::int64_t createdAt = 0;
    std::int64_t expiresAt = 0;
    std::optional<std::int64_t> answeredAt;
};

/// What create() hands the caller: the login screen shows `numberMatch` (push) or encodes `challenge` in a QR
/// code (qr_login).
struct NewPushChallenge
{
    std::int64_t id = 0;
    std::string challenge;
    std::string numberMatch;
    std::int64_t expiresAt = 0;
};

/// The store of push and QR-login challenges (`push_challenges`): the AuthEngine creates them and polls their
/// status; the device API lists them for a device and records its answer. Every transition is one atomic UPDATE
/// from `pending`, so a challenge is answered once, on any node, and an expired one never turns approved.
class PushChallenges
{
public:
    enum class Decision
    {
        Approve,
        Deny,
        Report, ///< "this was not me": denied, and flagged for the administrator
    };
    static constexpr std::int64_t kDefaultLifetime = 120;

    explicit PushChallenges(Database& database, const Clock& clock = SystemClock::instance(),
                            const Random& random = Random::system());

    /// A new pending challenge. `kind` is "push" (for `userId`'s verified devices, or only `deviceId`) or
    /// "qr_login" (`userId` may be empty: the device that answers names the user).
    NewPushChallenge create(std::optional<std::int64_t> userId, const std::string& transactionId,
                            const std::string& kind, const std::string& context,
                            std::int64_t lifetimeSeconds = kDefaultLifetime,
                            std::optional<std::int64_t> deviceId = std::nullopt);

    /// The unexpired pending push challenges a verified device may answer, oldest first.
    std::vector<PushChallenge> pending(std::int64_t deviceId);

    /// Records a device's answer to a pending, unexpired challenge it may answer (a push for its user or itself,
    /// or any QR login). Approving a push with a number to match needs that number; a wrong one denies the
    /// challenge. Returns the new status; NotFound when there is no such pending challenge for this device.
    Result<std::string> answer(std::int64_t challengeId, std::int64_t deviceId, Decision decision,
                               const std::string& number);

    /// The challenge as it stands; a pending one past its expiry reads as `expired`.
    std::optional<PushChallenge> status(std::int64_t challengeId);
    /// The challenge with this `challenge` text (QR login: the text the browser showed).
    std::optional<PushChallenge> findByChallenge(const std::string& challenge);
    /// The newest challenge created for the login `transactionId` (the digest the AuthEngine stores).
    std::optional<PushChallenge> latestFor(const std::string& transactionId);
    /// Marks an approved challenge used by the login that waited for it; false when it was not approved any more
    /// (another request consumed it first).
    bool complete(std::int64_t challengeId);

    /// "approve" | "deny" | "report" as a Decision.
    static std::optional<Decision> decisionFromName(const std::string& name);

private:
    Database& m_database;
    const Clock& m_clock;
    const Random& m_random;
};

} // namespace castellan
