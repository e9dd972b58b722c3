#include "auth/AuthEngine.h"

#include "auth/DirectoryUsers.h"

#include "auth/AccountLockout.h"
#include "auth/OpaqueToken.h"
#include "auth/OtpVerifier.h"
#include "auth/ProfilelessLogin.h"
#include "crypto/PasswordHasher.h"
#include "license/LicenseService.h"
#include "notify/OtpDelivery.h"
#include "store/ApplicationRepository.h"
#include "store/AuditLog.h"
#include "store/AuthTransactionRepository.h"
#include "store/FactorRepository.h"
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

AuthEngine::AuthEngine(Stores stores, OtpVerifier& otp, OtpDelivery* delivery, AccountLockout& lockout, AuditLog& audit,
                       const PasswordHasher& hasher, LicenseService& license, const Clock& clock)
    : m_stores(stores), m_push(stores.devices, stores.challenges), m_otp(otp), m_delivery(delivery), m_lockout(lockout),
      m_audit(audit), m_hasher(hasher), m_license(license), m_clock(clock)
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
                                const std::string& usernameKey, const std::string& message)
{
    if (failedPlace > 0) {
        // The answer stays the same whether or not this failure blocks the account; the lockout audits a block.
        m_lockout.recordFailure(usernameKey, request.username, request.sourceIp, request.channel, failedPlace);
    }
    AuthDecision decision;
    decision.result = AuthDecision::Result::Reject;
    decision.message = message;
    decision.reason = reason;
    audit(request, decision);
    return decision;
}

AuthDecision AuthEngine::accept(const AuthRequest& request, const UserRecord& user, const std::string& key,
                                const std::string& how, std::vector<std::string> methods)
{
    m_lockout.recordSuccess(key);
    // The license counts the user now, on the first success of the month; a user already counted always passes.
    switch (m_license.admit(user.username)) {
    case LicenseService::Gate::Open:
        break;
    case LicenseService::Gate::LimitExceeded:
        return reject(request, "License user limit exceeded", 0, key, LicenseService::kLimitMessage);
    case LicenseService::Gate::SupportEnded:
        return reject(request, "license support period ended", 0, key, LicenseService::kSupportEndedMessage);
    }
    AuthDecision decision;
    decision.result = AuthDecision::Result::Accept;
    decision.message = "Authentication succeeded";
    decision.reason = how;
    decision.username = user.username;
    decision.methods = std::move(methods);
    if (!user.framedIp.empty()) {
        decision.attributes["framed_ip"] = user.framedIp;
    }
    decision.subject = {{"username", user.username}, {"first_name", user.firstName}, {"last_name", user.lastName},
                        {"email", user.email},       {"phone", user.phone},          {"framed_ip", user.framedIp}};
    audit(request, decision);
    return decision;
}

std::vector<std::string> AuthEngine::methodsOf(const ApplicationRecord& application, const std::string& factorType)
{
    std::vector<std::string> methods;
    if (application.passwordRequired) {
        methods.emplace_back("password");
    }
    methods.push_back(factorType);
    return methods;
}

castellan::Result<std::optional<ApplicationRecord>> AuthEngine::resolveApplication(const AuthRequest& request)
{
    if (!request.application.empty()) {
        auto app = m_stores.applications.findByName(request.application);
        if (!app || !app->enabled || app->type != request.applicationType) {
            return Error::invalid({{"application", "is not an enabled " + request.applicationType + " application"}});
        }
        return std::optional<ApplicationRecord>(*app);
    }
    auto candidates = m_stores.applications.enabledOfType(request.applicationType);
    if (candidates.size() > 1) {
        return Error::invalid(
            {{"application", "is required: several " + request.applicationType + " applications are enabled"}});
    }
    // No profile (a fresh installation before any application is set up): ProfilelessLogin decides.
    return candidates.empty() ? std::optional<ApplicationRecord>() : std::optional<ApplicationRecord>(candidates[0]);
}

