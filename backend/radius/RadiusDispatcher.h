#pragma once

#include "radius/DuplicateCache.h"
#include "radius/RadiusClientRegistry.h"
#include "radius/RadiusDropLog.h"
#include "radius/RadiusPacket.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace castellan {

class AccessRequestHandler;
class AccountingHandler;
struct RadiusCounters;

/// Which port a packet arrived on.
enum class RadiusService
{
    Authentication, ///< Access-Request, Status-Server (RFC 2865, RFC 5997)
    Accounting,     ///< Accounting-Request, Status-Server (RFC 2866, RFC 5997)
};

/// How it arrived: UDP with the client's shared secret, or TLS (RadSec, RFC 6614) where the secret is "radsec"
/// and the connection itself is authenticated and integrity-protected.
enum class RadiusTransport
{
    Udp,
    Tls,
};

struct RadiusPeer
{
    std::string address;
    std::uint16_t port = 0;
};

/// The one path every RADIUS packet takes, whatever listener received it: size and format checks, the client of
/// the source address, its authenticators, duplicate detection (UDP), the handler for its code, and the signed
/// answer. Whatever is dropped is counted and logged with the reason and the source, never answered:
/// - malformed datagrams, packets over 4096 bytes and codes the port does not serve;
/// - packets from addresses no enabled client matches;
/// - a wrong Message-Authenticator or Accounting Request Authenticator (wrong shared secret);
/// - an Access-Request over UDP without Message-Authenticator when the client requires one, and always when it
///   carries Proxy-State (BlastRADIUS, CVE-2024-3596); a Status-Server without one (RFC 5997 §3). Accounting
///   requests are signed by their Request Authenticator, and TLS protects RadSec, so neither needs one.
/// Every answer carries Message-Authenticator as its first attribute.
class RadiusDispatcher
{
public:
    static constexpr const char* kRadSecSecret = "radsec";

    RadiusDispatcher(RadiusClientRegistry& clients, AccessRequestHandler& access, AccountingHandler& accounting,
                     DuplicateCache& duplicates, RadiusCounters& counters);

    /// The answer to one datagram or framed packet, or nothing when it is dropped.
    std::optional<std::vector<std::uint8_t>> handle(std::span<const std::uint8_t> datagram, const RadiusPeer& peer,
                                                    RadiusService service, RadiusTransport transport);

private:
    /// The client of a packet that passes every check before its handler (format, source, code, authenticators);
    /// nothing when it is dropped. `request` receives the decoded packet.
    std::optional<RadiusClient> admit(std::span<const std::uint8_t> datagram, const RadiusPeer& peer,
                                      RadiusService service, RadiusTransport transport,
                                      std::optional<RadiusPacket>& request);
    /// True when `key` was seen before; `answer` then holds the cached answer, if there is one yet.
    bool duplicate(const DuplicateCache::Key& key, const RadiusPacket& request, const RadiusPeer& peer,
                   std::optional<std::vector<std::uint8_t>>& answer);
    /// The signed answer to an admitted request, or nothing (dropped and logged).
    std::optional<std::vector<std::uint8_t>> respond(const RadiusPacket& request, const RadiusClient& client,
                                                     const RadiusPeer& peer, RadiusService service,
                                                     RadiusTransport transport);
    /// Why a request from `client` fails its integrity checks, or nothing when it passes.
    std::optional<std::string> integrityProblem(std::span<const std::uint8_t> bytes, const RadiusPacket& request,
                                                const RadiusClient& client, RadiusTransport transport);
    /// The unsigned answer, or nothing (dropped, with `problem` saying why).
    std::optional<RadiusPacket> answer(const RadiusPacket& request, const RadiusClient& client, const RadiusPeer& peer,
                                       RadiusService service, RadiusTransport transport, std::string& problem);
    void drop(const RadiusPacket* request, const RadiusPeer& peer, const std::string& client,
              const std::string& reason);
    void count(std::uint8_t code);

    RadiusClientRegistry& m_clients;
    AccessRequestHandler& m_access;
    AccountingHandler& m_accounting;
    DuplicateCache& m_duplicates;
    RadiusCounters& m_counters;
    Poco::Logger& m_log;
    RadiusDropLog m_dropLog;
};

} // namespace castellan
