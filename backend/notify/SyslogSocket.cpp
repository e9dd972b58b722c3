#include "notify/SyslogSocket.h"

#include "notify/SyslogMessage.h"
#include "notify/TlsClientContext.h"

#include <Poco/Net/NetException.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <cerrno>
#include <sys/socket.h>

namespace castellan {

SyslogSocket::SyslogSocket(const SyslogSettings& settings) : m_transport(settings.transport)
{
    const Poco::Net::SocketAddress address(settings.host, static_cast<Poco::UInt16>(settings.port));
    const Poco::Timespan timeout(settings.connectTimeoutSeconds, 0);
    if (m_transport == SyslogSettings::Transport::Udp) {
        m_datagram.emplace(address.family());
        m_datagram->connect(address);
        return;
    }
    if (m_transport == SyslogSettings::Transport::Tcp) {
        m_stream.emplace();
        m_stream->connect(address, timeout);
    } else {
        const Poco::Net::Context::Ptr context =
            TlsClientContext::create(settings.caFile, settings.certFile, settings.keyFile);
        // The host name as configured is what the certificate must name (RFC 5425 §5.2).
        Poco::Net::SecureStreamSocket secure(context);
        secure.setPeerHostName(settings.host);
        secure.connect(address, timeout);
        m_stream.emplace(secure);
    }
    // A receiver that stops reading must not hold the sender thread for long: the send fails and it reconnects.
    m_stream->setSendTimeout(Poco::Timespan(10, 0));
    m_stream->setNoDelay(true);
}

void SyslogSocket::send(const std::string& message)
{
    if (m_datagram) {
        m_datagram->sendBytes(message.data(), static_cast<int>(message.size()));
        return;
    }
    const std::string frame = SyslogMessage::octetCounted(message);
    std::size_t sent = 0;
    while (sent < frame.size()) {
        const int n = m_stream->sendBytes(frame.data() + sent, static_cast<int>(frame.size() - sent));
        if (n <= 0) {
            throw Poco::Net::ConnectionResetException("syslog receiver closed the connection");
        }
        sent += static_cast<std::size_t>(n);
    }
}

bool SyslogSocket::peerClosed()
{
    if (!m_stream) {
        return false;
    }
    // A receiver never sends application data (RFC 5425 §4.3, RFC 6587): end of stream on the raw socket means it
    // closed. Peeked without consuming, so TLS records (session tickets, close_notify) stay for OpenSSL.
    char byte = 0;
    const ssize_t n = ::recv(m_stream->impl()->sockfd(), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
}

} // namespace castellan
