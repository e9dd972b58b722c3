#include "radius/RadSecConnection.h"

#include "radius/HandshakeDeadline.h"
#include "radius/ListenAddress.h"
#include "radius/RadSecAdmission.h"
#include "radius/RadiusCounters.h"
#include "radius/RadiusPacket.h"
#include "radius/RadiusWorkers.h"

#include <Poco/Logger.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/X509Certificate.h>

#include <mutex>

namespace castellan {
namespace {

constexpr long kPollMicroseconds = 100'000;
constexpr int kIdleSeconds = 600;
constexpr int kHandshakeReadSeconds = 5;           ///< no read of the handshake may stall longer ...
constexpr std::chrono::seconds kHandshakeTime{10}; ///< ... and the whole handshake must be over by then
constexpr int kFirstPacketSeconds = 10; ///< a connection that sends no packet this long after its handshake ends

std::string peerText(const RadiusPeer& peer)
{
    return (peer.address.find(':') != std::string::npos ? "[" + peer.address + "]" : peer.address) + ":" +
           std::to_string(peer.port);
}

} // namespace

/// The TLS socket shared by the reading thread and the workers writing answers. An OpenSSL connection must not be
/// used by two threads at once, so every TLS call holds the mutex; the reader waits for data without it.
class RadSecLink
{
public:
    explicit RadSecLink(Poco::Net::SecureStreamSocket socket) : m_socket(std::move(socket)) {}

    bool waitReadable()
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_socket.available() > 0) { // bytes OpenSSL has already decrypted
                return true;
            }
        }
        return m_socket.poll(Poco::Timespan(0, kPollMicroseconds), Poco::Net::Socket::SELECT_READ);
    }

    int read(std::uint8_t* into, int size)
    {
        std::lock_guard lock(m_mutex);
        return m_socket.receiveBytes(into, size);
    }

    void write(const std::vector<std::uint8_t>& bytes)
    {
        std::lock_guard lock(m_mutex);
        if (m_closed) {
            return;
        }
        std::size_t sent = 0;
        while (sent < bytes.size()) {
            const int n = m_socket.sendBytes(bytes.data() + sent, static_cast<int>(bytes.size() - sent));
            if (n <= 0) {
                return;
            }
            sent += static_cast<std::size_t>(n);
        }
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        try {
            m_socket.close();
        } catch (const Poco::Exception&) {
        }
    }

private:
    std::mutex m_mutex;
    Poco::Net::SecureStreamSocket m_socket;
    bool m_closed = false;
};

RadSecConnection::RadSecConnection(const Poco::Net::StreamSocket& socket, RadiusDispatcher& dispatcher,
                                   RadiusWorkers& workers, RadiusCounters& counters, const std::atomic<bool>& stopping,
                                   RadSecAdmission& admission)
    : TCPServerConnection(socket), m_dispatcher(dispatcher), m_workers(workers), m_counters(counters),
      m_stopping(stopping), m_admission(admission)
{
    try {
        m_address = peerAddress(socket.peerAddress().host());
    } catch (const Poco::Exception&) {
        // Gone already; RadSecAdmission could not have counted it under an address either.
    }
}

RadSecConnection::~RadSecConnection()
{
    m_admission.forget(m_address);
}

bool RadSecConnection::dispatchFrames(std::vector<std::uint8_t>& buffer, const std::shared_ptr<RadSecLink>& link,
                                      const RadiusPeer& peer)
{
    while (buffer.size() >= 4) {
        const std::size_t length = (std::size_t(buffer[2]) << 8) | buffer[3];
        if (length < RadiusPacket::kHeaderSize || length > RadiusPacket::kMaxSize) {
            ++m_counters.malformed;
            Poco::Logger::get("radius").warning("radsec %s: frame length %z is outside 20-4096; closing",
                                                peerText(peer), length);
            return false;
        }
        if (buffer.size() < length) {
            return true;
        }
        std::vector<std::uint8_t> packet(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(length));
        buffer.erase(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(length));
        const RadiusService service = packet[0] == static_cast<std::uint8_t>(RadiusCode::AccountingRequest)
                                          ? RadiusService::Accounting
                                          : RadiusService::Authentication;
        const bool queued = m_workers.submit([this, link, peer, service, packet = std::move(packet)] {
            if (auto reply = m_dispatcher.handle(packet, peer, service, RadiusTransport::Tls)) {
                link->write(*reply);
            }
        });
        if (!queued) {
            ++m_counters.received;
            ++m_counters.shed;
        }
    }
    return true;
}

void RadSecConnection::run()
{
    Poco::Logger& log = Poco::Logger::get("radius");
    const Poco::Net::SocketAddress from = socket().peerAddress();
    const RadiusPeer peer{peerAddress(from.host()), from.port()};
    std::shared_ptr<RadSecLink> link;
    try {
        Poco::Net::SecureStreamSocket tls(socket());
        tls.setReceiveTimeout(Poco::Timespan(kHandshakeReadSeconds, 0)); // a peer that stalls is let go
        {
            const HandshakeDeadline deadline(tls.impl()->sockfd(), kHandshakeTime);
            tls.completeHandshake();
        }
        const std::string subject = tls.havePeerCertificate() ? tls.peerCertificate().subjectName() : "none";
        log.information("radsec connection from %s, certificate %s", peerText(peer), subject);
        tls.setReceiveTimeout(Poco::Timespan(5, 0));
        link = std::make_shared<RadSecLink>(tls);
    } catch (const Poco::Exception& e) {
        log.warning("radsec connection from %s refused: %s", peerText(peer), e.displayText());
        return;
    }
    std::vector<std::uint8_t> buffer;
    std::vector<std::uint8_t> chunk(RadiusPacket::kMaxSize);
    int idle = 0;
    bool spoken = false; // a peer that completes the handshake and stays silent is let go soon
    try {
        while (!m_stopping && idle * kPollMicroseconds < (spoken ? kIdleSeconds : kFirstPacketSeconds) * 1'000'000L) {
            if (!link->waitReadable()) {
                ++idle;
                continue;
            }
            idle = 0;
            spoken = true;
            const int n = link->read(chunk.data(), static_cast<int>(chunk.size()));
            if (n <= 0) {
                break; // closed by the peer
            }
            buffer.insert(buffer.end(), chunk.begin(), chunk.begin() + n);
            if (!dispatchFrames(buffer, link, peer)) {
                break;
            }
        }
    } catch (const Poco::Exception& e) {
        log.information("radsec connection from %s ended: %s", peerText(peer), e.displayText());
    }
    link->close();
}

} // namespace castellan
