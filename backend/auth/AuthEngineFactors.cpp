// The second factors a login may use: which ones, which first, how the user is prompted (and prompted again for a
// pending login), and code checks.
#include "auth/AuthEngine.h"

#include "auth/OpaqueToken.h"
#include "auth/OtpVerifier.h"
#include "license/LicenseService.h"
#include "notify/OtpDelivery.h"
#include "store/ApplicationRepository.h"
#include "store/AuthTransactionRepository.h"
#include "store/FactorRepository.h"
#include "store/UserRepository.h"

namespace castellan {
namespace {

/// The push factor is the user's Castellan app, not a row of `factors`: it is offered under id 0.
FactorRecord pushFactor()
{
    FactorRecord f;
    f.type = "push";
    f.label = PushStep::kFactorLabel;
    return f;
}

} // namespace

bool AuthEngine::isCodeFactor(const std::string& type)
{
    return type == "totp" || type == "hotp";
}

bool AuthEngine::isSentCodeFactor(const std::string& type)
{
    return type == "sms" || type == "email";
}

std::vector<FactorRecord> AuthEngine::eligibleFactors(const UserRecord& user, const ApplicationRecord& application,
                                                      const std::string& channel)
{
    std::vector<FactorRecord> eligible;
    for (FactorRecord& f : m_stores.factors.forUser(user.id)) {
        if (f.verified && application.allowedFactors.count(f.type) && (f.type != "webauthn" || channel == "portal")) {
            eligible.push_back(std::move(f));
        }
    }
    if (application.allowedFactors.count("push") && m_license.pushSubscription() && m_push.available(user.id)) {
        eligible.push_back(pushFactor());
    }
    return eligible;
}

bool AuthEngine::hasSecondFactor(const UserRecord& user)
{
    for (const FactorRecord& f : m_stores.factors.forUser(user.id)) {
        if (f.verified) {
            return true;
        }
    }
    return m_push.available(user.id);
}

bool AuthEngine::checkCode(const std::vector<FactorRecord>& factors, const std::string& code,
                           const AuthTransactionRecord* transaction, std::string& note, std::string& type)
{
    note = "wrong one-time code";
    for (const FactorRecord& f : factors) {
        if (isSentCodeFactor(f.type)) {
            // Only the factor this login sent a code to: a guess must not use up another login's code.
            if (!transaction || !m_delivery || transaction->codeFactorId != f.id) {
                continue;
            }
            auto sent = m_delivery->checkCode(f.id, code, transaction->digest);
            if (sent && sent.value()) {
                note = f.type + " code " + std::to_string(f.id);
                type = f.type;
                return true;
            }
            continue;
        }
        if (!isCodeFactor(f.type)) {
            continue;
        }
        switch (m_otp.verify(f, code)) {
        case OtpVerifier::Outcome::Accepted:
            note = f.type + " factor " + std::to_string(f.id);
            type = f.type;
            return true;
        case OtpVerifier::Outcome::Replayed:
            note = "one-time code replayed";
            return false;
        case OtpVerifier::Outcome::ResyncPending:
            note = "HOTP resynchronisation started: the next code completes it";
            return false;
        case OtpVerifier::Outcome::Wrong:
            break;
        }
    }
    return false;
}

const FactorRecord* AuthEngine::chooseFactor(const std::vector<FactorRecord>& factors, const std::string& asked)
{
    if (!asked.empty()) {
        for (const FactorRecord& f : factors) {
            if ((f.id != 0 && std::to_string(f.id) == asked) || f.type == asked) {
                return &f;
            }
        }
        return nullptr;
    }
    // The Castellan app first (one tap, number matching), then a security key, then codes the user types, then
    // codes we send.
    for (const char* preferred : {"push", "webauthn"}) {
        for (const FactorRecord& f : factors) {
            if (f.type == preferred) {
                return &f;
            }
        }
    }
    for (const FactorRecord& f : factors) {
        if (isCodeFactor(f.type)) {
            return &f;
        }
    }
    for (const FactorRecord& f : factors) {
        if (isSentCodeFactor(f.type)) {
            return &f;
        }
    }
    return factors.empty() ? nullptr : &factors.front();
}

bool AuthEngine::prompt(const FactorRecord& factor, const AuthTransactionRecord& transaction,
                        const AuthRequest& request, const std::string& application, AuthDecision& decision)
{
    decision.promptFactor = factor.type;
    decision.promptDetail.clear();
    decision.codeWaitSeconds = 0;
    decision.codeLive = false;
    if (isCodeFactor(factor.type)) {
        decision.promptDetail = factor.type == "hotp" ? factor.serial : std::string();
        decision.message = factor.type == "hotp" ? "Enter the code from your token " + factor.serial
                                                 : "Enter the code from your authenticator app";
        return true;
    }
    if (factor.type == "webauthn") {
        decision.message = "Use your security key or passkey";
        return true;
    }
    if (factor.type == "push") {
        decision.numberMatch = m_push.start(transaction.userId, transaction.digest, pushContext(request, application));
        decision.message = "Approve the sign-in in the Castellan app and choose " + decision.numberMatch;
        return true;
    }
    if (!isSentCodeFactor(factor.type)) {
        decision.reason = factor.type + " is not available on this channel";
        return false;
    }
    if (!m_delivery) {
        decision.reason = "no SMS gateway or SMTP server configured for " + factor.type + " codes";
        return false;
    }
    FactorTarget target{factor.id, factor.type == "sms" ? FactorTarget::Type::Sms : FactorTarget::Type::Email,
                        factor.destination, request.username};
    decision.promptDetail = OtpDelivery::maskedDestination(target);
    auto sent = m_delivery->sendCode(target, transaction.digest, request.language);
    if (!sent && sent.error().code == ErrorCode::RateLimited) {
        // A code went out moments ago (another login, a reset, a resend): the login goes on with it when it is
        // still live, else the user asks for a new one once allowed. Failing here would read as a wrong password.
        auto carried = m_delivery->carryOverCode(factor.id, transaction.digest);
        if (carried) {
            if (carried.value().live) {
                m_stores.transactions.setCodeFactor(transaction.digest, factor.id);
            }
            decision.codeWaitSeconds = carried.value().waitSeconds;
            decision.codeLive = carried.value().live;
            decision.message = std::string(carried.value().live ? "A code was sent moments ago: enter it"
                                                                : "No code can be sent yet") +
                               ", or ask for a new one in " + std::to_string(decision.codeWaitSeconds) + " s";
            return true;
        }
    }
    if (!sent) {
        decision.reason = "code not sent: " + sent.error().message;
        return false;
    }
    m_stores.transactions.setCodeFactor(transaction.digest, factor.id);
    decision.message = "Enter the code sent to " + decision.promptDetail;
    return true;
}

std::optional<AuthDecision> AuthEngine::pendingChallenge(const AuthRequest& request)
{
    if (!request.transactionId || !transactionPending(*request.transactionId)) {
        return std::nullopt;
    }
    const auto t = m_stores.transactions.find(OpaqueToken::digest(*request.transactionId));
    const auto user = m_stores.users.findById(t->userId, m_clock.nowSeconds());
    const auto application = user ? transactionProfile(request, *t) : std::nullopt;
    if (!application || t->channel != request.channel) {
        return std::nullopt;
    }
    AuthDecision decision;
    decision.result = AuthDecision::Result::Challenge;
    decision.transactionId = *request.transactionId;
    const std::vector<FactorRecord> factors = eligibleFactors(*user, *application, request.channel);
    for (const FactorRecord& f : factors) {
        decision.factors.push_back({f.id, f.type, f.label});
    }
    const FactorRecord* shown = nullptr;
    for (const FactorRecord& f : factors) {
        if (t->codeFactorId && f.id == *t->codeFactorId) {
            shown = &f;
        }
    }
    const PushStep::Status push = m_push.status(t->digest);
    if (!shown && push.state == PushStep::State::Pending) {
        decision.promptFactor = "push";
        decision.numberMatch = push.numberMatch;
        return decision;
    }
    shown = shown ? shown : chooseFactor(factors, {});
    if (shown && shown->type != "push") {
        decision.promptFactor = shown->type;
        if (isSentCodeFactor(shown->type)) {
            decision.promptDetail = OtpDelivery::maskedDestination(
                {shown->id, shown->type == "sms" ? FactorTarget::Type::Sms : FactorTarget::Type::Email,
                 shown->destination, user->username});
        } else if (shown->type == "hotp") {
            decision.promptDetail = shown->serial;
        }
    }
    return decision;
}

} // namespace castellan
