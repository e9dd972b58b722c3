#include "auth/PushStep.h"

#include "store/DeviceRepository.h"

namespace castellan {
namespace {

PushStep::State stateOf(const std::string& status)
{
    if (status == "pending") {
        return PushStep::State::Pending;
    }
    if (status == "approved") {
        return PushStep::State::Approved;
    }
    if (status == "reported") {
        return PushStep::State::Reported;
    }
    if (status == "expired") {
        return PushStep::State::Expired;
    }
    return PushStep::State::Denied; // denied, or completed by another request
}

} // namespace

PushStep::PushStep(DeviceRepository& devices, PushChallenges& challenges) : m_devices(devices), m_challenges(challenges)
{}

bool PushStep::available(std::int64_t userId)
{
    return m_devices.hasPushDevice(userId);
}

std::string PushStep::start(std::int64_t userId, const std::string& transactionDigest, const std::string& context)
{
    return m_challenges.create(userId, transactionDigest, "push", context, kLifetimeSeconds).numberMatch;
}

PushStep::Status PushStep::status(const std::string& transactionDigest)
{
    const auto challenge = m_challenges.latestFor(transactionDigest);
    if (!challenge || challenge->kind != "push") {
        return {};
    }
    return {stateOf(challenge->status), challenge->id, challenge->numberMatch};
}

bool PushStep::consume(const Status& status)
{
    return status.state == State::Approved && m_challenges.complete(status.challengeId);
}

} // namespace castellan
