#include "LoopbackSmtpServer.h"

#include "app/SelfSignedCertificate.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Exception.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/QuotedPrintableDecoder.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/String.h>

#include <iterator>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace castellan::test {
namespace {

std::string base64Decode(const std::string& text)
{
    std::istringstream in(text);
    Poco::Base64Decoder decoder(in);
    return std::string(std::istreambuf_iterator<char>(decoder), {});
}

// "MAIL FROM:<a@b> SIZE=10" -> "a@b"
std::string pathOf(const std::string& argument)
{
    const std::size_t open = argument.find('<');
    const std::size_t close = argument.find('>', open == std::string::npos ? 0 : open);
    if (open == std::string::npos || close == std::string::npos) {
        return Poco::trim(argument);
    }
    return argument.substr(open + 1, close - open - 1);
}

std::string decodeQ(const std::string& text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '_') {
            out += ' ';
        } else if (text[i] == '=' && i + 2 < text.size()) {
            out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

// RFC 2047 as a mail reader applies it, written here rather than taken from Poco (whose decoder keeps the
// white space between adjacent encoded-words, which §6.2 says to drop).
std::string decodeHeaderText(const std::string& value)
{
    static const std::regex word(R"(=\?([^?]+)\?([BbQq])\?([^?]*)\?=)");
    std::string out;
    std::size_t last = 0;
    bool previousWasEncoded = false;
    for (auto it = std::sregex_iterator(value.begin(), value.end(), word); it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        const std::string gap = value.substr(last, static_cast<std::size_t>(m.position(0)) - last);
        const bool blank = gap.find_first_not_of(" \t\r\n") == std::string::npos;
        if (!(previousWasEncoded && blank)) {
            out += gap;
        }
        out += Poco::toUpper(m[2].str()) == "B" ? base64Decode(m[3]) : decodeQ(m[3]);
        last = static_cast<std::size_t>(m.position(0) + m.length(0));
        previousWasEncoded = true;
    }
    return out + value.substr(last);
}

// A header field as written, unfolded (RFC 5322 §2.2.3) but not decoded: Poco's MessageHeader decodes
// encoded-words itself when it reads a message.
std::string rawHeader(const std::string& headers, const std::string& name)
{
    std::istringstream lines(headers);
    std::string value;
    bool inField = false;
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (inField && !line.empty() && (line[0] == ' ' || line[0] == '\t')) {
            value += line;
            continue;
        }
        inField = false;
        const std::size_t colon = line.find(':');
        if (colon != std::string::npos && Poco::icompare(line.substr(0, colon), name) == 0) {
            value = Poco::trimLeft(line.substr(colon + 1));
            inField = true;
        }
    }
    return value;
}

void parseMessage(ReceivedMail& mail)
{
    const std::size_t split = mail.raw.find("\r\n\r\n");
    const std::string headers = mail.raw.substr(0, split == std::string::npos ? mail.raw.size() : split + 2);
    std::istringstream headerText(headers);
    Poco::Net::MessageHeader header;
    header.read(headerText);
    mail.subject = decodeHeaderText(rawHeader(headers, "Subject"));
    mail.contentType = header.get("Content-Type", "");
    mail.transferEncoding = Poco::toLower(header.get("Content-Transfer-Encoding", ""));
    const std::string content = split == std::string::npos ? std::string() : mail.raw.substr(split + 4);
    std::istringstream in(content);
    if (mail.transferEncoding == "quoted-printable") {
        Poco::Net::QuotedPrintableDecoder decoder(in);
        mail.body.assign(std::istreambuf_iterator<char>(decoder), {});
    } else if (mail.transferEncoding == "base64") {
        mail.body = base64Decode(content);
    } else {
        mail.body = content;
    }
}

} // namespace

class LoopbackSmtpServer::Session
{
public:
    Session(LoopbackSmtpServer& server, const Poco::Net::StreamSocket& socket) : m_server(server), m_socket(socket)
    {
        m_socket.setReceiveTimeout(Poco::Timespan(10, 0));
    }

