#include "device/PushApproval.h"

#include "auth/AccountLockout.h"
#include "crypto/Base64.h"
#include "device/DeviceKey.h"
#include "device/DeviceRequestSignature.h"
#include "store/AuditLog.h"

#include <Poco/String.h>

namespace castellan {

PushApproval::PushApproval(PushChallenges& challenges, AccountLockout& lockout, AuditLog& audit)
    : m_challenges(challenges), m_lockout(lockout), m_audit(audit)
{}

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
    if (status && status.value() == "reported") {
        BlockRow block;
        block.usernameKey = Poco::toLower(device.username);
        block.username = device.username;
        block.reason =
            "the user reported a push sign-in request as not their own (device " + std::to_string(device.id) + ")";
        block.blockedBy = "device:" + std::to_string(device.id);
        m_lockout.block(block, "device", sourceIp);
    }
    return status;
}

std::optional<std::int64_t> PushApproval::qrLoginId(const std::string& challenge)
{
    const auto found = m_challenges.findByChallenge(challenge);
    if (!found || found->kind != "qr_login" || found->status != "pending") {
        return std::nullopt;
    }
    return found->id;
}

Result<std::string> PushApproval::answerQrLogin(const DeviceRecord& device, const std::string& challenge,
                                                const std::string& decision, const std::string& signature,
                                                const std::string& sourceIp)
{
    const auto id = qrLoginId(challenge);
    if (!id) {
        return Error::of(ErrorCode::NotFound, "No pending QR login with this code");
    }
    return answer(device, *id, decision, "", signature, sourceIp);
}

} // namespace castellan
