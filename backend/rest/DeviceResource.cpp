#include "rest/DeviceResource.h"

#include "core/Rfc3339.h"
#include "crypto/Base64.h"
#include "device/DeviceKey.h"
#include "device/DeviceRequestSignature.h"
#include "device/DeviceRequestVerifier.h"
#include "device/PushApproval.h"
#include "device/SoftOtpEnrollment.h"
#include "rest/JsonBody.h"
#include "rest/PathParameter.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "store/AuditLog.h"
#include "validation/FreeText.h"

#include <Poco/JSON/Parser.h>
#include <Poco/Logger.h>
#include <Poco/String.h>

#include <algorithm>

namespace castellan {
namespace {

constexpr std::size_t kMaxPlatform = 32;
constexpr std::size_t kMaxPushToken = 4096;

/// 401 for a device: the client learns nothing about which check failed; the log does.
RestResponse unauthorized(const Error& error, const char* scheme)
{
    Poco::Logger::get("device").warning("device API refused: %s", error.logDetail);
    RestResponse response = Problem::fromError(error);
    response.headers.emplace_back("WWW-Authenticate", std::string(scheme) + " realm=\"castellan-device\"");
    return response;
}

RestResponse refusal(const Error& error)
{
    if (error.code == ErrorCode::Unauthenticated) {
        return unauthorized(error, "Castellan-Signature");
    }
    if (!error.logDetail.empty()) {
        Poco::Logger::get("device").information("device API: %s", error.logDetail);
    }
    return Problem::fromError(error);
}

std::string header(const RestRequest& request, std::string_view name)
{
    return request.header(Poco::toLower(std::string(name)));
}

bool isPlatformName(const std::string& text)
{
    return !text.empty() && text.size() <= kMaxPlatform && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
               c == '-' || c == ' ';
    });
}

bool isPrintableAscii(const std::string& text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c > ' ' && c < 0x7f; });
}

Poco::JSON::Object configJson(const RemoteConfiguration& config)
{
    Poco::JSON::Object o;
    o.set("pin_required", config.pinRequired);
    o.set("biometric_required", config.biometricRequired);
    o.set("config_version", config.version);
    return o;
}

/// The context a challenge carries is JSON text written by the server; it is passed on as an object.
Poco::Dynamic::Var contextJson(const std::string& text)
{
    try {
        return Poco::JSON::Parser().parse(text.empty() ? "{}" : text);
    } catch (const Poco::Exception&) {
        return Poco::Dynamic::Var(text);
    }
}

/// Reads and checks the fields of `POST /enroll` except the token.
std::optional<DeviceBinding> bindingOf(JsonBody& body)
{
    DeviceBinding binding;
    const auto publicKey = body.text("public_key", true);
    const auto platform = body.text("platform", true);
    const auto pushToken = body.text("push_token");
    const auto label = body.text("label");
    if (publicKey) {
        const auto der = Base64::decode(*publicKey);
        if (!der || !DeviceKey::fromPublicKeyDer(*der)) {
            body.addError("public_key", "must be a P-256 public key: base64 of its SubjectPublicKeyInfo (DER)");
        }
        binding.publicKey = *publicKey;
    }
    if (platform && !isPlatformName(*platform)) {
        body.addError("platform", "must be 1 to 32 letters, digits, spaces, '.', '_' or '-' (e.g. ios, android)");
    }
    binding.platform = platform.value_or("");
    if (pushToken && (pushToken->size() > kMaxPushToken || !isPrintableAscii(*pushToken))) {
        body.addError("push_token", "must be at most 4096 printable ASCII characters");
    }
    binding.pushToken = pushToken.value_or("");
    if (label) {
        auto normal = FreeText::normalise(*label, 100, "label");
        if (!normal) {
            body.addError("label", normal.error().fields.front().message);
        } else if (!normal->empty()) {
            binding.label = *normal;
        }
    }
    if (!body.ok()) {
        return std::nullopt;
    }
    return binding;
}

} // namespace

DeviceResource::DeviceResource(SoftOtpEnrollment& enrollment, DeviceRequestVerifier& verifier,
                               DeviceRepository& devices, PushApproval& approval, AuditLog& audit, const Clock& clock)
    : m_enrollment(enrollment), m_verifier(verifier), m_devices(devices), m_approval(approval), m_audit(audit),
      m_clock(clock)
{}

void DeviceResource::addRoutes(Router& router)
{
    // Public for the router: devices authenticate by enrollment token or request signature, not bearer tokens.
    const std::set<Scope> device = {Scope::Public};
    router.add({"POST", "/device/v1/enroll", device, handlerFor(this, &DeviceResource::enroll), false, kBodyLimit});
    router.add({"POST", "/device/v1/verify", device, handlerFor(this, &DeviceResource::verify), false, kBodyLimit});
    router.add({"GET", "/device/v1/sync", device, handlerFor(this, &DeviceResource::sync), false, kBodyLimit});
    router.add(
        {"GET", "/device/v1/challenges", device, handlerFor(this, &DeviceResource::challenges), false, kBodyLimit});
    router.add(
        {"POST", "/device/v1/challenges/{id}", device, handlerFor(this, &DeviceResource::answer), false, kBodyLimit});
    router.add({"POST", "/device/v1/qr-login/{challenge}", device, handlerFor(this, &DeviceResource::answerQrLogin),
                false, kBodyLimit});
}

