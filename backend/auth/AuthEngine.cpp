#include "auth/AuthEngine.h"

#include "auth/AccountLockout.h"
#include "crypto/PasswordHasher.h"
#include "store/AuditLog.h"
#include "store/UserRepository.h"

#include <Poco/String.h>

namespace castellan {
namespace {

const char* resultName(AuthDecision::Result r)
{
    switch (r) {
    case AuthDecision::Result::Accept:
        return "accept";
    case AuthDecision::Result::Challenge:
        return "challenge";
    case AuthDecision::Result::Reject:
        return "reject";
    }
    return "reject";
}

} // namespace

AuthEngine::AuthEngine(UserRepository& users, AccountLockout& lockout, AuditLog& audit, const PasswordHasher& hasher,
                       const Clock& clock)
    : m_users(users), m_lockout(lockout), m_audit(audit), m_hasher(hasher), m_clock(clock)
{
    auto dummy = m_hasher.hash("a password nobody has");
    m_dummyHash = dummy ? dummy.value() : std::string();
}

void AuthEngine::audit(const AuthRequest& request, const AuthDecision& decision)
{
    m_audit.record({.channel = request.channel,
                    .event = "auth.validate",
                    .actor = request.client.empty() ? request.channel : "client:" + request.client,
                    .username = request.username,
                    .client = request.client,
                    .result = resultName(decision.result),
                    .reason = decision.reason,
                    .sourceIp = request.sourceIp});
}

AuthDecision AuthEngine::reject(const AuthRequest& request, const std::string& reason, int failedPlace,
                                const std::string& usernameKey)
{
    if (failedPlace > 0) {
        // The answer stays the same whether or not this failure blocks the account; the lockout audits a block.
        m_lockout.recordFailure(usernameKey, request.username, request.sourceIp, request.channel, failedPlace);
    }
    AuthDecision decision;
    decision.result = AuthDecision::Result::Reject;
    decision.message = kRejectMessage;
    decision.reason = reason;
    audit(request, decision);
    return decision;
}

castellan::Result<AuthDecision> AuthEngine::authenticate(const AuthRequest& original)
{
    AuthRequest request = original;
    const std::string key = Poco::toLower(request.username);
    const std::int64_t nowSeconds = m_clock.nowSeconds();

    switch (m_lockout.check(key, request.sourceIp)) {
    case AccountLockout::Gate::SourceThrottled:
        return reject(request, "source address throttled", 0, key);
    case AccountLockout::Gate::Blocked:
        return reject(request, "user blocked", 0, key);
    case AccountLockout::Gate::Open:
        break;
    }

    auto user = m_users.findByUsername(request.username, nowSeconds);
    if (user) {
        request.username = user->username; // audit under the stored spelling, whatever case the caller used
        if (!user->enabled) {
            return reject(request, "user disabled", 0, key);
        }
        if (user->expiresAt && *user->expiresAt <= nowSeconds) {
            return reject(request, "user expired", 0, key);
        }
    }
    if (!request.password) {
        return reject(request, "password missing", 0, key);
    }

    // First factor. Unknown users are counted like known ones, so the lockout does not reveal who exists.
    const int place = m_lockout.beginAttempt(key);
    if (!m_lockout.withinLimit(place)) {
        return reject(request, "attempt limit reached", 0, key);
    }
    const std::string& hash = user && !user->passwordHash.empty() ? user->passwordHash : m_dummyHash;
    auto verified = m_hasher.verify(*request.password, hash); // the same cost whether or not the user exists
    if (!verified) {
        return verified.error();
    }
    if (!user) {
        return reject(request, "unknown user", place, key);
    }
    if (user->passwordHash.empty()) {
        return reject(request, "user has no password", place, key);
    }
    if (!verified.value()) {
        return reject(request, "wrong password", place, key);
    }
    if (user->mustChangePassword) {
        m_lockout.recordSuccess(key);
        return reject(request, "password change required at next login", 0, key);
    }

    m_lockout.recordSuccess(key);
    AuthDecision decision;
    decision.result = AuthDecision::Result::Accept;
    decision.message = "Authentication succeeded";
    decision.reason = "password";
    if (!user->framedIp.empty()) {
        decision.attributes["framed_ip"] = user->framedIp;
    }
    audit(request, decision);
    return decision;
}

} // namespace castellan
