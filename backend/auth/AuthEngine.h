#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <map>
#include <optional>
#include <string>

namespace castellan {

class AccountLockout;
class AuditLog;
class PasswordHasher;
class UserRepository;

/// One authentication attempt, from any channel (REST validate, RADIUS, portal, SAML, device QR login).
struct AuthRequest
{
    std::string channel; ///< rest | radius | portal | saml | device
    std::string client;  ///< API client or RADIUS client name
    std::string username;
    std::optional<std::string> password;
    std::optional<std::string> otp;
    std::optional<std::string> transactionId;
    std::string application;
    std::string sourceIp;
};

/// The single answer every channel maps to its protocol.
struct AuthDecision
{
    enum class Result
    {
        Accept,
        Reject,
        Challenge,
    };
    Result result = Result::Reject;
    std::string message;                           ///< safe to show the end user
    std::string reason;                            ///< for the audit log only
    std::string transactionId;                     ///< for Challenge
    std::map<std::string, std::string> attributes; ///< e.g. framed_ip
};

/// The authentication pipeline of DESIGN §4, enforced once for every channel:
/// resolve user (unknown, disabled and expired get the same outward answer) -> block / source throttle ->
/// first factor (password) -> second factor (later) -> failure counting and blocking, or success (reset the
/// failure count) -> audit. A block in force is checked before the password, so a correct password never
/// clears or bypasses a block.
class AuthEngine
{
public:
    static constexpr const char* kRejectMessage = "Authentication failed";

    AuthEngine(UserRepository& users, AccountLockout& lockout, AuditLog& audit, const PasswordHasher& hasher,
               const Clock& clock = SystemClock::instance());

    /// Decides an attempt. RateLimited when password hashing capacity is exhausted (callers shed load).
    castellan::Result<AuthDecision> authenticate(const AuthRequest& request);

private:
    /// `failedPlace` > 0: the attempt's place in the lockout count, which this failure takes up.
    AuthDecision reject(const AuthRequest& request, const std::string& reason, int failedPlace,
                        const std::string& usernameKey);
    void audit(const AuthRequest& request, const AuthDecision& decision);

    UserRepository& m_users;
    AccountLockout& m_lockout;
    AuditLog& m_audit;
    const PasswordHasher& m_hasher;
    const Clock& m_clock;
    std::string m_dummyHash;
};

} // namespace castellan
