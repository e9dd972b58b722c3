#pragma once

#include "core/Result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace castellan {

/// Where the audit log is forwarded as RFC 5424 syslog messages (keys syslog.*, README "SIEM / syslog").
struct SyslogSettings
{
    enum class Transport
    {
        Udp, ///< RFC 5426: one message per datagram
        Tcp, ///< RFC 6587 §3.4.1: octet-counting framing
        Tls  ///< RFC 5425: octet-counting framing over TLS, server certificate and host name verified
    };

    std::string host; ///< empty: nothing is forwarded
    int port = 514;   ///< 514 for UDP and TCP, 6514 for TLS unless given
    Transport transport = Transport::Udp;
    std::string caFile;   ///< syslog.tls.ca: CA (PEM) the receiver's certificate chains to, beside the system CAs
    std::string certFile; ///< syslog.tls.cert / syslog.tls.key: optional client certificate for mutual TLS
    std::string keyFile;
    std::string appName = "castellan"; ///< APP-NAME of every message
    int facility = 13;                 ///< RFC 5424 §6.2.1 facility number; 13 = log audit
    std::size_t queueLimit = 10000;    ///< messages waiting for the sender; more are dropped and counted
    int connectTimeoutSeconds = 5;

    bool enabled() const { return !host.empty(); }

    /// The facility number of `name`: a number from 0 to 23, or a name such as "auth", "authpriv", "audit", "local0".
    static Result<int> parseFacility(std::string_view name);
    /// The transport of `name` (udp, tcp, tls; lower case).
    static Result<Transport> parseTransport(std::string_view name);
};

} // namespace castellan
