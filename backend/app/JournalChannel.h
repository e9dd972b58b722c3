#pragma once

#include <Poco/AutoPtr.h>
#include <Poco/Channel.h>

#include <atomic>
#include <string>

namespace castellan {

/// A Poco logging channel writing to systemd-journald's native protocol without libsystemd (systemd.journal-fields(7),
/// "Native Journal Protocol" at systemd.io/JOURNAL_NATIVE_PROTOCOL): one datagram of KEY=value lines per message to
/// an AF_UNIX socket, a value holding a newline in the binary-safe form (KEY\n, 64-bit little-endian length,
/// value, \n). Each entry carries MESSAGE ("source: text"), PRIORITY (syslog 0-7), SYSLOG_IDENTIFIER and the
/// fields a message sets as parameters (MESSAGE_ID and the audit fields of JournalEvents). When a datagram cannot
/// be sent the message goes to `fallback` (stderr) instead, so nothing is lost when journald is away.
class JournalChannel : public Poco::Channel
{
public:
    static constexpr const char* kDefaultSocket = "/run/systemd/journal/socket";

    /// The journal socket to log to for log.journal = `mode` (auto, on, off) and log.journal_socket = `socket`:
    /// "on" takes `socket`; "auto" takes it only when the service manager connected stderr to the journal
    /// ($JOURNAL_STREAM names stderr's device and inode) and `socket` exists; empty for stderr.
    static std::string select(const std::string& mode, const std::string& socket);

    JournalChannel(std::string socketPath, std::string identifier, Poco::AutoPtr<Poco::Channel> fallback);

    void log(const Poco::Message& message) override;
    void close() override;

    /// The datagram for one message (for tests): the fields in the native protocol's encoding.
    static std::string encode(const Poco::Message& message, const std::string& identifier);
    /// Poco's priority as syslog's (what PRIORITY= carries): fatal and critical 2, error 3 ... debug and trace 7.
    static int syslogPriority(int pocoPriority);

protected:
    ~JournalChannel() override;

private:
    bool send(const std::string& datagram);

    const std::string m_socketPath;
    const std::string m_identifier;
    Poco::AutoPtr<Poco::Channel> m_fallback;
    int m_fd = -1;
    std::atomic<bool> m_failureReported{false};
};

} // namespace castellan
