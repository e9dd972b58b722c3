#pragma once

#include <Poco/Net/Context.h>

#include <string>

namespace castellan {

/// TLS for the server's outgoing connections (SMTP STARTTLS, HTTPS SMS gateways): TLS 1.2 or later, the
/// peer's certificate chain verified against the system CAs plus an optional CA file, and its host name
/// checked, loopback included (Poco's "strict" mode).
class TlsClientContext
{
public:
    /// A new client context trusting the system CAs and, when not empty, the PEM certificates in `caFile`.
    /// When `certFile` and `keyFile` are given, the context presents that client certificate (mutual TLS).
    /// Throws Poco::Net::SSLException when a file cannot be loaded.
    static Poco::Net::Context::Ptr create(const std::string& caFile, const std::string& certFile = {},
                                          const std::string& keyFile = {});
};

} // namespace castellan