    void run()
    {
        reply("220 localhost ESMTP loopback test server");
        std::string line;
        while (readLine(line)) {
            m_server.record(line);
            const std::string verb = Poco::toUpper(line.substr(0, line.find(' ')));
            const std::string argument = line.find(' ') == std::string::npos ? "" : line.substr(line.find(' ') + 1);
            if (verb == m_server.m_options.stallAt) {
                while (readLine(line)) {
                    m_server.record(line); // a hung server: listen until the client gives up
                }
                return;
            }
            if (verb == "QUIT") {
                reply("221 2.0.0 Bye");
                return;
            }
            handle(verb, argument);
        }
    }

private:
    void handle(const std::string& verb, const std::string& argument)
    {
        const Options& options = m_server.m_options;
        const bool tlsMissing = options.requireTls && !m_tls;
        if (verb == "EHLO") {
            std::string text = "250-localhost greets " + argument;
            if (options.offerStartTls && !m_tls) {
                text += "\r\n250-STARTTLS";
            }
            if (options.offerAuth) {
                text += "\r\n250-AUTH " + options.authMechanisms;
            }
            reply(text + "\r\n250 8BITMIME");
        } else if (verb == "HELO" || verb == "NOOP") {
            reply("250 2.0.0 OK");
        } else if (verb == "RSET") {
            m_mail = ReceivedMail{};
            reply("250 2.0.0 OK");
        } else if (verb == "STARTTLS") {
            startTls();
        } else if (tlsMissing && (verb == "AUTH" || verb == "MAIL")) {
            reply("530 5.7.0 Must issue a STARTTLS command first");
        } else if (verb == "AUTH") {
            authenticate(argument);
        } else if (verb == "MAIL") {
            m_mail.mailFrom = pathOf(argument);
            reply("250 2.1.0 OK");
        } else if (verb == "RCPT") {
            if (options.rejectRecipientsWith != 0) {
                reply(std::to_string(options.rejectRecipientsWith) + " 5.1.1 Recipient rejected");
                return;
            }
            m_mail.rcptTo.push_back(pathOf(argument));
            reply("250 2.1.5 OK");
        } else if (verb == "DATA") {
            data();
        } else {
            reply("502 5.5.2 Command not recognized");
        }
    }

    void startTls()
    {
        if (!m_server.m_options.offerStartTls || m_tls) {
            reply("454 4.7.0 TLS not available");
            return;
        }
        reply("220 2.0.0 Ready to start TLS");
        m_buffer.clear(); // RFC 3207 §4.2: nothing sent before the handshake counts
        m_socket = Poco::Net::SecureStreamSocket::attach(m_socket, m_server.m_tls);
        m_tls = true;
        m_mail = ReceivedMail{};
    }

    void authenticate(const std::string& argument)
    {
        std::istringstream words(argument);
        std::string mechanism;
        std::string initial;
        words >> mechanism >> initial;
        mechanism = Poco::toUpper(mechanism);
        std::string user;
        std::string password;
        if (mechanism == "PLAIN") {
            if (initial.empty()) {
                reply("334 ");
                readLine(initial);
            }
            // RFC 4616: authzid NUL authcid NUL passwd
            const std::string decoded = base64Decode(initial);
            const std::size_t first = decoded.find('\0');
            const std::size_t second = decoded.find('\0', first + 1);
            if (first == std::string::npos || second == std::string::npos) {
                reply("501 5.5.2 Malformed AUTH PLAIN");
                return;
            }
            user = decoded.substr(first + 1, second - first - 1);
            password = decoded.substr(second + 1);
        } else if (mechanism == "LOGIN") {
            std::string line;
            if (initial.empty()) {
                reply("334 VXNlcm5hbWU6"); // "Username:"
                readLine(line);
                initial = line;
            }
            user = base64Decode(initial);
            reply("334 UGFzc3dvcmQ6"); // "Password:"
            readLine(line);
            password = base64Decode(line);
        } else {
            reply("504 5.5.4 Unrecognized authentication type");
            return;
        }
        if (!m_server.m_options.password.empty() && password != m_server.m_options.password) {
            reply("535 5.7.8 Authentication credentials invalid");
            return;
        }
        m_mail.authMechanism = mechanism;
        m_mail.authUser = user;
        m_mail.authPassword = password;
        reply("235 2.7.0 Authentication successful");
    }

