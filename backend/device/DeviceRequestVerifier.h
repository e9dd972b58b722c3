#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "store/DeviceRepository.h"

#include <string>

namespace castellan {

class DeviceNonceRepository;

/// A device API request as the REST layer hands it over: what the signature covers and the four header values
/// (DeviceRequestSignature), verbatim. No HTTP types, so the checks are tested without sockets.
struct SignedDeviceRequest
{
    std::string method;
    std::string path;
    std::string body;
    std::string deviceId;
    std::string timestamp;
    std::string nonce;
    std::string signature; ///< base64 DER ECDSA-SHA256
};

/// Authenticates signed device requests (DESIGN §5): the device is enrolled, the timestamp is within
/// ±DeviceRequestSignature::kMaxSkewSeconds of the server clock, the signature verifies under the device's P-256
/// key, and the nonce was never seen for this device (recorded atomically, so a replay fails on any node).
/// The nonce is recorded only after the signature verifies, so nobody but the device can fill its nonce table.
class DeviceRequestVerifier
{
public:
    static constexpr const char* kClientMessage = "The device request is not authenticated";

    DeviceRequestVerifier(DeviceRepository& devices, DeviceNonceRepository& nonces,
                          const Clock& clock = SystemClock::instance());

    /// The device that signed `request`. Every failure is the same Unauthenticated error with kClientMessage;
    /// only its logDetail says which check failed.
    Result<DeviceRecord> verify(const SignedDeviceRequest& request);

private:
    DeviceRepository& m_devices;
    DeviceNonceRepository& m_nonces;
    const Clock& m_clock;
};

} // namespace castellan
