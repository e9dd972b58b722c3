#include "radius/RadiusUdpListener.h"

#include "radius/ListenAddress.h"
#include "radius/RadiusCounters.h"
#include "radius/RadiusPacket.h"
#include "radius/RadiusWorkers.h"

#include <Poco/Logger.h>
#include <Poco/Net/NetException.h>

namespace castellan {
namespace {

constexpr long kPollMicroseconds = 200'000;

} // namespace

RadiusUdpListener::RadiusUdpListener(RadiusDispatcher& dispatcher, RadiusWorkers& workers, RadiusCounters& counters,
                                     RadiusService service)
    : m_dispatcher(dispatcher), m_workers(workers), m_counters(counters), m_service(service)
{}

RadiusUdpListener::~RadiusUdpListener()
{
    stop();
}

void RadiusUdpListener::start(const std::string& address, int port)
{
    const Poco::Net::SocketAddress where = listenAddress(address, static_cast<Poco::UInt16>(port));
    m_socket = Poco::Net::DatagramSocket(where.family());
    if (where.family() == Poco::Net::SocketAddress::IPv6) {
        m_socket.impl()->bind6(where, false, false, false); // dual stack: "::" receives IPv4 as well
    } else {
        m_socket.bind(where, false, false);
    }
    m_socket.setReceiveBufferSize(1 << 20);
    m_thread = std::thread([this] { run(); });
}

void RadiusUdpListener::stop()
{
    m_stopping = true;
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void RadiusUdpListener::run()
{
    // One byte more than the largest packet, so an oversize datagram is seen as such instead of truncated.
    std::vector<std::uint8_t> buffer(RadiusPacket::kMaxSize + 1);
    while (!m_stopping) {
        try {
            if (m_socket.poll(Poco::Timespan(0, kPollMicroseconds), Poco::Net::Socket::SELECT_READ)) {
                receiveOne(buffer);
            }
        } catch (const Poco::Exception& e) {
            Poco::Logger::get("radius").warning("receive failed on %s: %s", m_socket.address().toString(),
                                                e.displayText());
        }
    }
}

void RadiusUdpListener::receiveOne(std::vector<std::uint8_t>& buffer)
{
    Poco::Net::SocketAddress sender;
    const int size = m_socket.receiveFrom(buffer.data(), static_cast<int>(buffer.size()), sender);
    if (size < 0) {
        return;
    }
    std::vector<std::uint8_t> datagram(buffer.begin(), buffer.begin() + size);
    const bool queued = m_workers.submit([this, sender, datagram = std::move(datagram)] {
        const RadiusPeer peer{peerAddress(sender.host()), sender.port()};
        if (auto reply = m_dispatcher.handle(datagram, peer, m_service, RadiusTransport::Udp)) {
            m_socket.sendTo(reply->data(), static_cast<int>(reply->size()), sender);
        }
    });
    if (!queued) {
        ++m_counters.received;
        ++m_counters.shed;
    }
}

} // namespace castellan
