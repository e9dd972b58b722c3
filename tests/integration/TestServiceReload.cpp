#include "RadiusServerFixture.h"
#include "RawConnection.h"
#include "TestCertificates.h"

#include <QtTest>

#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace castellan;
using namespace castellan::test;

namespace {

std::string fingerprint(X509* cert)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    X509_digest(cert, EVP_sha256(), digest, &length);
    return QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex().toStdString();
}

std::string fileFingerprint(const QString& pemFile)
{
    FILE* f = std::fopen(qPrintable(pemFile), "r");
    if (f == nullptr) {
        return {};
    }
    X509* cert = PEM_read_X509(f, nullptr, nullptr, nullptr);
    std::fclose(f);
    const std::string result = cert ? fingerprint(cert) : std::string();
    X509_free(cert);
    return result;
}

/// The SHA-256 fingerprint of the certificate a new TLS connection to 127.0.0.1:`port` is shown; empty when the
/// handshake fails. A client certificate is offered when given (RadSec requires one).
std::string presentedFingerprint(int port, const QString& clientCert = {}, const QString& clientKey = {})
{
    SSL_CTX* context = SSL_CTX_new(TLS_client_method());
    if (!clientCert.isEmpty()) {
        SSL_CTX_use_certificate_file(context, qPrintable(clientCert), SSL_FILETYPE_PEM);
        SSL_CTX_use_PrivateKey_file(context, qPrintable(clientKey), SSL_FILETYPE_PEM);
    }
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
    timeval timeout{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    std::string result;
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) {
        SSL* ssl = SSL_new(context);
        SSL_set_fd(ssl, fd);
        if (SSL_connect(ssl) == 1) {
            if (X509* peer = SSL_get1_peer_certificate(ssl)) {
                result = fingerprint(peer);
                X509_free(peer);
            }
            SSL_shutdown(ssl);
        }
        SSL_free(ssl);
    }
    ::close(fd);
    SSL_CTX_free(context);
    return result;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// `systemctl reload` (SIGHUP, issue 16): the HTTPS and RadSec listeners re-read their certificate and key files
/// and log.level is read again from the configuration file, while open connections go on; a certificate that cannot
/// be used is refused and the previous one stays.
class TestServiceReload : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestCertificates m_first;
    TestCertificates m_second;
    QString m_liveCert;
    QString m_liveKey;
    QString m_configFile;
    RadiusServerFixture m_fixture;
    int m_reloads = 0;

    /// Sends SIGHUP and waits for the reload's closing line; true when it finished without errors.
    bool reload()
    {
        ++m_reloads;
        ::kill(static_cast<pid_t>(m_fixture.server().process().processId()), SIGHUP);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            const QString log = m_fixture.server().stderrText();
            const int finished = int(log.count("reload complete") + log.count("reload finished with errors"));
            if (finished >= m_reloads) {
                return log.lastIndexOf("reload complete") > log.lastIndexOf("reload finished with errors");
            }
            QTest::qWait(50);
        }
        return false;
    }
    void install(const TestCertificates& pki)
    {
        QVERIFY(writeFile(m_liveCert, readFile(pki.serverCert)));
        QVERIFY(writeFile(m_liveKey, readFile(pki.serverKey)));
    }
    int httpsPort() { return m_fixture.server().httpsPort(); }
    int radsecPort() { return m_fixture.server().radsecPort(); }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir(m_dir.path()).mkpath("first") && QDir(m_dir.path()).mkpath("second"));
        QString error;
        m_first = TestCertificates::create(m_dir.filePath("first"), &error);
        QVERIFY2(!m_first.caCert.isEmpty(), qPrintable(error));
        m_second = TestCertificates::create(m_dir.filePath("second"), &error);
        QVERIFY2(!m_second.caCert.isEmpty(), qPrintable(error));
        m_liveCert = m_dir.filePath("live.crt");
        m_liveKey = m_dir.filePath("live.key");
        install(m_first);
        m_configFile = m_dir.filePath("castellan.properties");
        QVERIFY(writeFile(m_configFile, "log.level = warning\n"));
        QVERIFY2(m_fixture.start({"--config", m_configFile, "--set", "http.tls.cert=" + m_liveCert, "--set",
                                  "http.tls.key=" + m_liveKey, "--set", "radsec.port=auto", "--set",
                                  "radsec.tls.ca=" + m_first.caCert, "--set", "radsec.tls.cert=" + m_liveCert, "--set",
                                  "radsec.tls.key=" + m_liveKey}),
                 qPrintable(m_fixture.server().stderrText()));
        // RadSec admits only the addresses of RADIUS clients, before any TLS.
        const std::int64_t profile =
            m_fixture.createProfile(R"({"name":"VPN","type":"radius","allowed_factors":["totp"]})");
        QCOMPARE(m_fixture.createClient("reload-probe", "127.0.0.1", "udp-secret-not-used-over-tls", true, profile),
                 201);
    }
    void cleanupTestCase() { m_fixture.stop(); }

    void testNewHandshakesSeeTheNewCertificateAndOpenConnectionsGoOn()
    {
        const std::string first = fileFingerprint(m_first.serverCert);
        const std::string second = fileFingerprint(m_second.serverCert);
        QVERIFY(!first.empty() && first != second);
        QCOMPARE(presentedFingerprint(httpsPort()), first);
        QCOMPARE(presentedFingerprint(radsecPort(), m_first.clientCert, m_first.clientKey), first);

        RawConnection open; // opened before the reload, kept alive across it
        QVERIFY(open.connect(httpsPort()));
        QVERIFY(open.handshake());
        QVERIFY(open.send(httpRequest("GET", "/api/v1/health/live")));
        QCOMPARE(RawConnection::statusOf(open.readResponse()), 200);

        install(m_second);
        QVERIFY2(reload(), qPrintable(m_fixture.server().stderrText()));

        QCOMPARE(presentedFingerprint(httpsPort()), second);
        QCOMPARE(presentedFingerprint(radsecPort(), m_first.clientCert, m_first.clientKey), second);
        QVERIFY(open.send(httpRequest("GET", "/api/v1/health/live")));
        QCOMPARE(RawConnection::statusOf(open.readResponse()), 200);
        QVERIFY(m_fixture.audit("", "server.reload").find("\"success\"") != std::string::npos);
    }

    void testBrokenCertificateIsRefusedAndTheOldOneKept()
    {
        const std::string inUse = presentedFingerprint(httpsPort());
        QVERIFY(!inUse.empty());
        QVERIFY(writeFile(m_liveCert, "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n"));
        QVERIFY(!reload());
        QVERIFY(m_fixture.logContains("https keeps its current certificate: cannot use TLS certificate " + m_liveCert));
        QVERIFY(m_fixture.logContains("radsec keeps its current certificate"));
        QCOMPARE(presentedFingerprint(httpsPort()), inUse);
        QCOMPARE(presentedFingerprint(radsecPort(), m_first.clientCert, m_first.clientKey), inUse);
        QVERIFY(m_fixture.audit("", "server.reload").find("\"failure\"") != std::string::npos);
    }

    void testKeyOfAnotherCertificateIsRefused()
    {
        const std::string inUse = presentedFingerprint(httpsPort());
        QVERIFY(writeFile(m_liveCert, readFile(m_first.serverCert)));
        QVERIFY(writeFile(m_liveKey, readFile(m_second.serverKey)));
        QVERIFY(!reload());
        QVERIFY(m_fixture.logContains("does not belong to the certificate"));
        QCOMPARE(presentedFingerprint(httpsPort()), inUse);
    }

    void testLogLevelIsReadAgain()
    {
        // log.level=warning: the information line at start ("database ... at schema version") was not logged.
        QVERIFY(!m_fixture.server().stderrText().contains("at schema version"));
        QVERIFY(writeFile(m_configFile, "log.level = information\n"));
        install(m_first);
        QVERIFY2(reload(), qPrintable(m_fixture.server().stderrText()));
        QVERIFY(m_fixture.logContains("reload: log.level information"));
        // An information line of the stop: logged only because the reload lowered the level.
        QCOMPARE(m_fixture.server().stop(), 0);
        QVERIFY2(m_fixture.server().stderrText().contains("radius counters:"),
                 qPrintable(m_fixture.server().stderrText()));
    }
};

QTEST_GUILESS_MAIN(TestServiceReload)
#include "TestServiceReload.moc"
