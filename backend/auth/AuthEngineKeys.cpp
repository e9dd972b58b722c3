// Security keys (WebAuthn) as the second factor of a pending portal login.
#include "auth/AuthEngine.h"

#include "auth/AccountLockout.h"
#include "store/ApplicationRepository.h"
#include "store/AuthTransactionRepository.h"
#include "store/UserRepository.h"
#include "store/WebAuthnCredentialRepository.h"

namespace castellan {

AuthDecision AuthEngine::answerWithKey(AuthRequest& request, const AuthTransactionRecord& transaction,
                                       const UserRecord& user, const ApplicationRecord& application,
                                       const std::string& key)
{
    const auto stored = m_stores.webauthn.findByCredentialId(request.webauthn->credentialId);
    if (!application.allowedFactors.count("webauthn") || !stored || stored->userId != user.id) {
        return reject(request, "security key not registered to the user or not allowed by '" + application.name + "'",
                      0, key);
    }
    const int place = m_lockout.beginAttempt(key);
    if (!m_lockout.withinLimit(place)) {
        return reject(request, "attempt limit reached", 0, key);
    }
    auto counter = WebAuthnVerifier::verifyAssertion(*request.webauthn, stored->credential, request.webauthnExpected);
    if (!counter) {
        return reject(request, "security key '" + stored->name + "': " + counter.error().logDetail, place, key);
    }
    if (!WebAuthnVerifier::counterAcceptable(stored->credential.signCount, counter.value())) {
        return reject(request,
                      "security key '" + stored->name + "': signature counter went backwards (stored " +
                          std::to_string(stored->credential.signCount) + ", presented " +
                          std::to_string(counter.value()) + "): the authenticator may have been cloned",
                      place, key);
    }
    if (!m_stores.webauthn.advanceCounter(stored->factorId, stored->credential.signCount, counter.value(),
                                          m_clock.nowSeconds()) ||
        !m_stores.transactions.transition(transaction.digest, "pending", "completed")) {
        return reject(request, "security key assertion already used", place, key);
    }
    return accept(request, user, key, "challenge answered: security key '" + stored->name + "'",
                  methodsOf(application, "webauthn"));
}

} // namespace castellan