    void data()
    {
        if (m_mail.mailFrom.empty() || m_mail.rcptTo.empty()) {
            reply("503 5.5.1 Need MAIL and RCPT first");
            return;
        }
        reply("354 End data with <CR><LF>.<CR><LF>");
        std::string line;
        while (readLine(line) && line != ".") {
            if (line.rfind("..", 0) == 0) {
                line.erase(0, 1); // RFC 5321 §4.5.2 transparency
            }
            m_mail.raw += line + "\r\n";
        }
        m_mail.tls = m_tls;
        parseMessage(m_mail);
        ReceivedMail done = m_mail;
        // The envelope ends with the message; authentication stays for the session.
        m_mail.mailFrom.clear();
        m_mail.rcptTo.clear();
        m_mail.raw.clear();
        m_server.deliver(std::move(done));
        reply("250 2.0.0 OK queued");
    }

    bool readLine(std::string& line)
    {
        while (true) {
            const std::size_t end = m_buffer.find("\r\n");
            if (end != std::string::npos) {
                line = m_buffer.substr(0, end);
                m_buffer.erase(0, end + 2);
                return true;
            }
            char chunk[4096];
            const int n = m_socket.receiveBytes(chunk, sizeof chunk);
            if (n <= 0) {
                return false;
            }
            m_buffer.append(chunk, static_cast<std::size_t>(n));
        }
    }

    void reply(const std::string& text)
    {
        const std::string line = text + "\r\n";
        m_socket.sendBytes(line.data(), static_cast<int>(line.size()));
    }

    LoopbackSmtpServer& m_server;
    Poco::Net::StreamSocket m_socket;
    std::string m_buffer;
    bool m_tls = false;
    ReceivedMail m_mail;
};

LoopbackSmtpServer::LoopbackSmtpServer() : LoopbackSmtpServer(Options{}) {}

LoopbackSmtpServer::LoopbackSmtpServer(Options options) : m_options(std::move(options))
{
    const std::string cert = certificateFile();
    const std::string key = m_dir.filePath("server.key").toStdString();
    if (auto made = SelfSignedCertificate::ensure(cert, key); !made) {
        throw std::runtime_error("test SMTP server certificate: " + made.error().message);
    }
    Poco::Net::initializeSSL();
    Poco::Net::Context::Params params;
    params.certificateFile = cert;
    params.privateKeyFile = key;
    params.verificationMode = Poco::Net::Context::VERIFY_NONE;
    params.loadDefaultCAs = false;
    m_tls = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, params);

    m_socket.bind(Poco::Net::SocketAddress("127.0.0.1", 0), true);
    m_socket.listen(16);
    m_port = m_socket.address().port();
    m_thread = std::thread([this] { run(); });
}

LoopbackSmtpServer::~LoopbackSmtpServer()
{
    m_stop = true;
    m_thread.join();
    m_socket.close();
}

std::string LoopbackSmtpServer::certificateFile() const
{
    return m_dir.filePath("server.crt").toStdString();
}

void LoopbackSmtpServer::run()
{
    while (!m_stop) {
        if (!m_socket.poll(Poco::Timespan(0, 50'000), Poco::Net::Socket::SELECT_READ)) {
            continue;
        }
        try {
            Session(*this, m_socket.acceptConnection()).run();
        } catch (const Poco::Exception&) {
            // A client that hung up or failed the TLS handshake ends only its own session.
        }
    }
}

void LoopbackSmtpServer::record(const std::string& command)
{
    std::lock_guard lock(m_mutex);
    m_commands.push_back(command);
}

void LoopbackSmtpServer::deliver(ReceivedMail mail)
{
    {
        std::lock_guard lock(m_mutex);
        m_messages.push_back(std::move(mail));
    }
    m_arrived.notify_all();
}

std::optional<ReceivedMail> LoopbackSmtpServer::waitForMessage(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    if (!m_arrived.wait_for(lock, timeout, [this] { return m_messages.size() > m_returned; })) {
        return std::nullopt;
    }
    return m_messages[m_returned++];
}

std::vector<std::string> LoopbackSmtpServer::commands() const
{
    std::lock_guard lock(m_mutex);
    return m_commands;
}

std::vector<ReceivedMail> LoopbackSmtpServer::messages() const
{
    std::lock_guard lock(m_mutex);
    return m_messages;
}

} // namespace castellan::test
