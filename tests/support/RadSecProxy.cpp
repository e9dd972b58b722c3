#include "RadSecProxy.h"

#include "RadiusPeers.h"
#include "TestCertificates.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

namespace castellan::test {

RadSecProxy::RadSecProxy(QString dir, QString udpSecret) : m_dir(std::move(dir)), m_udpSecret(std::move(udpSecret)) {}

RadSecProxy::~RadSecProxy()
{
    stop();
}

bool RadSecProxy::start(int radsecPort, const TestCertificates& certificates)
{
    m_udpPort = RadiusPeers::freeUdpPort();
    QFile config(m_dir + "/radsecproxy.conf");
    if (!config.open(QIODevice::WriteOnly)) {
        return false;
    }
    config.write(QString("ListenUDP 127.0.0.1:%1\n"
                         "tls default {\n"
                         "    CACertificateFile %2\n"
                         "    CertificateFile %3\n"
                         "    CertificateKeyFile %4\n"
                         "}\n"
                         "client local {\n"
                         "    host 127.0.0.1\n"
                         "    type udp\n"
                         "    secret %5\n"
                         "}\n"
                         "server castellan {\n"
                         "    host 127.0.0.1\n"
                         "    port %6\n"
                         "    type tls\n"
                         "    tls default\n"
                         "    CertificateNameCheck off\n"
                         "}\n"
                         "realm * {\n"
                         "    server castellan\n"
                         "}\n")
                     .arg(m_udpPort)
                     .arg(certificates.caCert, certificates.clientCert, certificates.clientKey, m_udpSecret)
                     .arg(radsecPort)
                     .toUtf8());
    config.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start("radsecproxy", {"-f", "-d", "4", "-c", config.fileName()});
    if (!m_process.waitForStarted(10000)) {
        return false;
    }
    // Ready once it has read its configuration and opened the UDP listener.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        m_output += QString::fromUtf8(m_process.readAll());
        if (m_output.contains("listening for udp on")) {
            return true;
        }
    }
    return m_process.state() == QProcess::Running;
}

void RadSecProxy::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QString RadSecProxy::udpAddress() const
{
    return QString("127.0.0.1:%1").arg(m_udpPort);
}

QString RadSecProxy::output()
{
    m_output += QString::fromUtf8(m_process.readAll());
    return m_output;
}

} // namespace castellan::test