castellan::Result<AuthDecision> AuthEngine::authenticate(const AuthRequest& original)
{
    AuthRequest request = original;
    std::string key = Poco::toLower(request.username);
    const std::int64_t nowSeconds = m_clock.nowSeconds();

    if (m_license.supportEnded()) {
        return reject(request, "license support period ended", 0, key, LicenseService::kSupportEndedMessage);
    }
    switch (m_lockout.check(key, request.sourceIp)) {
    case AccountLockout::Gate::SourceThrottled:
        return reject(request, "source address throttled", 0, key);
    case AccountLockout::Gate::Blocked:
        return reject(request, "user blocked", 0, key);
    case AccountLockout::Gate::Open:
        break;
    }
    if (request.transactionId && request.transactionId->rfind(kQrLoginPrefix, 0) == 0) {
        return pollQrLogin(request);
    }
    if (request.transactionId) {
        return continueTransaction(request, key);
    }
    auto application = resolveApplication(request);
    if (!application) {
        return application.error();
    }
    const bool passwordRequired = !application.value() || application.value()->passwordRequired;

    DirectoryUsers::Found found;
    if (m_directories != nullptr) {
        found = m_directories->find(request.username, nowSeconds);
    } else if (auto local = m_stores.users.findByUsername(request.username, nowSeconds)) {
        found.user = std::move(local);
        if (found.user->directoryId) {
            found.refusal = "directory user, but directories are not in use";
        }
    }
    std::optional<UserRecord>& user = found.user;
    if (user) {
        // Audit, count and license under the stored spelling (a directory user's canonical username), whatever name
        // or case the caller used; a block of that name applies whichever name was typed.
        request.username = user->username;
        if (user->usernameKey != key) {
            key = user->usernameKey;
            if (m_lockout.check(key, request.sourceIp) == AccountLockout::Gate::Blocked) {
                return reject(request, "user blocked", 0, key);
            }
        }
    }
    if (found.refusal) {
        return reject(request, *found.refusal, 0, key);
    }
    if (user) {
        if (auto why = refusal(*user, nowSeconds)) {
            return reject(request, *why, 0, key);
        }
    }
    if (passwordRequired && !request.password) {
        return reject(request, "password missing", 0, key);
    }

    // Every checked answer takes a place in the lockout count first. Unknown users are counted like known ones,
    // so the lockout does not reveal who exists.
    const int place = m_lockout.beginAttempt(key);
    if (!m_lockout.withinLimit(place)) {
        return reject(request, "attempt limit reached", 0, key);
    }
    if (passwordRequired && found.directory) {
        // A directory user's password is the directory's: a bind as the user over TLS, never stored or cached.
        std::string why;
        auto accepted = m_directories->accounts().checkPassword(*found.directory, *request.password, why);
        if (!accepted) {
            m_lockout.releaseAttempt(key); // the directory did not answer: not the user's failure
            return reject(request, "directory password check failed: " + accepted.error().message, 0, key);
        }
        if (!accepted.value()) {
            // Active Directory names its other reasons (disabled, expired, locked out, password expired or to be
            // changed) only for the right password: not a guess to count.
            const bool guess = why == "wrong password" || why == "no such user";
            if (!guess) {
                m_lockout.releaseAttempt(key);
            }
            return reject(request, why + " (directory '" + found.directory->directory.name + "')", guess ? place : 0,
                          key);
        }
    } else if (passwordRequired) {
        const std::string& hash = user && !user->passwordHash.empty() ? user->passwordHash : m_dummyHash;
        auto verified = m_hasher.verify(*request.password, hash); // the same cost whether or not the user exists
        if (!verified) {
            m_lockout.releaseAttempt(key);
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
    } else if (!user) {
        return reject(request, "unknown user", place, key);
    }
    if (!application.value()) {
        return withoutProfile(request, *user, key, place);
    }
    if (!application.value()->secondFactorRequired) {
        return accept(request, *user, key, passwordRequired ? "password" : "no factor required",
                      passwordRequired ? std::vector<std::string>{"password"} : std::vector<std::string>{});
    }
    return secondFactor(request, *user, *application.value(), key, place);
}

AuthDecision AuthEngine::secondFactor(AuthRequest& request, const UserRecord& user,
                                      const ApplicationRecord& application, const std::string& key, int place)
{
    const std::vector<FactorRecord> factors = eligibleFactors(user, application, request.channel);
    if (factors.empty()) {
        m_lockout.releaseAttempt(key);
        return reject(request, "no second factor enrolled that '" + application.name + "' allows", 0, key);
    }
    if (request.otp) {
        // Password and code in one request (agents that collect both at once).
        std::string note;
        std::string type;
        if (checkCode(factors, *request.otp, nullptr, note, type)) {
            return accept(request, user, key, (application.passwordRequired ? "password + " : "") + note,
                          methodsOf(application, type));
        }
        return reject(request, note, place, key);
    }
    // Challenge: the right password (if any) does not clear the count, so wrong codes go on counting.
    m_lockout.releaseAttempt(key);
    const std::string transactionId = OpaqueToken::generate("ctx_");
    AuthTransactionRecord t;
    t.digest = OpaqueToken::digest(transactionId);
    t.userId = user.id;
    t.applicationId = application.id != 0 ? std::optional<std::int64_t>(application.id) : std::nullopt;
    t.channel = request.channel;
    t.client = request.client;
    t.sourceIp = request.sourceIp;
    for (const FactorRecord& f : factors) {
        t.factors += (t.factors.empty() ? "" : ",") + f.type;
    }
    t.state = "pending";
    t.createdAt = m_clock.nowSeconds();
    t.expiresAt = t.createdAt + kTransactionSeconds;
    m_stores.transactions.create(t);

    AuthDecision decision;
    decision.result = AuthDecision::Result::Challenge;
    decision.transactionId = transactionId;
    for (const FactorRecord& f : factors) {
        decision.factors.push_back({f.id, f.type, f.label});
    }
    const FactorRecord* first = chooseFactor(factors, request.factor);
    if (!first || !prompt(*first, t, request, application.name, decision)) {
        // The chosen factor cannot be used now (a code could not be sent): offer the others, or give up.
        const FactorRecord* other = nullptr;
        for (const FactorRecord& f : factors) {
            if (&f != first && (isCodeFactor(f.type) || isSentCodeFactor(f.type))) {
                other = &f;
                break;
            }
        }
        if (!other || !prompt(*other, t, request, application.name, decision)) {
            m_stores.transactions.transition(t.digest, "pending", "denied");
            return reject(request, decision.reason.empty() ? "no usable second factor" : decision.reason, 0, key);
        }
    }
    decision.reason = "second factor requested (" + t.factors + ")";
    audit(request, decision);
    return decision;
}

castellan::Result<AuthDecision> AuthEngine::continueTransaction(AuthRequest& request, std::string key)
{
    auto t = m_stores.transactions.find(OpaqueToken::digest(*request.transactionId));
    const std::int64_t nowSeconds = m_clock.nowSeconds();
    auto user = t ? m_stores.users.findById(t->userId, nowSeconds) : std::nullopt;
    // A directory user may answer under any of their login names (RADIUS repeats the name they typed).
    const bool named =
        user && (user->usernameKey == key || (m_directories && m_directories->names(request.username, *user)));
    if (!t || !named) {
        return reject(request, "unknown transaction", 0, key);
    }
    request.username = user->username;
    if (user->usernameKey != key) {
        key = user->usernameKey;
        if (m_lockout.check(key, request.sourceIp) == AccountLockout::Gate::Blocked) {
            return reject(request, "user blocked", 0, key);
        }
    }
    if (t->expiresAt <= nowSeconds || t->state != "pending" || t->client != request.client ||
        t->channel != request.channel) {
        return reject(request, "transaction " + (t->expiresAt <= nowSeconds ? std::string("expired") : t->state), 0,
                      key);
    }
    const auto application = transactionProfile(request, *t);
    if (!application) {
        return reject(request, "application profile removed, disabled or created during the login", 0, key);
    }
    if (request.webauthn) {
        return answerWithKey(request, *t, *user, *application, key);
    }
    if (request.otp && request.otp->empty()) {
        request.otp.reset(); // an empty answer (RADIUS: the user just pressed Enter) asks where the login stands
    }
    if (!request.otp && request.factor.empty()) {
        return pollPush(request, *t, *user, *application, key);
    }
    const std::vector<FactorRecord> factors = eligibleFactors(*user, *application, request.channel);
    if (!request.otp) {
        // No code: the user asks for another factor (or a new code) within the same login.
        const FactorRecord* wanted = chooseFactor(factors, request.factor);
        AuthDecision decision;
        decision.result = AuthDecision::Result::Challenge;
        decision.transactionId = *request.transactionId;
        for (const FactorRecord& f : factors) {
            decision.factors.push_back({f.id, f.type, f.label});
        }
        if (!wanted || !prompt(*wanted, *t, request, application->name, decision)) {
            return reject(request, wanted ? decision.reason : "factor " + request.factor + " not available", 0, key);
        }
        decision.reason = "factor switched to " + wanted->type;
        audit(request, decision);
        return decision;
    }
    const int place = m_lockout.beginAttempt(key);
    if (!m_lockout.withinLimit(place)) {
        return reject(request, "attempt limit reached", 0, key);
    }
    std::string note;
    std::string type;
    if (checkCode(factors, *request.otp, &*t, note, type)) {
        if (!m_stores.transactions.transition(t->digest, "pending", "completed")) {
            return reject(request, "transaction already completed", place, key);
        }
        return accept(request, *user, key, "challenge answered: " + note, methodsOf(*application, type));
    }
    if (m_stores.transactions.addAttempt(t->digest) >= kTransactionAttempts) {
        m_stores.transactions.transition(t->digest, "pending", "denied");
        note += "; transaction closed after " + std::to_string(kTransactionAttempts) + " wrong answers";
    }
    return reject(request, note, place, key);
}

AuthDecision AuthEngine::withoutProfile(AuthRequest& request, const UserRecord& user, const std::string& key, int place)
{
    switch (ProfilelessLogin::ruleFor(hasSecondFactor(user), m_passwordOnlyWithoutProfile)) {
    case ProfilelessLogin::Rule::SecondFactor:
        return secondFactor(request, user, ProfilelessLogin::standIn(request.applicationType), key, place);
    case ProfilelessLogin::Rule::PasswordAlone:
        return accept(request, user, key,
                      "password alone: no enabled " + request.applicationType +
                          " profile, no second factor, auth.password_only_without_profile",
                      {"password"});
    case ProfilelessLogin::Rule::Refuse:
        break;
    }
    // The right password is not a failure to count; the answer is the same as for any other refusal.
    m_lockout.releaseAttempt(key);
    return reject(request, ProfilelessLogin::refusalReason(request.applicationType), 0, key);
}

std::optional<ApplicationRecord> AuthEngine::transactionProfile(const AuthRequest& request,
                                                                const AuthTransactionRecord& transaction)
{
    if (transaction.applicationId) {
        auto application = m_stores.applications.findById(*transaction.applicationId);
        return application && application->enabled ? application : std::nullopt;
    }
    // Opened without a profile (or its profile was deleted since): it goes on under the stand-in only while the
    // channel still has no enabled profile; a profile created meanwhile decides the next login instead.
    auto current = resolveApplication(request);
    if (!current || current.value()) {
        return std::nullopt;
    }
    return ProfilelessLogin::standIn(request.applicationType);
}

std::optional<std::string> AuthEngine::refusal(const UserRecord& user, std::int64_t now) const
{
    if (!user.enabled) {
        return "user disabled";
    }
    if (user.expiresAt && *user.expiresAt <= now) {
        return "user expired";
    }
    return std::nullopt;
}

bool AuthEngine::transactionPending(const std::string& transactionId)
{
    const auto t = m_stores.transactions.find(OpaqueToken::digest(transactionId));
    return t && t->state == "pending" && t->expiresAt > m_clock.nowSeconds();
}

} // namespace castellan
