#pragma once

#include "core/Result.h"

#include <string>

namespace castellan {

/// Sends text messages to phones (an HTTP gateway in production, a recorder in tests).
class SmsGateway
{
public:
    virtual ~SmsGateway() = default;
    /// Sends `text` to `e164Phone` ("+905551234567"); fails with Unavailable when the gateway did not accept
    /// it (the log detail says what the gateway answered).
    virtual Result<void> send(const std::string& e164Phone, const std::string& text) = 0;
    /// Whether text messages can be sent at all (a gateway is set up).
    virtual bool available() { return true; }
};

} // namespace castellan
