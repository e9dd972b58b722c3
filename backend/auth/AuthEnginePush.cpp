// The Castellan app's part of the pipeline: push approval as a second factor, and QR login.
#include "auth/AuthEngine.h"

#include "auth/AccountLockout.h"
#include "auth/OpaqueToken.h"
#include "device/PushChallenges.h"
#include "license/LicenseService.h"
#include "store/ApplicationRepository.h"
#include "store/AuthTransactionRepository.h"
#include "store/UserRepository.h"

#include <Poco/JSON/Object.h>
#include <Poco/String.h>

#include <sstream>

namespace castellan {

std::string AuthEngine::pushContext(const AuthRequest& request, const std::string& application) const
{
    Poco::JSON::Object context;
    context.set("application", application);
    context.set("channel", request.channel);
    context.set("client", request.client);
    context.set("source_ip", request.sourceIp);
    std::ostringstream text;
    context.stringify(text);
    return text.str();
}

AuthDecision AuthEngine::pollPush(AuthRequest& request, const AuthTransactionRecord& transaction,
                                  const UserRecord& user, const ApplicationRecord& application, const std::string& key)
{
    const PushStep::Status push = m_push.status(transaction.digest);
    switch (push.state) {
    case PushStep::State::None:
        return reject(request, "one-time code missing", 0, key);
    case PushStep::State::Pending: {
        // Not audited: a login polls every second or two while the phone is in the user's pocket.
        AuthDecision decision;
        decision.result = AuthDecision::Result::Challenge;
        decision.transactionId = *request.transactionId;
        decision.numberMatch = push.numberMatch;
        decision.message = "Waiting for approval in the Castellan app: choose " + push.numberMatch;
        decision.factors.push_back({0, "push", PushStep::kFactorLabel});
        return decision;
    }
    case PushStep::State::Approved:
        if (!m_push.consume(push) || !m_stores.transactions.transition(transaction.digest, "pending", "completed")) {
            return reject(request, "push approval already used", 0, key);
        }
        return accept(request, user, key, "push approved (challenge " + std::to_string(push.challengeId) + ")",
                      methodsOf(application, "push"));
    case PushStep::State::Denied:
        m_stores.transactions.transition(transaction.digest, "pending", "denied");
        return reject(request, "push denied on the phone", 0, key);
    case PushStep::State::Reported:
        m_stores.transactions.transition(transaction.digest, "pending", "denied");
        return reject(request, "push reported as not the user's own sign-in; account blocked", 0, key);
    case PushStep::State::Expired:
        m_stores.transactions.transition(transaction.digest, "pending", "expired");
        return reject(request, "push not answered in time", 0, key);
    }
    return reject(request, "push state unknown", 0, key);
}

castellan::Result<QrLoginStart> AuthEngine::beginQrLogin(const AuthRequest& request)
{
    if (m_license.supportEnded() || !m_license.pushSubscription()) {
        return Error::of(ErrorCode::Unavailable, m_license.supportEnded()
                                                     ? LicenseService::kSupportEndedMessage
                                                     : "QR login needs an active push subscription");
    }
    if (m_lockout.sourceThrottled(request.sourceIp)) {
        return Error::of(ErrorCode::RateLimited, "Too many failed attempts from this address; try again later");
    }
    auto application = resolveApplication(request);
    if (!application) {
        return application.error();
    }
    if (!application.value() || !application.value()->allowedFactors.count("push")) {
        return Error::invalid({{"application", "must be an enabled " + request.applicationType +
                                                   " application that allows push (the Castellan app)"}});
    }
    QrLoginStart start;
    start.transactionId = OpaqueToken::generate(kQrLoginPrefix);
    const NewPushChallenge created =
        m_stores.challenges.create(std::nullopt, OpaqueToken::digest(start.transactionId), "qr_login",
                                   pushContext(request, application.value()->name), PushStep::kLifetimeSeconds);
    start.challenge = created.challenge;
    start.expiresAt = created.expiresAt;
    return start;
}

castellan::Result<AuthDecision> AuthEngine::pollQrLogin(AuthRequest& request)
{
    const auto challenge = m_stores.challenges.latestFor(OpaqueToken::digest(*request.transactionId));
    if (!challenge || challenge->kind != "qr_login") {
        return reject(request, "unknown QR login", 0, Poco::toLower(request.username));
    }
    if (challenge->status == "pending") {
        AuthDecision decision;
        decision.result = AuthDecision::Result::Challenge;
        decision.transactionId = *request.transactionId;
        decision.message = "Scan the QR code with the Castellan app";
        return decision;
    }
    const std::int64_t nowSeconds = m_clock.nowSeconds();
    auto user = challenge->userId ? m_stores.users.findById(*challenge->userId, nowSeconds) : std::nullopt;
    if (user) {
        request.username = user->username;
    }
    const std::string key = Poco::toLower(request.username);
    if (challenge->status != "approved" || !user) {
        return reject(request, "QR login " + challenge->status, 0, key);
    }
    // The phone proved possession of the device key; the account rules still apply as for any other login.
    if (m_lockout.check(key, request.sourceIp) != AccountLockout::Gate::Open) {
        return reject(request, "user blocked", 0, key);
    }
    if (auto why = refusal(*user, nowSeconds)) {
        return reject(request, *why, 0, key);
    }
    if (!m_stores.challenges.complete(challenge->id)) {
        return reject(request, "QR login already used", 0, key);
    }
    // Possession of the enrolled device (its key signed the challenge); no password was typed.
    return accept(request, *user, key, "QR login approved by device " + std::to_string(challenge->deviceId.value_or(0)),
                  {"qr"});
}

} // namespace castellan
