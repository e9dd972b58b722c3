// libFuzzer harness for the RADIUS decoder and everything that reads what a datagram holds: packet decoding and
// re-encoding, attribute text (vendor attributes included), User-Password unhiding, the authenticators, and the
// Access-Request mapping. Any input must be refused cleanly or survive a round trip; a broken invariant aborts.
// Built as a libFuzzer binary with -DCASTELLAN_FUZZ=ON (clang); FuzzReplay.cpp runs the same entry point in the
// normal test suite.
#include "radius/AccessRequestHandler.h"
#include "radius/RadiusAttributeText.h"
#include "radius/RadiusClientRegistry.h"
#include "radius/RadiusDictionary.h"
#include "radius/RadiusIntegrity.h"
#include "radius/RadiusPacket.h"
#include "radius/RadiusProfiles.h"
#include "radius/SourceNetwork.h"
#include "radius/UserPassword.h"

#include <cstdlib>
#include <cstring>
#include <span>

using namespace castellan;

namespace {

void require(bool invariant)
{
    if (!invariant) {
        std::abort();
    }
}

/// Decoded packets must encode back to the bytes they came from (up to Length) and show as parseable text.
void roundTrip(std::span<const std::uint8_t> bytes, const RadiusPacket& packet)
{
    const auto encoded = packet.encode();
    require(encoded.ok());
    const std::size_t length = (std::size_t(bytes[2]) << 8) | bytes[3];
    require(encoded->size() == length && std::memcmp(encoded->data(), bytes.data(), length) == 0);
    const std::string text = RadiusAttributeText::format(packet.attributes);
    (void)RadiusAttributeText::parse(text);
}

void authenticators(std::span<const std::uint8_t> bytes, const RadiusPacket& packet)
{
    const std::size_t length = (std::size_t(bytes[2]) << 8) | bytes[3];
    const auto exact = bytes.first(length);
    (void)RadiusIntegrity::messageAuthenticator(exact, "fuzz-secret");
    (void)RadiusIntegrity::accountingRequestValid(exact, "fuzz-secret");
    (void)RadiusIntegrity::responseValid(exact, packet, "fuzz-secret");
    if (const RadiusAttribute* password = packet.find(RadiusAttr::UserPassword)) {
        (void)UserPassword::unhide(password->value, "fuzz-secret", packet.authenticator);
    }
    const auto signedAnswer = RadiusIntegrity::signResponse(packet, packet, "fuzz-secret");
    if (signedAnswer) {
        require(RadiusIntegrity::responseValid(*signedAnswer, packet, "fuzz-secret"));
    }
}

/// The Access-Request mapping, with an engine that accepts everyone and a profile with reply attributes.
void accessRequest(const RadiusPacket& packet)
{
    static RadiusProfiles profiles([] {
        return std::vector<RadiusProfile>{
            {"fuzz", true, true, 6, {{"Class", "grp-{username}"}, {"Framed-IP-Address", "{framed_ip}"}}}};
    });
    static AccessRequestHandler handler(
        [](const AuthRequest& request) -> Result<AuthDecision> {
            AuthDecision decision;
            decision.result = request.transactionId ? AuthDecision::Result::Accept : AuthDecision::Result::Challenge;
            decision.transactionId = "ctx_fuzz";
            decision.subject = {{"username", request.username}, {"framed_ip", "10.0.0.1"}};
            decision.attributes["framed_ip"] = request.username;
            return decision;
        },
        profiles);
    static const RadiusClient client{1, "fuzz", *SourceNetwork::parse("192.0.2.0/24"), "fuzz-secret", true, ""};
    const auto outcome = handler.handle(packet, client, "fuzz-secret", "192.0.2.1");
    if (outcome.reply) {
        require(outcome.reply->encode().ok());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::span<const std::uint8_t> bytes(data, size);
    const auto packet = RadiusPacket::decode(bytes);
    if (packet) {
        roundTrip(bytes, *packet);
        authenticators(bytes, *packet);
        accessRequest(*packet);
    }
    // The same bytes as administrator text: attribute lists and client sources.
    const std::string text(reinterpret_cast<const char*>(data), size);
    (void)RadiusAttributeText::parse(text);
    (void)SourceNetwork::parse(text);
    return 0;
}
