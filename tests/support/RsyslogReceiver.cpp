#include "RsyslogReceiver.h"

#include "TestCertificates.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUdpSocket>

namespace castellan::test {
namespace {

constexpr const char* kRsyslogd = "/usr/sbin/rsyslogd";

int freePort(RsyslogReceiver::Transport transport)
{
    if (transport == RsyslogReceiver::Transport::Udp) {
        QUdpSocket probe;
        probe.bind(QHostAddress::LocalHost, 0);
        return probe.localPort();
    }
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

RsyslogReceiver::RsyslogReceiver(QString dir, Transport transport) : m_dir(std::move(dir)), m_transport(transport) {}

RsyslogReceiver::~RsyslogReceiver()
{
    stop();
}

bool RsyslogReceiver::start(int port, const TestCertificates* certificates)
{
    m_port = port != 0 ? port : freePort(m_transport);
    QString global = QString("global(workDirectory=\"%1\"").arg(m_dir);
    QString module;
    QString input;
    switch (m_transport) {
    case Transport::Udp:
        module = "module(load=\"imudp\")\n";
        input = QString("input(type=\"imudp\" address=\"127.0.0.1\" port=\"%1\")\n").arg(m_port);
        break;
    case Transport::Tls:
        if (!certificates) {
            m_output = "TLS needs certificates";
            return false;
        }
        global += QString(" DefaultNetstreamDriver=\"gtls\" DefaultNetstreamDriverCAFile=\"%1\""
                          " DefaultNetstreamDriverCertFile=\"%2\" DefaultNetstreamDriverKeyFile=\"%3\"")
                      .arg(certificates->caCert, certificates->serverCert, certificates->serverKey);
        module = "module(load=\"imtcp\" StreamDriver.Name=\"gtls\" StreamDriver.Mode=\"1\" "
                 "StreamDriver.AuthMode=\"x509/certvalid\")\n";
        input = QString("input(type=\"imtcp\" address=\"127.0.0.1\" port=\"%1\")\n").arg(m_port);
        break;
    case Transport::Tcp:
        module = "module(load=\"imtcp\")\n";
        input = QString("input(type=\"imtcp\" address=\"127.0.0.1\" port=\"%1\")\n").arg(m_port);
        break;
    }
    QFile config(m_dir + "/rsyslog.conf");
    if (!config.open(QIODevice::WriteOnly)) {
        return false;
    }
    config.write(
        (global + ")\n" + module + input +
         QString("action(type=\"omfile\" file=\"%1/received.log\" template=\"RSYSLOG_SyslogProtocol23Format\")\n")
             .arg(m_dir))
            .toUtf8());
    config.close();

    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(kRsyslogd, {"-N1", "-f", config.fileName()});
    if (!check.waitForFinished(30000) || check.exitCode() != 0) {
        m_output = "rsyslogd -N1: " + QString::fromUtf8(check.readAll());
        return false;
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(kRsyslogd, {"-n", "-f", config.fileName(), "-i", m_dir + "/rsyslogd.pid"});
    if (!m_process.waitForStarted(10000)) {
        m_output = "cannot start " + QString(kRsyslogd);
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000 && m_process.state() == QProcess::Running) {
        if (listening()) {
            return true;
        }
        QThread::msleep(100);
    }
    output();
    return false;
}

bool RsyslogReceiver::listening() const
{
    if (m_transport == Transport::Udp) {
        // A UDP port cannot be probed without sending; the port is bound once it is in /proc/net/udp.
        QFile udp("/proc/net/udp");
        if (!udp.open(QIODevice::ReadOnly)) {
            return false;
        }
        const QString hexPort = QString(":%1 ").arg(m_port, 4, 16, QChar('0')).toUpper();
        return QString::fromLatin1(udp.readAll()).contains("0100007F" + hexPort);
    }
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_port));
    const bool up = probe.waitForConnected(500);
    probe.abort();
    return up;
}

void RsyslogReceiver::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QStringList RsyslogReceiver::lines() const
{
    QFile file(m_dir + "/received.log");
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
}

QString RsyslogReceiver::waitForLine(const QStringList& needles, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    do {
        for (const QString& line : lines()) {
            bool all = true;
            for (const QString& needle : needles) {
                all = all && line.contains(needle);
            }
            if (all) {
                return line;
            }
        }
        QThread::msleep(100);
    } while (timer.elapsed() < timeoutMs);
    return {};
}

QString RsyslogReceiver::output()
{
    m_output += QString::fromUtf8(m_process.readAll());
    return m_output;
}

} // namespace castellan::test
