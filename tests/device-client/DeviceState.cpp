#include "DeviceState.h"

#include "Base64Text.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace castellan::client {
namespace {

Error stateError(const std::string& message)
{
    return Error::of(ErrorCode::InvalidInput, message);
}

} // namespace

std::string DeviceState::toJson() const
{
    Poco::JSON::Object o;
    o.set("server_url", serverUrl);
    o.set("device_id", deviceId);
    o.set("private_key", key ? base64Encode(key->privateKeyDer()) : std::string());
    o.set("otpauth_uri", totp.toString());
    o.set("platform", platform);
    o.set("label", label);
    o.set("pin_required", config.pinRequired);
    o.set("biometric_required", config.biometricRequired);
    o.set("config_version", config.version);
    o.set("verified", verified);
    o.set("clock_offset", clockOffset);
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(o, out, 2);
    return out.str() + "\n";
}

Result<DeviceState> DeviceState::fromJson(const std::string& text)
{
    try {
        auto o = Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
        DeviceState state;
        state.serverUrl = o->getValue<std::string>("server_url");
        state.deviceId = o->getValue<std::int64_t>("device_id");
        const auto der = base64Decode(o->getValue<std::string>("private_key"));
        auto key = der ? DeviceKey::fromPrivateKeyDer(*der) : Result<DeviceKey>(stateError("no private key"));
        if (!key) {
            return stateError("the state file holds no usable P-256 private key");
        }
        state.key = key.value();
        auto totp = KeyUri::parse(o->getValue<std::string>("otpauth_uri"));
        if (!totp) {
            return stateError("the state file's otpauth_uri is invalid");
        }
        state.totp = totp.value();
        state.platform = o->optValue<std::string>("platform", "");
        state.label = o->optValue<std::string>("label", "");
        state.config.pinRequired = o->optValue<bool>("pin_required", false);
        state.config.biometricRequired = o->optValue<bool>("biometric_required", false);
        state.config.version = o->optValue<std::int64_t>("config_version", 0);
        state.verified = o->optValue<bool>("verified", false);
        state.clockOffset = o->optValue<std::int64_t>("clock_offset", 0);
        return state;
    } catch (const Poco::Exception& e) {
        return stateError("the state file is not valid: " + e.displayText());
    }
}

Result<void> DeviceState::save(const std::string& path) const
{
    const std::string temporary = path + ".tmp";
    const mode_t previous = ::umask(077);
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << toJson();
        if (!out.flush()) {
            ::umask(previous);
            return Error::of(ErrorCode::Unavailable, "cannot write " + temporary);
        }
    }
    ::umask(previous);
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        return Error::of(ErrorCode::Unavailable, "cannot replace " + path);
    }
    return {};
}

Result<DeviceState> DeviceState::load(const std::string& path)
{
    std::ifstream in(path);
    if (!in) {
        return Error::of(ErrorCode::NotFound, "cannot read " + path);
    }
    std::ostringstream text;
    text << in.rdbuf();
    return fromJson(text.str());
}

} // namespace castellan::client
