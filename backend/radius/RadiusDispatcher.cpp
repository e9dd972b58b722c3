#include "radius/RadiusDispatcher.h"

#include "radius/AccessRequestHandler.h"
#include "radius/AccountingHandler.h"
#include "radius/DuplicateCache.h"
#include "radius/RadiusClientRegistry.h"
#include "radius/RadiusCounters.h"
#include "radius/RadiusDictionary.h"
#include "radius/RadiusIntegrity.h"

namespace castellan {
namespace {

bool serves(RadiusService service, std::uint8_t code)
{
    if (code == static_cast<std::uint8_t>(RadiusCode::StatusServer)) {
        return true;
    }
    return service == RadiusService::Authentication ? code == static_cast<std::uint8_t>(RadiusCode::AccessRequest)
                                                    : code == static_cast<std::uint8_t>(RadiusCode::AccountingRequest);
}

std::string where(const RadiusPeer& peer)
{
    return (peer.address.find(':') != std::string::npos ? "[" + peer.address + "]" : peer.address) + ":" +
           std::to_string(peer.port);
}

} // namespace

RadiusDispatcher::RadiusDispatcher(RadiusClientRegistry& clients, AccessRequestHandler& access,
                                   AccountingHandler& accounting, DuplicateCache& duplicates, RadiusCounters& counters)
    : m_clients(clients), m_access(access), m_accounting(accounting), m_duplicates(duplicates), m_counters(counters),
      m_log(Poco::Logger::get("radius")), m_dropLog(m_log)
{}

void RadiusDispatcher::drop(const RadiusPacket* request, const RadiusPeer& peer, const std::string& client,
                            const std::string& reason)
{
    const std::string what =
        request ? radiusCodeName(request->code) + " id " + std::to_string(request->identifier) : "datagram";
    m_dropLog.warn("dropped " + what + " from " + where(peer) + " (" +
                   (client.empty() ? "unknown client" : "client '" + client + "'") + "): " + reason);
}

void RadiusDispatcher::count(std::uint8_t code)
{
    switch (static_cast<RadiusCode>(code)) {
    case RadiusCode::AccessAccept:
        ++m_counters.accepts;
        break;
    case RadiusCode::AccessReject:
        ++m_counters.rejects;
        break;
    case RadiusCode::AccessChallenge:
        ++m_counters.challenges;
        break;
    case RadiusCode::AccountingResponse:
        ++m_counters.accounting;
        break;
    default:
        break;
    }
}

std::optional<std::string> RadiusDispatcher::integrityProblem(std::span<const std::uint8_t> bytes,
                                                              const RadiusPacket& request, const RadiusClient& client,
                                                              RadiusTransport transport)
{
    const std::string secret = transport == RadiusTransport::Tls ? kRadSecSecret : client.secret;
    const bool accounting = request.code == static_cast<std::uint8_t>(RadiusCode::AccountingRequest);
    if (accounting && !RadiusIntegrity::accountingRequestValid(bytes, secret)) {
        ++m_counters.badAuthenticator;
        return "Request Authenticator does not match (wrong shared secret?)";
    }
    switch (RadiusIntegrity::messageAuthenticator(bytes, secret)) {
    case RadiusIntegrity::Check::Valid:
        return std::nullopt;
    case RadiusIntegrity::Check::Invalid:
        ++m_counters.badAuthenticator;
        return "Message-Authenticator does not match (wrong shared secret?)";
    case RadiusIntegrity::Check::Absent:
        break;
    }
    if (request.code == static_cast<std::uint8_t>(RadiusCode::StatusServer)) {
        ++m_counters.missingAuthenticator;
        return "Status-Server without Message-Authenticator (RFC 5997 section 3)";
    }
    if (accounting || transport == RadiusTransport::Tls) {
        return std::nullopt;
    }
    if (request.find(RadiusAttr::ProxyState)) {
        ++m_counters.missingAuthenticator;
        return "Proxy-State without Message-Authenticator (BlastRADIUS, CVE-2024-3596)";
    }
    if (client.requireMessageAuthenticator) {
        ++m_counters.missingAuthenticator;
        return "Message-Authenticator missing; this client must send one";
    }
    return std::nullopt;
}

std::optional<RadiusPacket> RadiusDispatcher::answer(const RadiusPacket& request, const RadiusClient& client,
                                                     const RadiusPeer& peer, RadiusService service,
                                                     RadiusTransport transport, std::string& problem)
{
    if (request.code == static_cast<std::uint8_t>(RadiusCode::StatusServer)) {
        RadiusPacket alive; // RFC 5997 §3: the server is alive; nothing else is said
        alive.code = static_cast<std::uint8_t>(
            service == RadiusService::Authentication ? RadiusCode::AccessAccept : RadiusCode::AccountingResponse);
        alive.identifier = request.identifier;
        return alive;
    }
    if (service == RadiusService::Accounting) {
        return m_accounting.handle(request, client, peer.address);
    }
    const std::string secret = transport == RadiusTransport::Tls ? kRadSecSecret : client.secret;
    AccessRequestHandler::Outcome outcome = m_access.handle(request, client, secret, peer.address);
    if (outcome.malformed) {
        ++m_counters.malformed;
    } else if (!outcome.reply) {
        ++m_counters.shed;
    }
    problem = outcome.note;
    return outcome.reply;
}

std::optional<RadiusClient> RadiusDispatcher::admit(std::span<const std::uint8_t> datagram, const RadiusPeer& peer,
                                                    RadiusService service, RadiusTransport transport,
                                                    std::optional<RadiusPacket>& request)
{
    if (datagram.size() > RadiusPacket::kMaxSize) {
        ++m_counters.malformed;
        drop(nullptr, peer, "", "datagram of " + std::to_string(datagram.size()) + " bytes exceeds 4096");
        return std::nullopt;
    }
    auto decoded = RadiusPacket::decode(datagram);
    if (!decoded) {
        ++m_counters.malformed;
        drop(nullptr, peer, "", "malformed: " + decoded.error().message);
        return std::nullopt;
    }
    request = std::move(decoded.value());
    std::optional<RadiusClient> client = m_clients.find(peer.address);
    if (!client) {
        ++m_counters.unknownClient;
        drop(&*request, peer, "", "no enabled RADIUS client matches this address");
        return std::nullopt;
    }
    m_clients.activity().requestReceived(client->id, m_clients.clock().nowSeconds());
    if (!serves(service, request->code)) {
        ++m_counters.unexpectedCode;
        drop(&*request, peer, client->name, "this port does not serve " + radiusCodeName(request->code));
        return std::nullopt;
    }
    const std::span<const std::uint8_t> bytes = datagram.first((std::size_t(datagram[2]) << 8) | datagram[3]);
    if (auto problem = integrityProblem(bytes, *request, *client, transport)) {
        drop(&*request, peer, client->name, *problem);
        return std::nullopt;
    }
    return client;
}

bool RadiusDispatcher::duplicate(const DuplicateCache::Key& key, const RadiusPacket& request, const RadiusPeer& peer,
                                 std::optional<std::vector<std::uint8_t>>& answer)
{
    DuplicateCache::Lookup seen = m_duplicates.begin(key);
    if (seen.state == DuplicateCache::State::New) {
        return false;
    }
    ++m_counters.duplicates;
    const bool answered = seen.state == DuplicateCache::State::Answered;
    m_log.debug("duplicate %s id %d from %s: %s", radiusCodeName(request.code), int(request.identifier), where(peer),
                std::string(answered ? "answered again from the cache" : "still in progress, ignored"));
    if (answered) {
        answer = std::move(seen.answer);
    }
    return true;
}

std::optional<std::vector<std::uint8_t>> RadiusDispatcher::respond(const RadiusPacket& request,
                                                                   const RadiusClient& client, const RadiusPeer& peer,
                                                                   RadiusService service, RadiusTransport transport)
{
    std::string problem;
    std::optional<RadiusPacket> reply;
    try {
        reply = answer(request, client, peer, service, transport, problem);
    } catch (const std::exception& e) {
        problem = std::string("failed: ") + e.what();
    }
    const std::string secret = transport == RadiusTransport::Tls ? kRadSecSecret : client.secret;
    auto signedReply = reply ? RadiusIntegrity::signResponse(*reply, request, secret)
                             : Result<std::vector<std::uint8_t>>(Error::of(ErrorCode::Internal, problem));
    if (!signedReply) {
        drop(&request, peer, client.name, signedReply.error().message);
        return std::nullopt;
    }
    if (!problem.empty()) {
        m_log.warning("%s id %d from %s (client '%s'): %s", radiusCodeName(request.code), int(request.identifier),
                      where(peer), client.name, problem);
    }
    count(reply->code);
    if (request.code == static_cast<std::uint8_t>(RadiusCode::AccessRequest)) {
        m_clients.activity().answered(client.id, reply->code);
    }
    return std::move(signedReply.value());
}

std::optional<std::vector<std::uint8_t>> RadiusDispatcher::handle(std::span<const std::uint8_t> datagram,
                                                                  const RadiusPeer& peer, RadiusService service,
                                                                  RadiusTransport transport)
{
    ++m_counters.received;
    std::optional<RadiusPacket> request;
    const std::optional<RadiusClient> client = admit(datagram, peer, service, transport, request);
    if (!client) {
        return std::nullopt;
    }
    if (transport == RadiusTransport::Tls) {
        return respond(*request, *client, peer, service, transport); // TCP does not retransmit (RFC 6614 §2.5)
    }
    const DuplicateCache::Key key{peer.address, peer.port, request->identifier, request->authenticator};
    std::optional<std::vector<std::uint8_t>> cached;
    if (duplicate(key, *request, peer, cached)) {
        return cached;
    }
    auto answer = respond(*request, *client, peer, service, transport);
    if (answer) {
        m_duplicates.complete(key, *answer);
    } else {
        m_duplicates.abandon(key); // a retransmission is worked on afresh
    }
    return answer;
}

} // namespace castellan
