#pragma once

#include "auth/PushStep.h"
#include "auth/WebAuthnVerifier.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class AccountLockout;
class DirectoryUsers;
class ApplicationRepository;
class AuditLog;
class AuthTransactionRepository;
class DeviceRepository;
class FactorRepository;
class LicenseService;
class OtpDelivery;
class PushChallenges;
class WebAuthnCredentialRepository;
class OtpVerifier;
class PasswordHasher;
class UserRepository;
struct ApplicationRecord;
struct AuthTransactionRecord;
struct FactorRecord;
struct UserRecord;

/// One authentication attempt, from any channel (REST validate, RADIUS, portal, SAML, device QR login).
struct AuthRequest
{
    std::string channel; ///< rest | radius | portal | saml | device
    std::string client;  ///< API client or RADIUS client name
    std::string username;
    std::string typedUsername; ///< set by the engine: the name as typed, when the audit names the user otherwise
    std::optional<std::string> password;
    std::optional<std::string> otp;
    std::optional<std::string> transactionId;
    std::string factor;          ///< which factor to answer with: its id or type ("sms"); also asks to (re)send a code
    std::string language = "en"; ///< for code messages
    std::string application;     ///< profile name; empty: the channel's only enabled profile
    std::string applicationType = "api"; ///< the profile type this channel uses
    std::string sourceIp;
    /// The portal's answer with a security key (a WebAuthn assertion) to a pending login, and what the portal
    /// expects of it (RP ID, origin, the challenge it issued).
    std::optional<WebAuthnAssertion> webauthn;
    WebAuthnExpectation webauthnExpected;
};

/// A second factor offered in a challenge.
struct OfferedFactor
{
    std::int64_t id = 0;
    std::string type;
    std::string label;
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
    std::vector<OfferedFactor> factors;            ///< for Challenge
    std::map<std::string, std::string> attributes; ///< e.g. framed_ip
    std::string numberMatch;                       ///< Challenge by push: the two digits to pick on the phone
    /// Challenge: the factor type the user is asked for and what names it to them (the masked phone or address,
    /// the token's serial), so a channel can word the prompt in the user's language instead of `message`.
    std::string promptFactor;
    std::string promptDetail;
    /// Challenge for an SMS/e-mail code that was not sent because one was sent moments ago (rate limit): a new one
    /// may be asked for after this many seconds; `codeLive` when the code sent before serves this login.
    int codeWaitSeconds = 0;
    bool codeLive = false;
    std::string username; ///< Accept: who signed in (a QR login names the user only here)
    /// On Accept, the user's own fields a channel may pass on (RADIUS reply attributes, SAML assertions): username,
    /// first_name, last_name, email, phone, framed_ip. Not sent to REST callers.
    std::map<std::string, std::string> subject;
    /// On Accept, what the user proved: "password" when it was checked, then the second factor's type (totp, hotp,
    /// sms, email, push, webauthn, qr). A portal (SSO) session keeps them to judge whether it satisfies the profile
    /// of a later sign-in.
    std::vector<std::string> methods;
};

/// A QR login waiting for the Castellan app: the login screen encodes `challenge` in a QR code and polls with
/// `transactionId` (a secret of the waiting login: whoever sees the QR code cannot complete it).
struct QrLoginStart
{
    std::string transactionId;
    std::string challenge;
    std::int64_t expiresAt = 0;
};

/// The authentication pipeline of DESIGN §4, enforced once for every channel:
/// resolve user (unknown, disabled and expired get the same outward answer) -> block / source throttle ->
/// first factor (password, when the application profile asks for it) -> second factor from the factors the
/// profile allows (OTP in the same request, or a challenge with a transaction continued by a later request) ->
/// failure counting and blocking, or success -> audit. A block in force is checked before anything else, so a
/// correct answer never clears or bypasses it.
class AuthEngine
{
public:
    static constexpr const char* kRejectMessage = "Authentication failed";
    static constexpr int kTransactionSeconds = 300;
    static constexpr int kTransactionAttempts = 3;

    struct Stores
    {
        UserRepository& users;
        FactorRepository& factors;
        ApplicationRepository& applications;
        AuthTransactionRepository& transactions;
        DeviceRepository& devices;
        PushChallenges& challenges;
        WebAuthnCredentialRepository& webauthn;
    };

    /// `delivery` sends SMS and e-mail codes; null when neither channel is configured.
    /// `license` is the gate every accepted login passes (support end date, monthly unique users).
    AuthEngine(Stores stores, OtpVerifier& otp, OtpDelivery* delivery, AccountLockout& lockout, AuditLog& audit,
               const PasswordHasher& hasher, LicenseService& license, const Clock& clock = SystemClock::instance());

    /// Decides an attempt. Errors: RateLimited when password hashing capacity is exhausted (callers shed load);
    /// InvalidInput (field `application`) when the named profile does not exist or is ambiguous.
    /// A transaction id starting with kQrLoginPrefix polls a QR login (no username needed): Challenge while the
    /// phone has not answered, Accept (naming the user) once a verified device approved it.
    castellan::Result<AuthDecision> authenticate(const AuthRequest& request);

