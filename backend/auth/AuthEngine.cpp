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

AuthDecision AuthEngine::reject(const AuthRequest& request, const std::string& reason, bool countFailure,
                                const std::string& usernameKey)
{
    if (countFailure) {
        if (m_lockout.recordFailure(usernameKey, request.username, request.sourceIp, request.channel)) {
            // Fall through: the answer stays the same; the block is audited by the lockout.
        }
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
        return reject(request, "source address throttled", false, key);
    case AccountLockout::Gate::Blocked:
        return reject(request, "user blocked", false, key);
    case AccountLockout::Gate::Open:
        break;
    }

    auto user = m_users.findByUsername(request.username, nowSeconds);
    if (!user) {
        (void)m_hasher.verify(request.password.value_or(""), m_dummyHash); // same cost as a real check
        return reject(request, "unknown user", true, key);
    }
    request.username = user->username; // audit under the stored spelling, whatever case the caller used
    if (!user->enabled) {
        return reject(request, "user disabled", false, key);
    }
    if (user->expiresAt && *user->expiresAt <= nowSeconds) {
        return reject(request, "user expired", false, key);
    }

    // First factor. Application profiles (second factors, password-less OTP) plug in here later.
    if (!request.password) {
        return reject(request, "password missing", false, key);
    }
    if (user->passwordHash.empty()) {
        (void)m_hasher.verify(*request.password, m_dummyHash);
        return reject(request, "user has no password", true, key);
    }
    auto verified = m_hasher.verify(*request.password, user->passwordHash);
    if (!verified) {
        return verified.error();
    }
    if (!verified.value()) {
        return reject(request, "wrong password", true, key);
    }
    if (user->mustChangePassword) {
        return reject(request, "password change required at next login", false, key);
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
