#include "RadSecProxy.h"
#include "RadiusServerFixture.h"
#include "RawConnection.h"
#include "TestCertificates.h"

#include <QtTest>

using namespace castellan;
using namespace castellan::test;

/// RadSec (RADIUS over TLS, RFC 6614) with radsecproxy as the peer: radclient sends RADIUS over UDP to radsecproxy,
/// which forwards it over TLS with a client certificate; the requests take the same pipeline as UDP ones.
class TestRadSec : public QObject
{
    Q_OBJECT
private:
    static constexpr const char* kProxySecret = "proxy-side-secret-0123456789";
    QTemporaryDir m_pki;
    TestCertificates m_certificates;
    RadiusServerFixture m_fixture;
    std::unique_ptr<RadSecProxy> m_proxy;

    RadclientResult viaProxy(const QString& attributes)
    {
        return RadiusPeers::radclient("auth", m_proxy->udpAddress(), kProxySecret, attributes, 5);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_certificates = TestCertificates::create(m_pki.path(), &error);
        QVERIFY2(!m_certificates.caCert.isEmpty(), qPrintable(error));
        QVERIFY2(m_fixture.start({"--set", "radsec.port=auto", "--set", "radsec.tls.ca=" + m_certificates.caCert,
                                  "--set", "radsec.tls.cert=" + m_certificates.serverCert, "--set",
                                  "radsec.tls.key=" + m_certificates.serverKey}),
                 qPrintable(m_fixture.server().stderrText()));
        QVERIFY(m_fixture.server().radsecPort() > 0);
        const std::int64_t vpn =
            m_fixture.createProfile(R"({"name":"VPN","type":"radius","allowed_factors":["totp"]})");
        // The TLS peer's address must belong to a client too; its UDP secret plays no part over TLS.
        QCOMPARE(m_fixture.createClient("radsecproxy", "127.0.0.1", "udp-secret-not-used-over-tls", true, vpn), 201);
        m_proxy = std::make_unique<RadSecProxy>(m_pki.path(), kProxySecret);
        QVERIFY2(m_proxy->start(m_fixture.server().radsecPort(), m_certificates), qPrintable(m_proxy->output()));
    }
    void cleanupTestCase()
    {
        m_proxy.reset();
        m_fixture.stop();
    }

    void testChallengeAndAcceptTravelOverTls()
    {
        const std::string secret = m_fixture.createUser("tls.user", "10.20.30.40");
        RadclientResult challenge = viaProxy(QString("User-Name = \"tls.user\"\nUser-Password = \"%1\"\n"
                                                     "Message-Authenticator = 0x00\n")
                                                 .arg(RadiusServerFixture::kPassword));
        QVERIFY2(challenge.received("Access-Challenge"), qPrintable(challenge.out + m_proxy->output()));
        const QString state = challenge.attribute("State");
        RadclientResult accept = viaProxy(QString("User-Name = \"tls.user\"\nUser-Password = \"%1\"\nState = %2\n"
                                                  "Message-Authenticator = 0x00\n")
                                              .arg(QString::fromStdString(totpNow(secret)), state));
        QVERIFY2(accept.received("Access-Accept"), qPrintable(accept.out));
        QCOMPARE(accept.attribute("Framed-IP-Address"), QStringLiteral("10.20.30.40"));
        QVERIFY(m_fixture.logContains("radsec connection from 127.0.0.1"));
        QVERIFY(m_fixture.audit("tls.user").find("client:radsecproxy") != std::string::npos);
    }

    void testWrongPasswordIsRejectedOverTls()
    {
        m_fixture.createUser("tls.other");
        RadclientResult reject =
            viaProxy("User-Name = \"tls.other\"\nUser-Password = \"wrong\"\nMessage-Authenticator = 0x00\n");
        QVERIFY2(reject.received("Access-Reject"), qPrintable(reject.out));
        QCOMPARE(reject.attribute("Reply-Message"), QStringLiteral("Authentication failed"));
    }

    void testPeerWithoutClientCertificateIsRefused()
    {
        QProcess s_client;
        s_client.setProcessChannelMode(QProcess::MergedChannels);
        s_client.start("openssl", {"s_client", "-connect", QString("127.0.0.1:%1").arg(m_fixture.server().radsecPort()),
                                   "-CAfile", m_certificates.caCert, "-quiet"});
        s_client.waitForStarted(10000);
        s_client.write(QByteArray(20, '\0')); // anything: the server must not get that far
        s_client.closeWriteChannel();
        s_client.waitForFinished(10000);
        if (s_client.state() != QProcess::NotRunning) {
            s_client.kill();
            s_client.waitForFinished();
        }
        QVERIFY(m_fixture.logContains("radsec connection from 127.0.0.1"));
        QVERIFY2(m_fixture.logContains("refused: SSL Exception"), qPrintable(m_fixture.server().stderrText()));
        QVERIFY(m_fixture.logContains("peer did not return a certificate"));
    }

    void testUnauthenticatedSocketsAreClosedAndDoNotDisturbClients()
    {
        const int port = m_fixture.server().radsecPort();
        // 64 plain TCP connections from an address that is no RADIUS client: closed at accept, before any TLS.
        std::vector<RawConnection> strangers(64);
        for (auto& c : strangers) {
            QVERIFY(c.connect(port, "127.0.0.2"));
        }
        for (auto& c : strangers) {
            QVERIFY(c.closedByPeer(2000));
        }
        // From the client's own address, sockets that never handshake, or handshake without a certificate and
        // stay silent, are let go within the handshake deadline; the real client keeps being answered meanwhile.
        std::vector<RawConnection> silent(12); // with radsecproxy's own connection, under the 16 per address
        for (auto& c : silent) {
            QVERIFY(c.connect(port, "127.0.0.1"));
        }
        m_fixture.createUser("tls.busy");
        RadclientResult reject =
            viaProxy("User-Name = \"tls.busy\"\nUser-Password = \"wrong\"\nMessage-Authenticator = 0x00\n");
        QVERIFY2(reject.received("Access-Reject"), qPrintable(reject.out + m_proxy->output()));
        for (auto& c : silent) {
            QVERIFY(c.closedByPeer(15000));
            QVERIFY(c.received().empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestRadSec)
#include "TestRadSec.moc"
