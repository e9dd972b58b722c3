#include "radius/RadSecAdmission.h"

#include "radius/ListenAddress.h"

#include <Poco/Logger.h>
#include <Poco/Net/StreamSocket.h>

namespace castellan {

RadSecAdmission::RadSecAdmission(std::function<bool(const std::string&)> isClient, std::size_t perAddress,
                                 std::size_t total)
    : m_isClient(std::move(isClient)), m_limits(perAddress, total)
{}

bool RadSecAdmission::accept(const Poco::Net::StreamSocket& socket)
{
    std::string address;
    try {
        address = peerAddress(socket.peerAddress().host());
        if (!m_isClient(address)) {
            Poco::Logger::get("radius").debug("radsec connection from %s closed: not a RADIUS client", address);
            return false;
        }
    } catch (const std::exception& e) {
        // The client list cannot be read (database down): nobody is let in.
        Poco::Logger::get("radius").warning("radsec connection from %s closed: %s", address, std::string(e.what()));
        return false;
    }
    if (m_limits.admit(address) != ConnectionLimits::Admission::Admitted) {
        Poco::Logger::get("radius").warning("radsec connection from %s closed: connection limit reached", address);
        return false;
    }
    return true;
}

void RadSecAdmission::forget(const std::string& address)
{
    m_limits.release(address);
}

} // namespace castellan
