#pragma once

#include "core/Result.h"
#include "device/PushChallenges.h"
#include "store/DeviceRepository.h"

#include <string>
#include <vector>

namespace castellan {

class AccountLockout;
class AuditLog;

/// The device's side of push approval and QR login (DESIGN §5): the challenges waiting for a device, and its
/// signed answers. An answer is signed with the device key over DeviceRequestSignature::challengeAnswer(), so the
/// decision is bound to the challenge even apart from the request signature.
class PushApproval
{
public:
    PushApproval(PushChallenges& challenges, AccountLockout& lockout, AuditLog& audit);

    /// The pending push challenges `device` may answer.
    std::vector<PushChallenge> pendingFor(const DeviceRecord& device);

    /// Records `device`'s answer ("approve", "deny" or "report"; `number`: the two digits the user picked) to
    /// challenge `challengeId`, given the base64 DER signature over the answer. Returns the challenge's new
    /// status. InvalidInput for an unknown decision, NotFound when there is no pending challenge this device may
    /// answer, Unauthenticated when the signature does not verify. A "report" ("this wasn't me") blocks the
    /// account until an administrator removes the block: someone who knows the password is trying to sign in.
    Result<std::string> answer(const DeviceRecord& device, std::int64_t challengeId, const std::string& decision,
                               const std::string& number, const std::string& signature, const std::string& sourceIp);

    /// The device's answer to the QR login whose code showed `challenge` (the text, not an id: that is all the
    /// QR code carries). NotFound when no pending QR login has this text; otherwise as answer().
    Result<std::string> answerQrLogin(const DeviceRecord& device, const std::string& challenge,
                                      const std::string& decision, const std::string& signature,
                                      const std::string& sourceIp);
    /// The id of the pending QR login showing `challenge`, if there is one.
    std::optional<std::int64_t> qrLoginId(const std::string& challenge);

private:
    PushChallenges& m_challenges;
    AccountLockout& m_lockout;
    AuditLog& m_audit;
};

} // namespace castellan
