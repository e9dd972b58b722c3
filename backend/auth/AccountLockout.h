#pragma once

#include "core/Clock.h"
#include "store/LockoutRepository.h"
#include "store/SecuritySettingsRepository.h"

#include <chrono>
#include <mutex>
#include <string>

namespace castellan {

class AuditLog;
class Database;

/// Lockout rules of DESIGN §4 steps 2 and 6, the same for every channel:
/// - every password attempt takes a place in the account's count first (one atomic increment, so all nodes
///   agree); an attempt whose place is beyond the limit is refused without checking the password, so at most
///   `limit` guesses are ever evaluated per window, however many arrive at once on however many nodes;
/// - the failed attempt holding the limit-th place blocks the account (for the block duration, or until an
///   admin removes it);
/// - a blocked account is refused before its password is checked, so a correct password cannot end a block;
///   success only clears the failure count, never a block;
/// - failures are also counted per source address; over its limit a source is throttled (refused without
///   a password check) so one place cannot lock out many accounts cheaply.
class AccountLockout
{
public:
    enum class Gate
    {
        Open,
        Blocked,
        SourceThrottled,
    };

    AccountLockout(Database& database, AuditLog& audit, const Clock& clock = SystemClock::instance());

    /// Whether an attempt for `accountKey` from `sourceIp` may proceed.
    Gate check(const std::string& accountKey, const std::string& sourceIp);
    /// Takes the attempt's place in the account's count; the attempt may check its password only when
    /// `withinLimit(place)`.
    int beginAttempt(const std::string& accountKey);
    bool withinLimit(int place);
    /// The attempt at `place` failed: counts the source failure and blocks the account when `place` reached
    /// the limit. Returns true when this failure blocked the account.
    bool recordFailure(const std::string& accountKey, const std::string& displayName, const std::string& sourceIp,
                       const std::string& channel, int place);
    /// The attempt succeeded: the count starts again (a block in force is never touched).
    void recordSuccess(const std::string& accountKey);
    /// The attempt neither failed nor completed (a right password that opened a second-factor challenge): its
    /// place is given back, but the count is not reset, so wrong second factors keep counting.
    void releaseAttempt(const std::string& accountKey);

    /// Blocks an account for a reason other than failed attempts (e.g. a push the user reported as not theirs);
    /// `block.expiresAt` empty means until an administrator removes it; `blockedAt` 0 means now. Audited as
    /// `account.block`. False when a block was already in force.
    bool block(BlockRow block, const std::string& channel, const std::string& sourceIp);

    /// Source throttling alone, for credentials that cannot be guessed (API client secrets), where blocking
    /// the account would only let anyone who knows a client id lock an integration out.
    bool sourceThrottled(const std::string& sourceIp);
    void recordSourceFailure(const std::string& sourceIp);

    /// Current settings, cached for a few seconds (settings may be stale briefly; counters never are).
    SecuritySettings settings();
    /// Drops the cache after the settings changed on this node.
    void invalidateSettings();

private:
    Database& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
    LockoutRepository m_lockout;
    SecuritySettingsRepository m_settingsStore;
    std::mutex m_cacheMutex;
    SecuritySettings m_cached;
    std::chrono::steady_clock::time_point m_cachedAt{};
    bool m_cacheValid = false;
};

} // namespace castellan
