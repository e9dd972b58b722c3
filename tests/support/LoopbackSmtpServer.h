#pragma once

#include <Poco/Net/Context.h>
#include <Poco/Net/ServerSocket.h>

#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace castellan::test {

/// One message as the SMTP server received it.
struct ReceivedMail
{
    std::string mailFrom;            ///< the MAIL FROM path, without angle brackets
    std::vector<std::string> rcptTo; ///< each RCPT TO path, without angle brackets
    std::string authMechanism;       ///< "PLAIN", "LOGIN" or empty
    std::string authUser;
    std::string authPassword;
    bool tls = false;    ///< the session was under STARTTLS when DATA arrived
    std::string raw;     ///< the DATA as sent, dot-stuffing removed, lines ending in CRLF
    std::string subject; ///< the Subject header, RFC 2047 decoded
    std::string contentType;
    std::string transferEncoding;
    std::string body; ///< the content, transfer encoding (quoted-printable, base64) decoded
};

/// A tiny SMTP server (RFC 5321) on 127.0.0.1 and a free port, for tests: EHLO, STARTTLS (RFC 3207) with a
/// self-signed certificate for localhost it makes itself, AUTH PLAIN and LOGIN (RFC 4954) recording the
/// credentials, MAIL, RCPT, DATA. Sessions are served one after another on one thread.
class LoopbackSmtpServer
{
public:
    struct Options
    {
        bool offerStartTls = true;
        bool requireTls = true; ///< AUTH and MAIL before STARTTLS get 530
        bool offerAuth = true;
        std::string authMechanisms = "PLAIN LOGIN"; ///< as announced in EHLO
        std::string password;                       ///< when not empty, AUTH with another password gets 535
        int rejectRecipientsWith = 0;               ///< when not 0, RCPT TO is answered with this code (550)
        std::string stallAt;                        ///< a verb ("MAIL") after which the server says nothing more
    };

    LoopbackSmtpServer();
    explicit LoopbackSmtpServer(Options options);
    ~LoopbackSmtpServer();

    int port() const { return m_port; }
    /// The server's certificate (PEM), to be trusted as a CA file by clients.
    std::string certificateFile() const;

    /// The next message not yet returned, waiting up to `timeout` for it to arrive.
    std::optional<ReceivedMail> waitForMessage(std::chrono::milliseconds timeout);
    /// Every command line received so far (AUTH arguments included), in order.
    std::vector<std::string> commands() const;
    /// Every message received so far.
    std::vector<ReceivedMail> messages() const;

    LoopbackSmtpServer(const LoopbackSmtpServer&) = delete;
    LoopbackSmtpServer& operator=(const LoopbackSmtpServer&) = delete;

private:
    class Session;

    void run();
    void record(const std::string& command);
    void deliver(ReceivedMail mail);

    Options m_options;
    QTemporaryDir m_dir;
    Poco::Net::Context::Ptr m_tls;
    Poco::Net::ServerSocket m_socket;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    std::condition_variable m_arrived;
    std::vector<ReceivedMail> m_messages;
    std::vector<std::string> m_commands;
    std::size_t m_returned = 0;
    std::thread m_thread;
};

} // namespace castellan::test
