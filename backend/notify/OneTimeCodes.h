#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "crypto/Random.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace castellan {

class Database;

/// A code that was just issued; `code` is to be sent and then forgotten (only its digest is stored).
struct IssuedCode
{
    std::int64_t deliveryId = 0;
    std::string code;
    std::int64_t expiresAt = 0;
};

/// What carryOver() found: whether a live code now serves the transaction, and the seconds before a new one.
struct CarriedCode
{
    bool live = false;
    int waitSeconds = 0;
};

/// The SMS and e-mail one-time codes (table otp_deliveries): 6 digits drawn uniformly from the CSPRNG,
/// stored as SHA-256("<factor id>:<code>"), valid for 5 minutes, used at most once, at most 5 wrong tries
/// each. Issuing is rate limited per factor: one code per 30 s and 5 per 15 minutes, on every node at once
/// (the factor's row is locked while deciding). Sends that failed (withdraw()) count toward the 15-minute
/// limit but not toward the 30 s spacing, so the user can ask again at once.
///
/// A new code supersedes the factor's older ones: only the latest code can be verified, so a user who asks
/// twice must type the second code, and an attacker never has more than one live code to guess at.
/// A code is bound to the transaction it was sent for (an empty id binds to "no transaction").
class OneTimeCodes
{
public:
    static constexpr int kDigits = 6;
    static constexpr int kLifetimeSeconds = 300;
    static constexpr int kMinSpacingSeconds = 30;
    static constexpr int kMaxPerWindow = 5;
    static constexpr int kWindowSeconds = 900;
    static constexpr int kMaxAttempts = 5;

    explicit OneTimeCodes(Database& database, const Clock& clock = SystemClock::instance(),
                          const Random& random = Random::system());

    /// A new code for `factorId`, superseding older ones. RateLimited when the factor had a code less than
    /// 30 s ago or 5 in the last 15 minutes; NotFound for an unknown factor; Unavailable when the database
    /// fails.
    Result<IssuedCode> issue(std::int64_t factorId, const std::string& transactionId);

    /// True, once, for the factor's live code sent in `transactionId`; false for anything else (wrong,
    /// expired, used, superseded, exhausted, other transaction), and a wrong guess uses up one of the live
    /// code's 5 tries. Unavailable when the database fails.
    Result<bool> verify(std::int64_t factorId, const std::string& code, const std::string& transactionId);

    /// When issue() refused a new code (rate limit), the factor's live code (if any: not used, expired or worn
    /// out) still counts: it moves to `transactionId` (a new login of the same user continues with the code already
    /// in their inbox). Either way the answer says how many seconds remain before issue() allows a new one.
    Result<CarriedCode> carryOver(std::int64_t factorId, const std::string& transactionId);

    /// Makes an issued code unusable because its message could not be delivered.
    Result<void> withdraw(std::int64_t deliveryId);

    /// The stored digest of `code` for `factorId`: hex SHA-256 of "<factorId>:<code>".
    static std::string codeHash(std::int64_t factorId, std::string_view code);

private:
    std::string newCode() const;

    Database& m_database;
    const Clock& m_clock;
    const Random& m_random;
};

} // namespace castellan
