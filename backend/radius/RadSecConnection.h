#pragma once

#include "radius/RadiusDispatcher.h"

#include <Poco/Net/TCPServerConnection.h>
#include <Poco/Net/TCPServerConnectionFactory.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace castellan {

class RadSecAdmission;
class RadSecLink;
class RadiusWorkers;
struct RadiusCounters;

/// One RadSec (RADIUS over TLS, RFC 6614) connection. The TLS handshake has verified the peer's certificate
/// against the configured CA; the peer's address must also belong to an enabled RADIUS client. Packets are framed
/// by their own Length field (RFC 6614 §2.2); each goes through the same dispatcher as UDP ones, on the workers,
/// and answers are written back as they are ready, possibly out of order. A frame that cannot be a RADIUS packet
/// ends the connection, since the stream cannot be resynchronised (RFC 6614 §2.5).
class RadSecConnection : public Poco::Net::TCPServerConnection
{
public:
    RadSecConnection(const Poco::Net::StreamSocket& socket, RadiusDispatcher& dispatcher, RadiusWorkers& workers,
                     RadiusCounters& counters, const std::atomic<bool>& stopping, RadSecAdmission& admission);
    ~RadSecConnection() override;
    void run() override;

private:
    /// Hands the complete packets at the front of `buffer` to the workers; false when a frame is invalid.
    bool dispatchFrames(std::vector<std::uint8_t>& buffer, const std::shared_ptr<RadSecLink>& link,
                        const RadiusPeer& peer);

    RadiusDispatcher& m_dispatcher;
    RadiusWorkers& m_workers;
    RadiusCounters& m_counters;
    const std::atomic<bool>& m_stopping;
    RadSecAdmission& m_admission;
    std::string m_address; ///< as admitted by RadSecAdmission
};

/// Makes a RadSecConnection for each accepted TLS connection.
class RadSecConnectionFactory : public Poco::Net::TCPServerConnectionFactory
{
public:
    RadSecConnectionFactory(RadiusDispatcher& dispatcher, RadiusWorkers& workers, RadiusCounters& counters,
                            const std::atomic<bool>& stopping, RadSecAdmission& admission)
        : m_dispatcher(dispatcher), m_workers(workers), m_counters(counters), m_stopping(stopping),
          m_admission(admission)
    {}
    Poco::Net::TCPServerConnection* createConnection(const Poco::Net::StreamSocket& socket) override
    {
        return new RadSecConnection(socket, m_dispatcher, m_workers, m_counters, m_stopping, m_admission);
    }

private:
    RadiusDispatcher& m_dispatcher;
    RadiusWorkers& m_workers;
    RadiusCounters& m_counters;
    const std::atomic<bool>& m_stopping;
    RadSecAdmission& m_admission;
};

} // namespace castellan
