#pragma once

#include <string>

namespace castellan {

/// An open path to the syslog receiver (the sender thread's only I/O, so a test can stand in for it).
class SyslogConnection
{
public:
    virtual ~SyslogConnection() = default;
    /// Sends one RFC 5424 message, framed as the transport needs; throws Poco::Exception when it cannot.
    virtual void send(const std::string& message) = 0;
    /// True when the receiver has closed the connection (checked before each send, so a message is not written
    /// into a connection that is already gone).
    virtual bool peerClosed() = 0;
};

} // namespace castellan
