#include "DeviceClient.h"

#include "Base64Text.h"
#include "EnrollmentLink.h"
#include "device/DeviceRequestSignature.h"
#include "otp/Totp.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace castellan::client {
namespace {

using Poco::JSON::Object;

std::string jsonText(const Object& object)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(object, out);
    return out.str();
}

Object::Ptr parsed(const DeviceReply& reply)
{
    try {
        return Poco::JSON::Parser().parse(reply.body).extract<Object::Ptr>();
    } catch (const Poco::Exception&) {
        return new Object;
    }
}

/// An unsuccessful answer as an Error with the server's problem text.
Error failure(const DeviceReply& reply)
{
    const Object::Ptr problem = parsed(reply);
    const std::string text = "HTTP " + std::to_string(reply.status) + ": " +
                             problem->optValue<std::string>("detail", problem->optValue<std::string>("title", ""));
    switch (reply.status) {
    case 401:
        return Error::of(ErrorCode::Unauthenticated, text);
    case 404:
        return Error::of(ErrorCode::NotFound, text);
    case 422:
        return Error::of(ErrorCode::InvalidInput, text);
    default:
        return Error::of(ErrorCode::Unavailable, text);
    }
}

AppliedConfiguration configFrom(const Object::Ptr& o)
{
    return {o->optValue<bool>("pin_required", false), o->optValue<bool>("biometric_required", false),
            o->optValue<std::int64_t>("config_version", 0)};
}

} // namespace

DeviceClient::DeviceClient(DeviceState state, TlsTrust trust, const Clock& clock)
    : m_state(std::move(state)), m_trust(std::move(trust)), m_clock(clock),
      m_connection(std::make_unique<DeviceConnection>(m_state.serverUrl, m_trust))
{}

Result<DeviceClient> DeviceClient::enroll(const std::string& qrPayload, const EnrollmentOptions& options,
                                          TlsTrust trust, const Clock& clock)
{
    auto link = EnrollmentLink::parse(qrPayload);
    if (!link) {
        return link.error();
    }
    DeviceState state;
    state.serverUrl = link->serverUrl;
    state.key = DeviceKey::generate();
    state.totp = link->key;
    state.platform = options.platform;
    state.label = options.label;
    DeviceClient client(std::move(state), std::move(trust), clock);

    Object body;
    body.set("enrollment_token", link->token);
    body.set("public_key", base64Encode(client.m_state.key->publicKeyDer()));
    body.set("platform", options.platform);
    if (!options.label.empty()) {
        body.set("label", options.label);
    }
    if (!options.pushToken.empty()) {
        body.set("push_token", options.pushToken);
    }
    const DeviceReply reply = client.m_connection->send("POST", "/device/v1/enroll", jsonText(body), {});
    if (reply.status != 201) {
        return failure(reply);
    }
    const Object::Ptr answer = parsed(reply);
    client.m_state.deviceId = answer->getValue<std::int64_t>("device_id");
    client.m_state.config = configFrom(answer->getObject("config"));
    client.noteServerTime(reply);
    return client;
}

void DeviceClient::noteServerTime(const DeviceReply& reply)
{
    const Object::Ptr answer = parsed(reply);
    if (answer->has("server_time")) {
        m_state.clockOffset = answer->getValue<std::int64_t>("server_time") - m_clock.nowSeconds();
    }
}

std::string DeviceClient::currentCode(int stepOffset) const
{
    const KeyUri& k = m_state.totp;
    return totp(k.secret, serverNow() + static_cast<std::int64_t>(stepOffset) * k.period, k.digits, k.algorithm,
                k.period);
}

