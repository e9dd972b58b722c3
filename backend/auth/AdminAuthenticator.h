#pragma once

#include "auth/TokenService.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <string>

namespace castellan {

class AccountLockout;
class AdminRepository;
class AuditLog;
class PasswordHasher;
class SecretBox;

/// An admin's login request (POST /auth/login).
struct AdminCredentials
{
    std::string username;
    std::string password;
    std::string otp;
    std::string sourceIp;
};

struct AdminSession
{
    IssuedTokens tokens;
    bool passwordChangeRequired = false;
    bool totpEnrollmentRequired = false;
};

/// TOTP enrollment material for an admin: shown once.
struct TotpEnrollment
{
    std::string secretBase32;
    std::string otpauthUri;
    std::string qrSvg;
};

/// Admin login and the admin's own account: password + TOTP, lockout, first-login duties.
///
/// Every failure answers the same ("Invalid username, password or one-time code") whatever the reason
/// (unknown admin, wrong password, wrong or replayed code, blocked, disabled); the audit log keeps the reason.
class AdminAuthenticator
{
public:
    static constexpr const char* kFailureMessage = "Invalid username, password or one-time code";

    AdminAuthenticator(AdminRepository& admins, TokenService& tokens, AccountLockout& lockout, AuditLog& audit,
                       const PasswordHasher& hasher, const SecretBox& secrets, bool allowAdminWithoutOtp,
                       std::string issuer, const Clock& clock = SystemClock::instance());

    Result<AdminSession> login(const AdminCredentials& credentials);
    /// Changes the admin's own password (requires the current one); other sessions of the admin end.
    Result<void> changePassword(const Principal& admin, const std::string& current, const std::string& next,
                                const std::string& confirmation, int minLength, const std::string& sourceIp);
    /// Starts TOTP enrollment: a new secret kept pending until confirmed with a code.
    Result<TotpEnrollment> beginTotpEnrollment(const Principal& admin, const std::string& sourceIp);
    Result<void> confirmTotpEnrollment(const Principal& admin, const std::string& otp, const std::string& sourceIp);

    /// The lockout key of an admin account (kept apart from end users of the same name).
    static std::string accountKey(const std::string& username);

private:
    /// `failedPlace` > 0: the attempt's place in the lockout count, which this failure takes up.
    Error fail(const AdminCredentials& credentials, const std::string& reason, int failedPlace);

    AdminRepository& m_admins;
    TokenService& m_tokens;
    AccountLockout& m_lockout;
    AuditLog& m_audit;
    const PasswordHasher& m_hasher;
    const SecretBox& m_secrets;
    bool m_allowAdminWithoutOtp;
    std::string m_issuer;
    const Clock& m_clock;
    std::string m_dummyHash; ///< verified against for unknown admins, so timing does not reveal who exists
};

} // namespace castellan
