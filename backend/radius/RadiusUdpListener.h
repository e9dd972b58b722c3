#pragma once

#include "radius/RadiusDispatcher.h"

#include <Poco/Net/DatagramSocket.h>

#include <atomic>
#include <string>
#include <thread>

namespace castellan {

class RadiusWorkers;
struct RadiusCounters;

/// One UDP port (authentication or accounting) on one address, IPv4 or IPv6 ("::" takes IPv4 too). Its thread only
/// receives: each datagram is handed to the workers, which answer from the same socket, so a slow database never
/// stops the port from receiving. When the workers are saturated the datagram is shed; the NAS retransmits.
class RadiusUdpListener
{
public:
    RadiusUdpListener(RadiusDispatcher& dispatcher, RadiusWorkers& workers, RadiusCounters& counters,
                      RadiusService service);
    ~RadiusUdpListener();

    /// Binds `address`:`port` (0: a free port) without SO_REUSEADDR, so a second server on the port fails, and
    /// starts receiving. Throws Poco::Net::NetException when the port cannot be bound.
    void start(const std::string& address, int port);
    /// Stops receiving (answers in flight may still be sent). Idempotent.
    void stop();
    /// The bound address, with the actual port.
    Poco::Net::SocketAddress address() const { return m_socket.address(); }

private:
    void run();
    void receiveOne(std::vector<std::uint8_t>& buffer);

    RadiusDispatcher& m_dispatcher;
    RadiusWorkers& m_workers;
    RadiusCounters& m_counters;
    const RadiusService m_service;
    Poco::Net::DatagramSocket m_socket;
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

} // namespace castellan
