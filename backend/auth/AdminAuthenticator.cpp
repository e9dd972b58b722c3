#include "auth/AdminAuthenticator.h"

#include "auth/AccountLockout.h"
#include "auth/PasswordQuality.h"
#include "crypto/PasswordHasher.h"
#include "crypto/SecretBox.h"
#include "device/QrCodeSvg.h"
#include "otp/Base32.h"
#include "otp/KeyUri.h"
#include "otp/OtpSecret.h"
#include "otp/TotpVerifier.h"
#include "store/AdminRepository.h"
#include "store/AuditLog.h"
#include "validation/PasswordPolicy.h"

#include <Poco/String.h>

namespace castellan {
namespace {

std::string totpAad(std::int64_t adminId)
{
    return "admins.totp_secret:" + std::to_string(adminId);
}

} // namespace

AdminAuthenticator::AdminAuthenticator(AdminRepository& admins, TokenService& tokens, AccountLockout& lockout,
                                       AuditLog& audit, const PasswordHasher& hasher, const SecretBox& secrets,
                                       bool allowAdminWithoutOtp, std::string issuer, const Clock& clock)
    : m_admins(admins), m_tokens(tokens), m_lockout(lockout), m_audit(audit), m_hasher(hasher), m_secrets(secrets),
      m_allowAdminWithoutOtp(allowAdminWithoutOtp), m_issuer(std::move(issuer)), m_clock(clock)
{
    auto dummy = m_hasher.hash("a password nobody has");
    m_dummyHash = dummy ? dummy.value() : std::string();
}

std::string AdminAuthenticator::accountKey(const std::string& username)
{
    return "admin:" + Poco::toLower(username);
}

Error AdminAuthenticator::fail(const AdminCredentials& c, const std::string& reason, int failedPlace)
{
    if (failedPlace > 0) {
        m_lockout.recordFailure(accountKey(c.username), "admin:" + c.username, c.sourceIp, "rest", failedPlace);
    }
    m_audit.record({.channel = "rest",
                    .event = "admin.login",
                    .actor = "admin:" + c.username,
                    .username = c.username,
                    .result = "failure",
                    .reason = reason,
                    .sourceIp = c.sourceIp});
    return Error::of(ErrorCode::Unauthenticated, kFailureMessage, reason);
}

Result<AdminSession> AdminAuthenticator::login(const AdminCredentials& c)
{
    switch (m_lockout.check(accountKey(c.username), c.sourceIp)) {
    case AccountLockout::Gate::SourceThrottled:
        m_audit.record({.channel = "rest",
                        .event = "admin.login",
                        .actor = "admin:" + c.username,
                        .username = c.username,
                        .result = "failure",
                        .reason = "source address throttled",
                        .sourceIp = c.sourceIp});
        return Error::of(ErrorCode::RateLimited, "Too many failed attempts from this address; try again later");
    case AccountLockout::Gate::Blocked:
        return fail(c, "account blocked", 0);
    case AccountLockout::Gate::Open:
        break;
    }
    const int place = m_lockout.beginAttempt(accountKey(c.username));
    if (!m_lockout.withinLimit(place)) {
        return fail(c, "attempt limit reached", 0);
    }
    auto admin = m_admins.findByUsername(c.username);
    // Unknown admins cost the same work as a real check so response times do not reveal which admins exist.
    auto verified = m_hasher.verify(c.password, admin ? admin->passwordHash : m_dummyHash);
    if (!verified) {
        return verified.error(); // RateLimited: hashing capacity exhausted
    }
    if (!admin) {
        return fail(c, "unknown admin", place);
    }
    if (!verified.value()) {
        return fail(c, "wrong password", place);
    }
    if (!admin->enabled) {
        return fail(c, "admin disabled", 0);
    }
    AdminSession session;
    std::string note;
    if (!admin->totpSecret.empty()) {
        auto secret = m_secrets.openFromBase64(admin->totpSecret, totpAad(admin->id));
        if (!secret) {
            return Error::of(ErrorCode::Internal, "The server cannot read this admin's TOTP secret",
                             secret.error().logDetail);
        }
        const std::string& s = secret.value();
        auto step = findTotpStep({reinterpret_cast<const std::uint8_t*>(s.data()), s.size()}, c.otp,
                                 m_clock.nowSeconds(), TotpParameters{});
        if (!step) {
            return fail(c, c.otp.empty() ? "one-time code missing" : "wrong one-time code", place);
        }
        if (!m_admins.consumeTotpStep(admin->id, *step)) {
            return fail(c, "one-time code replayed", place);
        }
    } else if (admin->otpExempt) {
        if (!m_allowAdminWithoutOtp) {
            return fail(c, "admin without OTP refused (auth.allow_admin_without_otp is false)", 0);
        }
        note = "logged in WITHOUT a second factor (auth.allow_admin_without_otp)";
    } else {
        session.totpEnrollmentRequired = true;
        note = "TOTP enrollment required";
    }
    session.passwordChangeRequired = admin->mustChangePassword;
    if (session.passwordChangeRequired) {
        note += (note.empty() ? "" : "; ") + std::string("password change required");
    }
    m_lockout.recordSuccess(accountKey(c.username));
    m_admins.recordLogin(admin->id, m_clock.nowSeconds());
    session.tokens = m_tokens.issueForAdmin(admin->id);
    m_audit.record({.channel = "rest",
                    .event = "admin.login",
                    .actor = "admin:" + admin->username,
                    .username = admin->username,
                    .result = "success",
                    .reason = note,
                    .sourceIp = c.sourceIp});
    return session;
}

Result<void> AdminAuthenticator::changePassword(const Principal& p, const std::string& current, const std::string& next,
                                                const std::string& confirmation, int minLength,
                                                const std::string& sourceIp)
{
    auto admin = m_admins.findById(p.id);
    if (!admin) {
        return Error::of(ErrorCode::NotFound, "The admin no longer exists");
    }
    auto verified = m_hasher.verify(current, admin->passwordHash);
    if (!verified) {
        return verified.error();
    }
    std::vector<FieldError> errors;
    if (!verified.value()) {
        errors.push_back({"current_password", "is not your current password"});
    }
    const PasswordPolicy policy = PasswordQuality::policy(static_cast<std::size_t>(minLength));
    for (FieldError& e : policy.check(next, confirmation, admin->username)) {
        e.field = e.field == "password" ? "new_password" : "new_password_confirmation";
        errors.push_back(e);
    }
    if (verified.value() && current == next) {
        errors.push_back({"new_password", "must differ from the current password"});
    }
    if (!errors.empty()) {
        return Error::invalid(errors);
    }
    auto hashed = m_hasher.hash(next);
    if (!hashed) {
        return hashed.error();
    }
    m_admins.setPassword(admin->id, hashed.value(), false, m_clock.nowSeconds());
    m_tokens.revokeOtherSessions(p);
    m_audit.record({.channel = "rest",
                    .event = "admin.password.change",
                    .actor = p.actor(),
                    .username = admin->username,
                    .result = "success",
                    .sourceIp = sourceIp});
    return {};
}

Result<TotpEnrollment> AdminAuthenticator::beginTotpEnrollment(const Principal& p, const std::string& sourceIp)
{
    auto admin = m_admins.findById(p.id);
    if (!admin) {
        return Error::of(ErrorCode::NotFound, "The admin no longer exists");
    }
    if (!admin->totpSecret.empty()) {
        return Error::of(ErrorCode::Conflict,
                         "TOTP is already enrolled; ask another admin to reset your account to enroll again");
    }
    const std::vector<std::uint8_t> secret = generateOtpSecret();
    const std::string raw(secret.begin(), secret.end());
    m_admins.setPendingTotp(admin->id, m_secrets.sealToBase64(raw, totpAad(admin->id)), m_clock.nowSeconds());
    KeyUri uri;
    uri.issuer = m_issuer;
    uri.account = admin->username;
    uri.secret = secret;
    TotpEnrollment enrollment;
    enrollment.secretBase32 = Base32::encode(secret, Base32::Padding::Omit);
    enrollment.otpauthUri = uri.toString();
    enrollment.qrSvg = qrCodeSvg(enrollment.otpauthUri);
    m_audit.record({.channel = "rest",
                    .event = "admin.totp.begin",
                    .actor = p.actor(),
                    .username = admin->username,
                    .result = "success",
                    .sourceIp = sourceIp});
    return enrollment;
}

Result<void> AdminAuthenticator::confirmTotpEnrollment(const Principal& p, const std::string& otp,
                                                       const std::string& sourceIp)
{
    auto admin = m_admins.findById(p.id);
    if (!admin) {
        return Error::of(ErrorCode::NotFound, "The admin no longer exists");
    }
    if (admin->totpPendingSecret.empty()) {
        return Error::of(ErrorCode::Conflict, "No TOTP enrollment is pending; start one with POST /auth/totp");
    }
    auto secret = m_secrets.openFromBase64(admin->totpPendingSecret, totpAad(admin->id));
    if (!secret) {
        return Error::of(ErrorCode::Internal, "The server cannot read the pending TOTP secret",
                         secret.error().logDetail);
    }
    const std::string& s = secret.value();
    auto step = findTotpStep({reinterpret_cast<const std::uint8_t*>(s.data()), s.size()}, otp, m_clock.nowSeconds(),
                             TotpParameters{});
    if (!step) {
        m_audit.record({.channel = "rest",
                        .event = "admin.totp.confirm",
                        .actor = p.actor(),
                        .username = admin->username,
                        .result = "failure",
                        .reason = "wrong code",
                        .sourceIp = sourceIp});
        return Error::invalid({{"otp", "is not the current code of the new authenticator entry"}});
    }
    m_admins.confirmTotp(admin->id, *step, m_clock.nowSeconds());
    m_audit.record({.channel = "rest",
                    .event = "admin.totp.confirm",
                    .actor = p.actor(),
                    .username = admin->username,
                    .result = "success",
                    .sourceIp = sourceIp});
    return {};
}

} // namespace castellan
