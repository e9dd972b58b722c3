#pragma once

#include "notify/SyslogConnection.h"
#include "notify/SyslogSettings.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/DatagramSocket.h>
#include <Poco/Net/StreamSocket.h>

#include <optional>

namespace castellan {

/// A connection to the syslog receiver over Poco::Net sockets: UDP (RFC 5426, one message per datagram), TCP
/// (RFC 6587 octet counting) or TLS (RFC 5425; Poco NetSSL over OpenSSL, the receiver's certificate chain and host
/// name verified by TlsClientContext, an optional client certificate).
class SyslogSocket : public SyslogConnection
{
public:
    /// Connects (and for TLS completes the handshake); throws Poco::Exception when it cannot.
    explicit SyslogSocket(const SyslogSettings& settings);

    void send(const std::string& message) override;
    bool peerClosed() override;

private:
    SyslogSettings::Transport m_transport;
    std::optional<Poco::Net::DatagramSocket> m_datagram;
    std::optional<Poco::Net::StreamSocket> m_stream;
};

} // namespace castellan