SignedCall DeviceClient::sign(const std::string& method, const std::string& path, const std::string& body) const
{
    using Signing = DeviceRequestSignature;
    const std::int64_t timestamp = serverNow();
    const std::string nonce = Signing::newNonce();
    const std::string canonical = Signing::canonical(method, path, timestamp, nonce, body);
    SignedCall call{method, path, body, {}};
    call.headers[std::string(Signing::kDeviceHeader)] = std::to_string(m_state.deviceId);
    call.headers[std::string(Signing::kTimestampHeader)] = std::to_string(timestamp);
    call.headers[std::string(Signing::kNonceHeader)] = nonce;
    call.headers[std::string(Signing::kSignatureHeader)] = base64Encode(m_state.key->sign(canonical));
    return call;
}

DeviceReply DeviceClient::send(const SignedCall& call)
{
    return m_connection->send(call.method, call.path, call.body, call.headers);
}

Result<void> DeviceClient::verify(const std::string& code)
{
    Object body;
    body.set("otp", code.empty() ? currentCode() : code);
    const DeviceReply reply = send(sign("POST", "/device/v1/verify", jsonText(body)));
    if (reply.status != 200) {
        return failure(reply);
    }
    m_state.verified = true;
    return {};
}

Result<AppliedConfiguration> DeviceClient::sync()
{
    const DeviceReply reply = send(sign("GET", "/device/v1/sync"));
    if (reply.status != 200) {
        return failure(reply);
    }
    const Object::Ptr answer = parsed(reply);
    // Applying the configuration is storing it: the app's lock screen reads pin_required and biometric_required.
    m_state.config = configFrom(answer);
    m_state.verified = answer->optValue<bool>("verified", m_state.verified);
    noteServerTime(reply);
    return m_state.config;
}

Result<std::vector<Challenge>> DeviceClient::challenges()
{
    const DeviceReply reply = send(sign("GET", "/device/v1/challenges"));
    if (reply.status != 200) {
        return failure(reply);
    }
    std::vector<Challenge> found;
    const Poco::JSON::Array::Ptr items = parsed(reply)->getArray("items");
    for (size_t i = 0; items && i < items->size(); ++i) {
        const Object::Ptr item = items->getObject(static_cast<unsigned>(i));
        Challenge c;
        c.id = item->getValue<std::int64_t>("id");
        c.kind = item->getValue<std::string>("kind");
        c.challenge = item->getValue<std::string>("challenge");
        c.numberMatch = item->optValue<bool>("number_match", false);
        std::ostringstream context;
        Poco::JSON::Stringifier::stringify(item->get("context"), context);
        c.context = context.str();
        found.push_back(std::move(c));
    }
    return found;
}

std::string DeviceClient::answerSignature(const std::string& challenge, const std::string& decision,
                                          const std::string& number) const
{
    return base64Encode(m_state.key->sign(DeviceRequestSignature::challengeAnswer(challenge, decision, number)));
}

Result<std::string> DeviceClient::answer(const Challenge& challenge, const std::string& decision,
                                         const std::string& number)
{
    Object body;
    body.set("decision", decision);
    if (!number.empty()) {
        body.set("number", number);
    }
    body.set("signature", answerSignature(challenge.challenge, decision, number));
    const DeviceReply reply =
        send(sign("POST", "/device/v1/challenges/" + std::to_string(challenge.id), jsonText(body)));
    if (reply.status != 200) {
        return failure(reply);
    }
    return parsed(reply)->getValue<std::string>("status");
}

Result<std::string> DeviceClient::answerQrLogin(const std::string& qrUri, const std::string& decision)
{
    const std::string prefix = "castellan://qr-login?challenge=";
    if (qrUri.rfind(prefix, 0) != 0) {
        return Error::of(ErrorCode::InvalidInput, "not a Castellan QR login code: " + qrUri);
    }
    const std::string challenge = qrUri.substr(prefix.size(), qrUri.find('&') - prefix.size());
    Object body;
    body.set("decision", decision);
    body.set("signature", answerSignature(challenge, decision, ""));
    const DeviceReply reply = send(sign("POST", "/device/v1/qr-login/" + challenge, jsonText(body)));
    if (reply.status != 200) {
        return failure(reply);
    }
    return parsed(reply)->getValue<std::string>("status");
}

} // namespace castellan::client
