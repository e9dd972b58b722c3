#pragma once

#include <Poco/Net/SocketAddress.h>

#include <string>

namespace castellan {

/// The socket address to bind for an IPv4 or IPv6 address in text and a port. Unlike Poco::Net::SocketAddress's own
/// parser (1.11), it takes the IPv6 wildcard "::", and it never resolves names. Throws Poco::InvalidArgumentException
/// for anything else.
Poco::Net::SocketAddress listenAddress(const std::string& address, Poco::UInt16 port);

/// A peer's address as text; an IPv4-mapped IPv6 address (a dual-stack socket's view of an IPv4 peer) as the IPv4
/// address it is, so logs, the audit log and client matching see one form.
std::string peerAddress(const Poco::Net::IPAddress& address);

} // namespace castellan
