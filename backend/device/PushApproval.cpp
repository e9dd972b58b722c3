#include "device/PushApproval.h"

#include "crypto/Base64.h"
#include "device/DeviceKey.h"
#include "device/DeviceRequestSignature.h"
#include "store/AuditLog.h"

namespace castellan {

PushApproval::PushApproval(PushChallenges& challenges, AuditLog& audit) : m_challenges(challenges), m_audit(audit) {}

std::vector<PushChallenge> PushApproval::pendingFor(const DeviceRecord& device)
{
    return m_challenges.pending(device.id);
}

Result<std::string> PushApproval::answer(const DeviceRecord& device, std::int64_t challengeId,
                                         const std::string& decision, const std::string& number,
                                         const std::string& signature, const std::string& sourceIp)
{
    const auto chosen = PushChallenges::decisionFromName(decision);
    if (!chosen) {
        return Error::invalid({{"decision", "must be approve, deny or report"}});
    }
    const auto challenge = m_challenges.status(challengeId);
    if (!challenge || challenge->status != "pending") {
        return Error::of(ErrorCode::NotFound, "No pending challenge with this id");
    }
    const auto signatureBytes = Base64::decode(signature);
    const auto keyBytes = Base64::decode(device.publicKey);
    auto key = keyBytes ? DeviceKey::fromPublicKeyDer(*keyBytes) : Result<DeviceKey>(Error::of(ErrorCode::Crypto, ""));
    const std::string signedText = DeviceRequestSignature::challengeAnswer(challenge->challenge, decision, number);
    AuditEvent event{.channel = "device",
                     .event = challenge->kind == "qr_login" ? "qr_login.answer" : "push.answer",
                     .actor = "device:" + std::to_string(device.id),
                     .username = device.username,
                     .sourceIp = sourceIp};
    if (!signatureBytes || !key || !key->verify(signedText, *signatureBytes)) {
        event.result = "failure";
        event.reason = "challenge " + std::to_string(challengeId) + ": answer signature does not verify";
        m_audit.record(event);
        return Error::of(ErrorCode::Unauthenticated, "The device request is not authenticated", event.reason);
    }
    auto status = m_challenges.answer(challengeId, device.id, *chosen, number);
    event.result = status ? status.value() : "failure";
    event.reason = "challenge " + std::to_string(challengeId) + ": " + decision +
                   (status ? "" : " refused (not pending for this device)");
    m_audit.record(event);
    return status;
}

} // namespace castellan
