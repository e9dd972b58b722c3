#include "app/JournalChannel.h"

#include "app/JournalEvents.h"

#include <Poco/Message.h>

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace castellan {
namespace {

void addField(std::string& out, std::string_view key, std::string_view value)
{
    if (value.find('\n') == std::string_view::npos) {
        out.append(key).append(1, '=').append(value).append(1, '\n');
        return;
    }
    // Binary-safe form: the name, a newline, the length as 64-bit little endian, the bytes, a newline.
    out.append(key).append(1, '\n');
    std::uint64_t length = value.size();
    for (int i = 0; i < 8; ++i) {
        out.push_back(static_cast<char>(length & 0xff));
        length >>= 8;
    }
    out.append(value).append(1, '\n');
}

/// $JOURNAL_STREAM is "DEVICE:INODE" of the stream systemd connected; it is ours only while stderr is that stream.
bool stderrIsJournalStream()
{
    const char* stream = std::getenv("JOURNAL_STREAM");
    if (stream == nullptr || *stream == '\0') {
        return false;
    }
    struct stat st
    {};
    if (::fstat(STDERR_FILENO, &st) != 0) {
        return false;
    }
    return std::string(stream) == std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino);
}

} // namespace

std::string JournalChannel::select(const std::string& mode, const std::string& socket)
{
    if (mode == "on") {
        return socket;
    }
    if (mode == "auto" && stderrIsJournalStream()) {
        struct stat st
        {};
        if (::stat(socket.c_str(), &st) == 0 && S_ISSOCK(st.st_mode)) {
            return socket;
        }
    }
    return {};
}

JournalChannel::JournalChannel(std::string socketPath, std::string identifier, Poco::AutoPtr<Poco::Channel> fallback)
    : m_socketPath(std::move(socketPath)), m_identifier(std::move(identifier)), m_fallback(std::move(fallback)),
      m_fd(::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0))
{}

JournalChannel::~JournalChannel()
{
    close();
}

void JournalChannel::close()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

int JournalChannel::syslogPriority(int pocoPriority)
{
    switch (pocoPriority) {
    case Poco::Message::PRIO_FATAL:
    case Poco::Message::PRIO_CRITICAL:
        return 2;
    case Poco::Message::PRIO_ERROR:
        return 3;
    case Poco::Message::PRIO_WARNING:
        return 4;
    case Poco::Message::PRIO_NOTICE:
        return 5;
    case Poco::Message::PRIO_INFORMATION:
        return 6;
    default:
        return 7;
    }
}

std::string JournalChannel::encode(const Poco::Message& message, const std::string& identifier)
{
    std::string out;
    out.reserve(256 + message.getText().size());
    addField(out, "MESSAGE",
             message.getSource().empty() ? message.getText() : message.getSource() + ": " + message.getText());
    addField(out, "PRIORITY", std::to_string(syslogPriority(message.getPriority())));
    addField(out, "SYSLOG_IDENTIFIER", identifier);
    if (!message.getSource().empty()) {
        addField(out, "CASTELLAN_LOGGER", message.getSource());
    }
    for (const char* field : JournalEvents::kFields) {
        if (message.has(field)) {
            addField(out, field, message.get(field));
        }
    }
    return out;
}

void JournalChannel::log(const Poco::Message& message)
{
    if (send(encode(message, m_identifier))) {
        return;
    }
    if (m_fallback) {
        m_fallback->log(message);
    }
}

bool JournalChannel::send(const std::string& datagram)
{
    if (m_fd < 0) {
        return false;
    }
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (m_socketPath.size() >= sizeof address.sun_path) {
        return false;
    }
    std::memcpy(address.sun_path, m_socketPath.data(), m_socketPath.size());
    const auto length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + m_socketPath.size() + 1);
    // Never waits: an audit event is logged on the thread that authenticates; a full journal queue means stderr.
    const bool sent =
        ::sendto(m_fd, datagram.data(), datagram.size(), MSG_NOSIGNAL | MSG_DONTWAIT,
                 reinterpret_cast<const sockaddr*>(&address), length) == static_cast<ssize_t>(datagram.size());
    if (!sent && !m_failureReported.exchange(true) && m_fallback) {
        // Once, on the fallback: the journal is unreachable (or the entry too large); entries go to stderr.
        m_fallback->log(Poco::Message("journal",
                                      "cannot write to the journal at " + m_socketPath + ": " + std::strerror(errno) +
                                          "; logging to stderr",
                                      Poco::Message::PRIO_WARNING));
    }
    return sent;
}

} // namespace castellan
