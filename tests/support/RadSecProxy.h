#pragma once

#include <QProcess>
#include <QString>

namespace castellan::test {

struct TestCertificates;

/// radsecproxy (Debian's radsecproxy) as a RadSec peer: it takes RADIUS over UDP from local clients (radclient)
/// and forwards it over TLS, with a client certificate, to a RadSec server.
class RadSecProxy
{
public:
    /// `dir` holds the configuration; `udpSecret` is what local clients use.
    RadSecProxy(QString dir, QString udpSecret);
    ~RadSecProxy();

    /// Starts forwarding to 127.0.0.1:`radsecPort` with `certificates`' client certificate; false (output kept)
    /// when it does not come up.
    bool start(int radsecPort, const TestCertificates& certificates);
    void stop();
    /// "127.0.0.1:port" of its UDP listener.
    QString udpAddress() const;
    QString output();

private:
    QString m_dir;
    QString m_udpSecret;
    int m_udpPort = 0;
    QProcess m_process;
    QString m_output;
};

} // namespace castellan::test
