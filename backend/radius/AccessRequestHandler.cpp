#include "radius/AccessRequestHandler.h"

#include "radius/RadiusClientRegistry.h"
#include "radius/RadiusDictionary.h"
#include "radius/RadiusProfiles.h"
#include "radius/RadiusReplyAttributes.h"
#include "radius/RadiusValue.h"
#include "radius/UserPassword.h"
#include "validation/Ipv4Address.h"

namespace castellan {
namespace {

constexpr std::size_t kMaxSourceKey = 64;

RadiusPacket answer(const RadiusPacket& request, RadiusCode code, const std::string& message)
{
    RadiusPacket reply;
    reply.code = static_cast<std::uint8_t>(code);
    reply.identifier = request.identifier;
    if (!message.empty()) {
        reply.addText(RadiusAttr::ReplyMessage, message.substr(0, RadiusPacket::kMaxValueSize));
    }
    return reply;
}

/// Proxy-State is returned unchanged and in order (RFC 2865 §5.33).
void copyProxyState(const RadiusPacket& request, RadiusPacket& reply)
{
    for (const RadiusAttribute& a : request.attributes) {
        if (a.type == RadiusAttr::ProxyState) {
            reply.attributes.push_back(a);
        }
    }
}

bool hasAttribute(const std::vector<RadiusAttribute>& attributes, std::uint8_t type)
{
    for (const RadiusAttribute& a : attributes) {
        if (a.type == type) {
            return true;
        }
    }
    return false;
}

} // namespace

AccessRequestHandler::AccessRequestHandler(Authenticate authenticate, RadiusProfiles& profiles)
    : m_authenticate(std::move(authenticate)), m_profiles(profiles)
{}

AccessRequestHandler::Outcome AccessRequestHandler::handle(const RadiusPacket& request, const RadiusClient& client,
                                                           std::string_view secret, const std::string& sourceAddress)
{
    Outcome outcome;
    std::optional<std::string> password;
    if (const RadiusAttribute* hidden = request.find(RadiusAttr::UserPassword)) {
        auto plain = UserPassword::unhide(hidden->value, secret, request.authenticator);
        if (!plain) {
            outcome.malformed = true;
            outcome.note = plain.error().message;
            return outcome;
        }
        password = std::move(plain.value());
    }
    const std::optional<std::string> username = request.text(RadiusAttr::UserName);
    if (!username || username->empty() || (!password && request.find(RadiusAttr::ChapPassword))) {
        outcome.note = !username || username->empty() ? "no User-Name" : "CHAP is not supported (PAP only)";
        RadiusPacket reply = answer(request, RadiusCode::AccessReject, AuthEngine::kRejectMessage);
        copyProxyState(request, reply);
        outcome.reply = std::move(reply);
        return outcome;
    }
    const std::optional<RadiusProfile> profile = m_profiles.forClient(client.application);
    auto decision = m_authenticate(makeRequest(request, client, password, profile, sourceAddress));
    if (!decision) {
        if (decision.error().code == ErrorCode::RateLimited) {
            outcome.note = "password checks saturated; the NAS will retransmit";
            return outcome;
        }
        outcome.note = "refused: " + decision.error().message +
                       (decision.error().fields.empty() ? "" : " (" + decision.error().fields[0].message + ")");
        AuthDecision refused;
        refused.message = AuthEngine::kRejectMessage;
        decision = refused;
    }
    outcome.reply = reply(request, decision.value(), profile, outcome.note);
    return outcome;
}

AuthRequest AccessRequestHandler::makeRequest(const RadiusPacket& request, const RadiusClient& client,
                                              const std::optional<std::string>& password,
                                              const std::optional<RadiusProfile>& profile,
                                              const std::string& sourceAddress)
{
    AuthRequest auth;
    auth.channel = "radius";
    auth.client = client.name;
    auth.username = *request.text(RadiusAttr::UserName);
    auth.application = client.application;
    auth.applicationType = "radius";
    // The user's own address (VPN) or MAC (Wi-Fi) when the NAS says it, so a source throttle and the audit log
    // concern the user's machine, not the NAS every user comes through.
    const std::string station = request.text(RadiusAttr::CallingStationId).value_or("");
    auth.sourceIp = !station.empty() && station.size() <= kMaxSourceKey ? station : sourceAddress;
    if (const RadiusAttribute* state = request.find(RadiusAttr::State)) {
        auth.transactionId = std::string(state->value.begin(), state->value.end());
        if (password && !password->empty()) {
            auth.otp = password;
        }
        return auth;
    }
    if (profile && !profile->passwordRequired) {
        auth.otp = password; // the code alone: the NAS checked the password against its directory
        return auth;
    }
    const std::size_t digits = profile && profile->secondFactorRequired ? std::size_t(profile->appendedOtpLength) : 0;
    if (password && digits > 0 && password->size() > digits) {
        auth.password = password->substr(0, password->size() - digits);
        auth.otp = password->substr(password->size() - digits);
        return auth;
    }
    auth.password = password;
    return auth;
}

RadiusPacket AccessRequestHandler::reply(const RadiusPacket& request, const AuthDecision& decision,
                                         const std::optional<RadiusProfile>& profile, std::string& note)
{
    RadiusPacket out;
    switch (decision.result) {
    case AuthDecision::Result::Reject:
        out = answer(request, RadiusCode::AccessReject, decision.message);
        break;
    case AuthDecision::Result::Challenge:
        out = answer(request, RadiusCode::AccessChallenge, decision.message);
        out.addText(RadiusAttr::State, decision.transactionId);
        break;
    case AuthDecision::Result::Accept: {
        out = answer(request, RadiusCode::AccessAccept, decision.message);
        std::vector<std::string> problems;
        std::vector<RadiusAttribute> mapped = RadiusReplyAttributes::build(
            profile ? profile->replyAttributes : std::vector<RadiusReplyAttribute>{}, decision.subject, problems);
        const auto framedIp = decision.attributes.find("framed_ip");
        if (framedIp != decision.attributes.end() && !hasAttribute(mapped, RadiusAttr::FramedIpAddress)) {
            if (auto octets = Ipv4Address::parse(framedIp->second)) {
                out.add(RadiusAttr::FramedIpAddress, *octets);
            }
        }
        out.attributes.insert(out.attributes.end(), mapped.begin(), mapped.end());
        for (const std::string& p : problems) {
            note += (note.empty() ? "" : "; ") + std::string("reply attribute left out: ") + p;
        }
        break;
    }
    }
    copyProxyState(request, out);
    return out;
}

} // namespace castellan
