#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace castellan::test {

struct TestCertificates;

/// A throw-away rsyslog receiver (Debian's rsyslog and rsyslog-gnutls): `/usr/sbin/rsyslogd -n -f FILE -i PIDFILE`
/// from its own configuration in `dir`, listening on a loopback port over UDP (imudp), TCP (imtcp) or TLS (imtcp
/// with the gtls stream driver, client certificates required: x509/certvalid). Every message it receives is written
/// to a file in RFC 5424 form (RSYSLOG_SyslogProtocol23Format), structured data included.
class RsyslogReceiver
{
public:
    enum class Transport
    {
        Udp,
        Tcp,
        Tls
    };

    RsyslogReceiver(QString dir, Transport transport);
    ~RsyslogReceiver();

    /// Writes the configuration (checked with `rsyslogd -N1`), starts the daemon on `port` (0: a free one) and
    /// waits until it listens; false with output() telling why otherwise. `certificates` only for TLS.
    bool start(int port = 0, const TestCertificates* certificates = nullptr);
    /// Stops the daemon (SIGTERM) and waits for it.
    void stop();

    int port() const { return m_port; }
    /// The messages received so far, one per line.
    QStringList lines() const;
    /// Waits up to `timeoutMs` until a received line contains every one of `needles`; that line, or empty.
    QString waitForLine(const QStringList& needles, int timeoutMs = 10000) const;
    QString output();

private:
    bool listening() const;

    QString m_dir;
    Transport m_transport;
    int m_port = 0;
    QProcess m_process;
    QString m_output;
};

} // namespace castellan::test
