#include "device/DeviceRequestVerifier.h"

#include "crypto/Base64.h"
#include "device/DeviceKey.h"
#include "device/DeviceRequestSignature.h"
#include "store/DeviceNonceRepository.h"

#include <Poco/NumberParser.h>

namespace castellan {
namespace {

Error refused(const std::string& logDetail)
{
    return Error::of(ErrorCode::Unauthenticated, DeviceRequestVerifier::kClientMessage, logDetail);
}

} // namespace

DeviceRequestVerifier::DeviceRequestVerifier(DeviceRepository& devices, DeviceNonceRepository& nonces,
                                             const Clock& clock)
    : m_devices(devices), m_nonces(nonces), m_clock(clock)
{}

Result<DeviceRecord> DeviceRequestVerifier::verify(const SignedDeviceRequest& request)
{
    using Signing = DeviceRequestSignature;
    Poco::Int64 deviceId = 0;
    if (!Poco::NumberParser::tryParse64(request.deviceId, deviceId) || deviceId <= 0) {
        return refused("missing or malformed device id header");
    }
    const std::string who = "device " + std::to_string(deviceId) + ": ";
    const auto timestamp = Signing::parseTimestamp(request.timestamp);
    if (!timestamp) {
        return refused(who + "missing or malformed timestamp header");
    }
    const std::int64_t now = m_clock.nowSeconds();
    const std::int64_t skew = *timestamp - now;
    if (skew > Signing::kMaxSkewSeconds || skew < -Signing::kMaxSkewSeconds) {
        return refused(who + "timestamp " + std::to_string(skew) + " s from the server clock");
    }
    if (!Signing::isWellFormedNonce(request.nonce)) {
        return refused(who + "missing or malformed nonce header");
    }
    const auto signature = Base64::decode(request.signature);
    if (!signature) {
        return refused(who + "signature header is not base64");
    }
    auto device = m_devices.findById(deviceId);
    if (!device) {
        return refused(who + "no such device");
    }
    const auto keyBytes = Base64::decode(device->publicKey);
    auto key = keyBytes ? DeviceKey::fromPublicKeyDer(*keyBytes) : Result<DeviceKey>(Error::of(ErrorCode::Crypto, ""));
    if (!key) {
        return refused(who + "not enrolled (no usable public key)");
    }
    const std::string canonical =
        Signing::canonical(request.method, request.path, *timestamp, request.nonce, request.body);
    if (!key->verify(canonical, *signature)) {
        return refused(who + "signature does not verify");
    }
    // Kept for twice the skew: a request is acceptable from skew before to skew after its timestamp.
    if (!m_nonces.remember(deviceId, request.nonce, now, now - 2 * Signing::kMaxSkewSeconds)) {
        return refused(who + "nonce seen before (replay)");
    }
    return std::move(device).value();
}

} // namespace castellan
