#pragma once

#include "notify/MailSender.h"
#include "notify/SmtpSettings.h"

#include <Poco/Net/Context.h>

namespace castellan {

/// Submits mail to an SMTP server (RFC 5321) with Poco's SMTP client: STARTTLS (RFC 3207) before anything
/// else unless it is switched off, then AUTH PLAIN or LOGIN (RFC 4954) when a user is configured.
/// Credentials never travel in clear text unless smtp.starttls is false. Subjects outside ASCII are
/// RFC 2047 encoded-words; bodies are UTF-8 text/plain in quoted-printable (RFC 2045 §6.7).
/// One connection per message: codes are sent rarely and must not wait behind a stale connection.
class SmtpMailSender final : public MailSender
{
public:
    /// Throws Poco::Net::SSLException when settings.caFile cannot be loaded.
    explicit SmtpMailSender(SmtpSettings settings);

    Result<void> send(const MailMessage& message) override;

private:
    Result<void> deliver(const MailMessage& message);

    SmtpSettings m_settings;
    Poco::Net::Context::Ptr m_tls;
};

} // namespace castellan
