#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "rest/RestMessage.h"
#include "store/DeviceRepository.h"

namespace castellan {

class AuditLog;
class DeviceRequestVerifier;
class PushApproval;
class Router;
class SoftOtpEnrollment;

/// The device API `/device/v1` used by the authenticator app (DESIGN §5). Its routes take no bearer token:
/// `POST /enroll` presents the one-time enrollment token from the QR code, every other route is signed with the
/// device key (DeviceRequestSignature). Every authentication failure is the same 401 problem; the log says which
/// check failed.
class DeviceResource
{
public:
    static constexpr std::size_t kBodyLimit = 64 * 1024;

    DeviceResource(SoftOtpEnrollment& enrollment, DeviceRequestVerifier& verifier, DeviceRepository& devices,
                   PushApproval& approval, AuditLog& audit, const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse enroll(const RestRequest& request);
    RestResponse verify(const RestRequest& request);
    RestResponse sync(const RestRequest& request);
    RestResponse challenges(const RestRequest& request);
    RestResponse answer(const RestRequest& request);
    RestResponse answerQrLogin(const RestRequest& request);

private:
    /// The device that signed `request`.
    Result<DeviceRecord> authenticate(const RestRequest& request);

    SoftOtpEnrollment& m_enrollment;
    DeviceRequestVerifier& m_verifier;
    DeviceRepository& m_devices;
    PushApproval& m_approval;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
