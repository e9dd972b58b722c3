#pragma once

#include <string>

namespace castellan {

/// One plain-text e-mail to one recipient, in UTF-8; the sender turns it into a MIME message.
struct MailMessage
{
    std::string to;       ///< the recipient's address (no display name)
    std::string subject;  ///< UTF-8; encoded as RFC 2047 encoded-words when not ASCII
    std::string textBody; ///< UTF-8 text/plain; lines end with "\n" or "\r\n"
};

} // namespace castellan
