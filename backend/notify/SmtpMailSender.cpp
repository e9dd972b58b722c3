#include "notify/SmtpMailSender.h"

#include "crypto/Random.h"
#include "notify/EncodedWord.h"
#include "notify/TlsClientContext.h"
#include "validation/EmailAddress.h"

#include <Poco/Exception.h>
#include <Poco/Net/DNS.h>
#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MailRecipient.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SMTPClientSession.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/String.h>
#include <Poco/Timestamp.h>

#include <iterator>
#include <optional>
#include <set>
#include <sstream>

namespace castellan {
namespace {

const char* const kClientMessage = "The e-mail could not be sent";

// Poco's SMTP client with the steps it keeps protected made reachable: reading the EHLO capabilities,
// STARTTLS on a socket we connected (with a timeout) and verified against the configured host name, and
// AUTH without repeating EHLO.
class SmtpDialog : public Poco::Net::SMTPClientSession
{
public:
    explicit SmtpDialog(const Poco::Net::StreamSocket& socket) : SMTPClientSession(socket) {}

    /// Sends EHLO and returns the extensions the server announced, upper-cased ("STARTTLS", "AUTH PLAIN LOGIN").
    std::set<std::string> hello()
    {
        std::string response;
        login(Poco::Net::DNS::hostName(), response);
        std::set<std::string> extensions;
        std::istringstream lines(response);
        for (std::string line; std::getline(lines, line);) {
            // "250-AUTH PLAIN LOGIN" or "250 SIZE 1000" (RFC 5321 §4.2.1)
            if (line.size() > 4) {
                extensions.insert(Poco::toUpper(Poco::trim(line.substr(4))));
            }
        }
        return extensions;
    }

    /// Sends STARTTLS and, when the server agrees, continues over TLS verified for `host`.
    bool startTls(const std::string& host, Poco::Net::Context::Ptr context, std::string& response)
    {
        if (!isPositiveCompletion(sendCommand("STARTTLS", response))) {
            return false;
        }
        socket() = Poco::Net::SecureStreamSocket::attach(socket(), host, context);
        return true;
    }

    /// Drops the connection without QUIT: after a failure the server may not answer, and the destructor's
    /// QUIT would wait out the timeout a second time.
    void abandon()
    {
        try {
            socket().close();
        } catch (const Poco::Exception&) {
            // Already gone.
        }
    }

