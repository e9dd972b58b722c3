#pragma once

#include "http/ConnectionLimits.h"

#include <Poco/Net/TCPServer.h>

#include <functional>
#include <string>

namespace castellan {

/// Decides, in the accepting thread and before any TLS work, whether a TCP connection to the RadSec port may be
/// served (issue 14): only from the address of an enabled RADIUS client (RadSec peers must be one anyway), and at
/// most `perAddress` connections per address and `total` altogether. Everything else is closed at once, so
/// unauthenticated sockets never occupy a connection thread or a handshake.
class RadSecAdmission : public Poco::Net::TCPServerConnectionFilter
{
public:
    /// `isClient` tells whether an address (as RadiusClientRegistry::find takes it) belongs to an enabled client.
    RadSecAdmission(std::function<bool(const std::string& address)> isClient, std::size_t perAddress,
                    std::size_t total);

    bool accept(const Poco::Net::StreamSocket& socket) override;
    /// Forgets a connection accepted from `address` (its connection ended).
    void forget(const std::string& address);

    std::size_t open() const { return m_limits.open(); }

private:
    std::function<bool(const std::string&)> m_isClient;
    ConnectionLimits m_limits;
};

} // namespace castellan