    /// Starts a QR login for the channel's application profile, which must allow push (the Castellan app).
    /// Errors: InvalidInput (field `application`), RateLimited when the source address is throttled.
    castellan::Result<QrLoginStart> beginQrLogin(const AuthRequest& request);

    /// Whether the login `transactionId` still waits for an answer (after a wrong code the user may try again).
    bool transactionPending(const std::string& transactionId);

    /// The pending login `transactionId` of `username` as a Challenge to show again (another language, a wrong
    /// code), without sending a code or starting a push: the factors, and the one a code was sent to (else the
    /// factor a new challenge would start with). Nothing when the login is not pending.
    /// `request` names the login (transactionId), its channel and profile type.
    std::optional<AuthDecision> pendingChallenge(const AuthRequest& request);

    /// `auth.password_only_without_profile`: whether a user without second factors may sign in with the password
    /// alone through a channel that has no enabled profile (ProfilelessLogin). Off unless set.
    void setPasswordOnlyWithoutProfile(bool allowed) { m_passwordOnlyWithoutProfile = allowed; }

    /// The directories whose users sign in after local users (issue 17); without them only local users exist.
    void setDirectories(DirectoryUsers* directories) { m_directories = directories; }

    static constexpr const char* kQrLoginPrefix = "qrl_";

private:
    static bool isCodeFactor(const std::string& type);     ///< totp | hotp: codes the user reads off a device
    static bool isSentCodeFactor(const std::string& type); ///< sms | email: codes we send
    castellan::Result<AuthDecision> pollQrLogin(AuthRequest& request);
    AuthDecision pollPush(AuthRequest& request, const AuthTransactionRecord& transaction, const UserRecord& user,
                          const ApplicationRecord& application, const std::string& key);
    /// Why `user` may not sign in now (disabled, expired), or nothing.
    std::optional<std::string> refusal(const UserRecord& user, std::int64_t now) const;
    std::string pushContext(const AuthRequest& request, const std::string& application) const;
    castellan::Result<std::optional<ApplicationRecord>> resolveApplication(const AuthRequest& request);
    castellan::Result<AuthDecision> continueTransaction(AuthRequest& request, std::string key);
    /// The profile a pending login continues under: the one it started with, or the stand-in when it started
    /// without one and there still is none. Nothing when that changed during the login.
    std::optional<ApplicationRecord> transactionProfile(const AuthRequest& request,
                                                        const AuthTransactionRecord& transaction);
    /// After the password: the login of a channel without an enabled profile (fails closed, ProfilelessLogin).
    AuthDecision withoutProfile(AuthRequest& request, const UserRecord& user, const std::string& key, int place);
    /// Whether the user has a verified second factor of any type, or a verified Castellan app for push.
    bool hasSecondFactor(const UserRecord& user);
    AuthDecision secondFactor(AuthRequest& request, const UserRecord& user, const ApplicationRecord& application,
                              const std::string& key, int place);
    /// What a login of `application` answered with `factorType` proved: the password when the profile asks for it,
    /// and the factor.
    static std::vector<std::string> methodsOf(const ApplicationRecord& application, const std::string& factorType);
    /// `methods`: what the user proved (AuthDecision::methods).
    AuthDecision accept(const AuthRequest& request, const UserRecord& user, const std::string& key,
                        const std::string& how, std::vector<std::string> methods);
    AuthDecision reject(const AuthRequest& request, const std::string& reason, int failedPlace,
                        const std::string& usernameKey, const std::string& message = kRejectMessage);
    /// True when `code` is a valid, unused code of one of `factors`: TOTP/HOTP, and within a transaction the
    /// SMS/e-mail code sent for it. `note` says what happened; `type` is the accepted factor's type.
    bool checkCode(const std::vector<FactorRecord>& factors, const std::string& code,
                   const AuthTransactionRecord* transaction, std::string& note, std::string& type);
    /// The factor a challenge starts with: the one asked for, else an authenticator app, else SMS/e-mail.
    const FactorRecord* chooseFactor(const std::vector<FactorRecord>& factors, const std::string& asked);
    /// Prompts for `factor`; for SMS/e-mail sends a code first. Fills the decision's message.
    bool prompt(const FactorRecord& factor, const AuthTransactionRecord& transaction, const AuthRequest& request,
                const std::string& application, AuthDecision& decision);
    /// The user's factors the application allows and the channel can use (WebAuthn needs the portal's browser).
    std::vector<FactorRecord> eligibleFactors(const UserRecord& user, const ApplicationRecord& application,
                                              const std::string& channel);
    AuthDecision answerWithKey(AuthRequest& request, const AuthTransactionRecord& transaction, const UserRecord& user,
                               const ApplicationRecord& application, const std::string& key);
    void audit(const AuthRequest& request, const AuthDecision& decision);

    Stores m_stores;
    PushStep m_push;
    OtpVerifier& m_otp;
    OtpDelivery* m_delivery;
    AccountLockout& m_lockout;
    AuditLog& m_audit;
    const PasswordHasher& m_hasher;
    LicenseService& m_license;
    const Clock& m_clock;
    std::string m_dummyHash;
    bool m_passwordOnlyWithoutProfile = false;
    DirectoryUsers* m_directories = nullptr;
};

} // namespace castellan
