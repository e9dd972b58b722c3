#pragma once

#include "core/Result.h"
#include "device/PushChallenges.h"
#include "store/DeviceRepository.h"

#include <string>
#include <vector>

namespace castellan {

class AuditLog;

/// The device's side of push approval and QR login (DESIGN §5): the challenges waiting for a device, and its
/// signed answers. An answer is signed with the device key over DeviceRequestSignature::challengeAnswer(), so the
/// decision is bound to the challenge even apart from the request signature.
class PushApproval
{
public:
    PushApproval(PushChallenges& challenges, AuditLog& audit);

    /// The pending push challenges `device` may answer.
    std::vector<PushChallenge> pendingFor(const DeviceRecord& device);

    /// Records `device`'s answer ("approve", "deny" or "report"; `number`: the two digits the user picked) to
    /// challenge `challengeId`, given the base64 DER signature over the answer. Returns the challenge's new
    /// status. InvalidInput for an unknown decision, NotFound when there is no pending challenge this device may
    /// answer, Unauthenticated when the signature does not verify.
    Result<std::string> answer(const DeviceRecord& device, std::int64_t challengeId, const std::string& decision,
                               const std::string& number, const std::string& signature, const std::string& sourceIp);

private:
    PushChallenges& m_challenges;
    AuditLog& m_audit;
};

} // namespace castellan
