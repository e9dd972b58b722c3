#pragma once

#include "core/Result.h"
#include "notify/MailMessage.h"

namespace castellan {

/// Delivers e-mail (SMTP in production, a recorder in tests).
class MailSender
{
public:
    virtual ~MailSender() = default;
    /// Hands `message` to the mail system; fails with Unavailable when it could not (the log detail names the
    /// server and its answer) and InvalidInput when the message itself cannot be sent (a malformed address).
    virtual Result<void> send(const MailMessage& message) = 0;
    /// Whether mail can be sent at all (a server is set up); a sender that cannot says Unavailable on send().
    virtual bool available() { return true; }
};

} // namespace castellan
