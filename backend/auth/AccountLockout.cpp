#include "auth/AccountLockout.h"

#include "store/AuditLog.h"

namespace castellan {

namespace {
constexpr auto kSettingsCacheTtl = std::chrono::seconds(5);
}

AccountLockout::AccountLockout(Database& database, AuditLog& audit, const Clock& clock)
    : m_database(database), m_audit(audit), m_clock(clock), m_lockout(database), m_settingsStore(database)
{}

SecuritySettings AccountLockout::settings()
{
    std::lock_guard lock(m_cacheMutex);
    const auto nowTime = std::chrono::steady_clock::now();
    if (!m_cacheValid || nowTime - m_cachedAt > kSettingsCacheTtl) {
        m_cached = m_settingsStore.load();
        m_cachedAt = nowTime;
        m_cacheValid = true;
    }
    return m_cached;
}

void AccountLockout::invalidateSettings()
{
    std::lock_guard lock(m_cacheMutex);
    m_cacheValid = false;
}

AccountLockout::Gate AccountLockout::check(const std::string& accountKey, const std::string& sourceIp)
{
    const SecuritySettings s = settings();
    const std::int64_t nowSeconds = m_clock.nowSeconds();
    if (!sourceIp.empty() &&
        m_lockout.sourceFailures(sourceIp, nowSeconds, s.sourceWindowSeconds) >= s.sourceFailureLimit) {
        return Gate::SourceThrottled;
    }
    if (m_lockout.activeBlock(accountKey, nowSeconds)) {
        return Gate::Blocked;
    }
    return Gate::Open;
}

int AccountLockout::beginAttempt(const std::string& accountKey)
{
    return m_lockout.recordFailure(accountKey, m_clock.nowSeconds(), settings().windowSeconds);
}

bool AccountLockout::withinLimit(int place)
{
    return place <= settings().failedAttemptLimit;
}

bool AccountLockout::recordFailure(const std::string& accountKey, const std::string& displayName,
                                   const std::string& sourceIp, const std::string& channel, int place)
{
    const SecuritySettings s = settings();
    const std::int64_t nowSeconds = m_clock.nowSeconds();
    if (!sourceIp.empty()) {
        m_lockout.recordSourceFailure(sourceIp, nowSeconds, s.sourceWindowSeconds);
    }
    if (place < s.failedAttemptLimit) {
        return false;
    }
    BlockRow block;
    block.usernameKey = accountKey;
    block.username = displayName;
    block.reason =
        std::to_string(s.failedAttemptLimit) + " failed attempts within " + std::to_string(s.windowSeconds) + " s";
    block.blockedAt = nowSeconds;
    if (!s.permanentBlock) {
        block.expiresAt = nowSeconds + s.blockSeconds;
    }
    block.blockedBy = "system";
    return this->block(block, channel, sourceIp);
}

bool AccountLockout::block(BlockRow block, const std::string& channel, const std::string& sourceIp)
{
    if (block.blockedAt == 0) {
        block.blockedAt = m_clock.nowSeconds();
    }
    const bool created = m_lockout.block(block, block.blockedAt, settings().windowSeconds);
    if (created) {
        m_audit.record({.channel = channel,
                        .event = "account.block",
                        .actor = block.blockedBy,
                        .username = block.username,
                        .result = "blocked",
                        .reason = block.reason,
                        .sourceIp = sourceIp});
    }
    return created;
}

bool AccountLockout::sourceThrottled(const std::string& sourceIp)
{
    const SecuritySettings s = settings();
    return !sourceIp.empty() &&
           m_lockout.sourceFailures(sourceIp, m_clock.nowSeconds(), s.sourceWindowSeconds) >= s.sourceFailureLimit;
}

void AccountLockout::recordSourceFailure(const std::string& sourceIp)
{
    if (!sourceIp.empty()) {
        m_lockout.recordSourceFailure(sourceIp, m_clock.nowSeconds(), settings().sourceWindowSeconds);
    }
}

void AccountLockout::releaseAttempt(const std::string& accountKey)
{
    m_lockout.releaseAttempt(accountKey);
}

void AccountLockout::recordSuccess(const std::string& accountKey)
{
    m_lockout.resetFailures(accountKey);
}

} // namespace castellan
