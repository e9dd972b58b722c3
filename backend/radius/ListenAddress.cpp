#include "radius/ListenAddress.h"

#include <Poco/Exception.h>

#include <arpa/inet.h>

namespace castellan {

Poco::Net::SocketAddress listenAddress(const std::string& address, Poco::UInt16 port)
{
    in_addr v4{};
    if (inet_pton(AF_INET, address.c_str(), &v4) == 1) {
        return Poco::Net::SocketAddress(Poco::Net::IPAddress(&v4, sizeof v4), port);
    }
    in6_addr v6{};
    if (inet_pton(AF_INET6, address.c_str(), &v6) == 1) {
        return Poco::Net::SocketAddress(Poco::Net::IPAddress(&v6, sizeof v6), port);
    }
    throw Poco::InvalidArgumentException("not an IPv4 or IPv6 address", address);
}

std::string peerAddress(const Poco::Net::IPAddress& address)
{
    if (address.family() == Poco::Net::IPAddress::IPv6 && address.isIPv4Mapped()) {
        const auto* bytes = static_cast<const unsigned char*>(address.addr());
        return Poco::Net::IPAddress(bytes + 12, 4).toString();
    }
    return address.toString();
}

} // namespace castellan