Result<DeviceRecord> DeviceResource::authenticate(const RestRequest& request)
{
    using Signing = DeviceRequestSignature;
    return m_verifier.verify({.method = request.method,
                              .path = request.path,
                              .body = request.body,
                              .deviceId = header(request, Signing::kDeviceHeader),
                              .timestamp = header(request, Signing::kTimestampHeader),
                              .nonce = header(request, Signing::kNonceHeader),
                              .signature = header(request, Signing::kSignatureHeader)});
}

RestResponse DeviceResource::enroll(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    const auto token = body->text("enrollment_token", true);
    auto binding = bindingOf(*body);
    if (!binding || !token) {
        return Problem::fromError(body->error());
    }
    auto device = m_enrollment.redeem(*token, std::move(*binding), request.sourceIp);
    if (!device) {
        return unauthorized(device.error(), "Castellan-Enrollment");
    }
    Poco::JSON::Object o;
    o.set("device_id", device->id);
    o.set("config", configJson(device->config));
    o.set("server_time", m_clock.nowSeconds());
    return jsonResponse(o, 201);
}

RestResponse DeviceResource::verify(const RestRequest& request)
{
    auto device = authenticate(request);
    if (!device) {
        return refusal(device.error());
    }
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    const auto otp = body->text("otp", true);
    if (!otp) {
        return Problem::fromError(body->error());
    }
    if (auto confirmed = m_enrollment.confirm(*device, *otp, request.sourceIp); !confirmed) {
        return refusal(confirmed.error());
    }
    Poco::JSON::Object o;
    o.set("device_id", device->id);
    o.set("verified", true);
    return jsonResponse(o);
}

RestResponse DeviceResource::sync(const RestRequest& request)
{
    auto device = authenticate(request);
    if (!device) {
        return refusal(device.error());
    }
    const std::int64_t now = m_clock.nowSeconds();
    auto delivered = m_devices.deliver(device->id, now, [&](Poco::Data::Session& s) {
        m_audit.record(s, {.channel = "device",
                           .event = "softotp.config.delivered",
                           .actor = "device:" + std::to_string(device->id),
                           .username = device->username,
                           .result = "success",
                           .reason = "remote configuration delivered",
                           .sourceIp = request.sourceIp});
    });
    if (!delivered) { // removed between the signature check and now
        return refusal(Error::of(ErrorCode::Unauthenticated, DeviceRequestVerifier::kClientMessage,
                                 "device " + std::to_string(device->id) + " removed during sync"));
    }
    Poco::JSON::Object o = configJson(delivered->first);
    o.set("device_id", device->id);
    o.set("verified", device->verified);
    o.set("server_time", now);
    return jsonResponse(o);
}

RestResponse DeviceResource::challenges(const RestRequest& request)
{
    auto device = authenticate(request);
    if (!device) {
        return refusal(device.error());
    }
    Poco::JSON::Array items;
    for (const PushChallenge& c : m_approval.pendingFor(*device)) {
        Poco::JSON::Object o;
        o.set("id", c.id);
        o.set("kind", c.kind);
        o.set("challenge", c.challenge);
        o.set("number_match", !c.numberMatch.empty());
        o.set("context", contextJson(c.context));
        o.set("created_at", Rfc3339::format(c.createdAt));
        o.set("expires_at", Rfc3339::format(c.expiresAt));
        items.add(o);
    }
    Poco::JSON::Object o;
    o.set("items", items);
    return jsonResponse(o);
}

RestResponse DeviceResource::answer(const RestRequest& request)
{
    auto device = authenticate(request);
    if (!device) {
        return refusal(device.error());
    }
    auto id = pathId(request);
    if (!id) {
        return Problem::fromError(Error::of(ErrorCode::NotFound, "No pending challenge with this id"));
    }
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    const auto decision = body->text("decision", true);
    const auto number = body->text("number");
    const auto signature = body->text("signature", true);
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    auto status = m_approval.answer(*device, *id, *decision, number.value_or(""), *signature, request.sourceIp);
    if (!status) {
        return refusal(status.error());
    }
    Poco::JSON::Object o;
    o.set("id", *id);
    o.set("status", status.value());
    return jsonResponse(o);
}

RestResponse DeviceResource::answerQrLogin(const RestRequest& request)
{
    auto device = authenticate(request);
    if (!device) {
        return refusal(device.error());
    }
    const auto challenge = request.pathParams.find("challenge");
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    const auto decision = body->text("decision", true);
    const auto signature = body->text("signature", true);
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    auto status = m_approval.answerQrLogin(*device, challenge == request.pathParams.end() ? "" : challenge->second,
                                           *decision, *signature, request.sourceIp);
    if (!status) {
        return refusal(status.error());
    }
    Poco::JSON::Object o;
    o.set("status", status.value());
    return jsonResponse(o);
}

} // namespace castellan