    void authenticate(LoginMethod method, const std::string& user, const std::string& password)
    {
        if (method == AUTH_PLAIN) {
            loginUsingPlain(user, password);
        } else {
            loginUsingLogin(user, password);
        }
    }
};

bool offers(const std::set<std::string>& extensions, const std::string& name)
{
    return extensions.count(name) > 0;
}

// The AUTH mechanisms the server offers (RFC 4954 §3: "AUTH mech1 mech2 ..."); PLAIN preferred.
std::optional<Poco::Net::SMTPClientSession::LoginMethod> authMethod(const std::set<std::string>& extensions)
{
    for (const std::string& extension : extensions) {
        if (extension.rfind("AUTH", 0) != 0 || extension.size() < 5 || (extension[4] != ' ' && extension[4] != '=')) {
            continue;
        }
        std::istringstream words(extension.substr(5));
        std::set<std::string> mechanisms{std::istream_iterator<std::string>(words), {}};
        if (mechanisms.count("PLAIN")) {
            return Poco::Net::SMTPClientSession::AUTH_PLAIN;
        }
        if (mechanisms.count("LOGIN")) {
            return Poco::Net::SMTPClientSession::AUTH_LOGIN;
        }
    }
    return std::nullopt;
}

// The address inside "Name <address>", or the whole text.
std::string addressOf(const std::string& from)
{
    const std::size_t open = from.rfind('<');
    const std::size_t close = from.rfind('>');
    if (open != std::string::npos && close != std::string::npos && close > open) {
        return from.substr(open + 1, close - open - 1);
    }
    return Poco::trim(from);
}

// The From header: a display name outside ASCII becomes an encoded-word (RFC 2047 §5 (3)).
std::string fromHeader(const std::string& from)
{
    const std::size_t open = from.rfind('<');
    if (open == std::string::npos) {
        return Poco::trim(from);
    }
    std::string name = Poco::trim(from.substr(0, open));
    return (name.empty() ? "" : EncodedWord::encode(name) + " ") + from.substr(open);
}

// SMTP lines end in CRLF (RFC 5321 §2.3.8); a lone LF or CR in the body would be rewritten or refused.
std::string withCrlf(const std::string& text)
{
    std::string out;
    out.reserve(text.size() + 16);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    return out;
}

std::string messageId(const std::string& fromAddress)
{
    const std::size_t at = fromAddress.rfind('@');
    const std::string domain = at == std::string::npos ? "castellan.invalid" : fromAddress.substr(at + 1);
    std::string id;
    for (std::uint8_t byte : Random::system().bytes(16)) {
        static constexpr char kHex[] = "0123456789abcdef";
        id += kHex[byte >> 4];
        id += kHex[byte & 0x0F];
    }
    return "<" + id + "@" + domain + ">";
}

bool hasLineBreak(const std::string& text)
{
    return text.find_first_of("\r\n") != std::string::npos;
}

Error smtpFailure(const SmtpSettings& settings, const std::string& detail)
{
    return Error::of(ErrorCode::Unavailable, kClientMessage,
                     "SMTP server " + settings.host + ":" + std::to_string(settings.port) + ": " + detail);
}

// EHLO, STARTTLS, EHLO again, AUTH, MAIL/RCPT/DATA, QUIT.
Result<void> converse(SmtpDialog& dialog, const SmtpSettings& settings, Poco::Net::Context::Ptr tls,
                      const MailMessage& message)
{
    std::set<std::string> extensions = dialog.hello();
    if (settings.startTls) {
        // No fallback to clear text: a server (or someone in between) that hides STARTTLS gets nothing.
        if (!offers(extensions, "STARTTLS")) {
            return smtpFailure(settings,
                               "does not offer STARTTLS (set smtp.starttls=false only for a server on a trusted link)");
        }
        std::string response;
        if (!dialog.startTls(settings.host, tls, response)) {
            return smtpFailure(settings, "refused STARTTLS: " + response);
        }
        extensions = dialog.hello(); // RFC 3207 §4.2: forget what was learnt before TLS
    }
    if (!settings.user.empty()) {
        auto method = authMethod(extensions);
        if (!method) {
            return smtpFailure(settings, "offers neither AUTH PLAIN nor AUTH LOGIN");
        }
        dialog.authenticate(*method, settings.user, settings.password);
    }

    Poco::Net::MailMessage mail;
    mail.setSender(fromHeader(settings.from));
    mail.addRecipient(Poco::Net::MailRecipient(Poco::Net::MailRecipient::PRIMARY_RECIPIENT, message.to));
    mail.setSubject(EncodedWord::encode(message.subject));
    mail.setDate(Poco::Timestamp());
    mail.set("Message-ID", messageId(addressOf(settings.from)));
    mail.set("Auto-Submitted", "auto-generated"); // RFC 3834 §5: no vacation replies to a code
    mail.setContentType("text/plain; charset=UTF-8");
    mail.setContent(withCrlf(message.textBody), Poco::Net::MailMessage::ENCODING_QUOTED_PRINTABLE);
    dialog.sendMessage(mail);
    try {
        dialog.close();
    } catch (const Poco::Exception&) {
        // The message was accepted at the end of DATA; a failed QUIT changes nothing.
    }
    return {};
}

} // namespace

SmtpMailSender::SmtpMailSender(SmtpSettings settings) : m_settings(std::move(settings))
{
    if (m_settings.startTls) {
        m_tls = TlsClientContext::create(m_settings.caFile);
    }
}

Result<void> SmtpMailSender::send(const MailMessage& message)
{
    if (m_settings.host.empty()) {
        return Error::of(ErrorCode::Unavailable, kClientMessage, "no SMTP server configured (smtp.host)");
    }
    auto to = EmailAddress::normalise(message.to, "to");
    if (!to) {
        return Error::of(ErrorCode::InvalidInput, "The e-mail address is not valid",
                         "mail refused: recipient '" + message.to + "' is not a valid address");
    }
    if (hasLineBreak(message.subject)) {
        return Error::of(ErrorCode::InvalidInput, kClientMessage, "mail refused: line break in the subject");
    }
    MailMessage normalised = message;
    normalised.to = to.value();
    try {
        return deliver(normalised);
    } catch (const Poco::Net::SMTPException& e) {
        return smtpFailure(m_settings, "refused the message: " + e.displayText());
    } catch (const Poco::TimeoutException&) {
        return smtpFailure(m_settings, "did not answer within " + std::to_string(m_settings.timeoutSeconds) + " s");
    } catch (const Poco::Net::SSLException& e) {
        return smtpFailure(m_settings, "TLS failed: " + e.displayText());
    } catch (const Poco::Exception& e) {
        return smtpFailure(m_settings, "failed: " + e.displayText());
    }
}

Result<void> SmtpMailSender::deliver(const MailMessage& message)
{
    const Poco::Timespan timeout(m_settings.timeoutSeconds, 0);
    Poco::Net::StreamSocket socket;
    socket.connect(Poco::Net::SocketAddress(m_settings.host, static_cast<Poco::UInt16>(m_settings.port)), timeout);
    SmtpDialog dialog(socket);
    dialog.setTimeout(timeout);
    try {
        return converse(dialog, m_settings, m_tls, message);
    } catch (...) {
        dialog.abandon();
        throw;
    }
}

} // namespace castellan
