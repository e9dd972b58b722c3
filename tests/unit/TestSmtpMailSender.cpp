#include "LoopbackSmtpServer.h"
#include "notify/SmtpMailSender.h"

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <QElapsedTimer>
#include <QtTest>

#include <algorithm>

using namespace castellan;
using namespace std::chrono_literals;

namespace {

const std::string kTurkishSubject = "Castellan doğrulama kodunuz — ĞÜŞİÖÇ ğüşıöç";
const std::string kTurkishBody = "Merhaba Ayşe,\nCastellan doğrulama kodunuz: 123456.\n"
                                 "5 dakika içinde geçerliliğini yitirir. Işık, çiçek, öğün, şüphe.\n"
                                 ".a line that starts with a dot\n";

SmtpSettings settingsFor(const test::LoopbackSmtpServer& server)
{
    SmtpSettings settings;
    settings.host = "localhost";
    settings.port = server.port();
    settings.user = "mailer";
    settings.password = "s3cret pässword";
    settings.from = "Castellan MFA <noreply@castellan.example>";
    settings.startTls = true;
    settings.caFile = server.certificateFile();
    settings.timeoutSeconds = 5;
    return settings;
}

MailMessage turkishMail()
{
    return MailMessage{.to = "ayse@example.com", .subject = kTurkishSubject, .textBody = kTurkishBody};
}

std::string withCrlf(const std::string& text)
{
    std::string out;
    for (char c : text) {
        out += c == '\n' ? std::string("\r\n") : std::string(1, c);
    }
    return out;
}

bool anyStartsWith(const std::vector<std::string>& lines, const std::string& prefix)
{
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.starts_with(prefix); });
}

int closedPort()
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    const int port = socket.address().port();
    socket.close();
    return port;
}

} // namespace

class TestSmtpMailSender : public QObject
{
    Q_OBJECT
private slots:
    void testStartTlsThenAuthThenTurkishTextArrivesIntact()
    {
        test::LoopbackSmtpServer server;
        SmtpMailSender sender(settingsFor(server));
        auto sent = sender.send(turkishMail());
        QVERIFY2(sent.ok(), sent.ok() ? "" : sent.error().logDetail.c_str());

        auto mail = server.waitForMessage(5s);
        QVERIFY(mail);
        QVERIFY(mail->tls);
        QCOMPARE(mail->authMechanism, std::string("PLAIN"));
        QCOMPARE(mail->authUser, std::string("mailer"));
        QCOMPARE(mail->authPassword, std::string("s3cret pässword"));
        QCOMPARE(mail->mailFrom, std::string("noreply@castellan.example"));
        QCOMPARE(mail->rcptTo, std::vector<std::string>{"ayse@example.com"});
        QCOMPARE(QString::fromStdString(mail->subject), QString::fromStdString(kTurkishSubject));
        QCOMPARE(QString::fromStdString(mail->body), QString::fromStdString(withCrlf(kTurkishBody)));
        QVERIFY(QString::fromStdString(mail->contentType).contains("charset=UTF-8", Qt::CaseInsensitive));
        QCOMPARE(mail->transferEncoding, std::string("quoted-printable"));
        // Everything on the wire is 7-bit: the Turkish letters travel MIME-encoded.
        QVERIFY(std::all_of(mail->raw.begin(), mail->raw.end(), [](char c) { return (c & 0x80) == 0; }));
        QVERIFY(mail->raw.find("Auto-Submitted: auto-generated") != std::string::npos);
        QVERIFY(mail->raw.find("Message-ID: <") != std::string::npos);

        const auto commands = server.commands();
        const auto startTls = std::find(commands.begin(), commands.end(), "STARTTLS");
        const auto auth =
            std::find_if(commands.begin(), commands.end(), [](const std::string& c) { return c.starts_with("AUTH"); });
        QVERIFY(startTls != commands.end());
        QVERIFY(startTls < auth);
    }
    void testLongSubjectSurvivesFolding()
    {
        test::LoopbackSmtpServer server;
        SmtpMailSender sender(settingsFor(server));
        MailMessage message = turkishMail();
        message.subject.clear();
        for (int i = 0; i < 12; ++i) {
            message.subject += "Doğrulama kodu ğüşıöç ";
        }
        QVERIFY(sender.send(message).ok());
        auto mail = server.waitForMessage(5s);
        QVERIFY(mail);
        QCOMPARE(QString::fromStdString(mail->subject), QString::fromStdString(message.subject));
    }
    void testAuthLoginWhenPlainIsNotOffered()
    {
        test::LoopbackSmtpServer server({.authMechanisms = "CRAM-MD5 LOGIN"});
        SmtpMailSender sender(settingsFor(server));
        QVERIFY(sender.send(turkishMail()).ok());
        auto mail = server.waitForMessage(5s);
        QVERIFY(mail);
        QCOMPARE(mail->authMechanism, std::string("LOGIN"));
        QCOMPARE(mail->authUser, std::string("mailer"));
        QCOMPARE(mail->authPassword, std::string("s3cret pässword"));
    }
    void testNoUsableAuthMechanismIsUnavailable()
    {
        test::LoopbackSmtpServer server({.authMechanisms = "CRAM-MD5 XOAUTH2"});
        SmtpMailSender sender(settingsFor(server));
        auto sent = sender.send(turkishMail());
        QVERIFY(!sent);
        QVERIFY2(sent.error().logDetail.find("neither AUTH PLAIN nor AUTH LOGIN") != std::string::npos,
                 sent.error().logDetail.c_str());
        QVERIFY(server.messages().empty());
    }
    void testNoUserMeansNoAuth()
    {
        test::LoopbackSmtpServer server;
        SmtpSettings settings = settingsFor(server);
        settings.user.clear();
        SmtpMailSender sender(settings);
        QVERIFY(sender.send(turkishMail()).ok());
        auto mail = server.waitForMessage(5s);
        QVERIFY(mail);
        QVERIFY(mail->tls);
        QVERIFY(mail->authMechanism.empty());
        QVERIFY(!anyStartsWith(server.commands(), "AUTH"));
    }
    void testServerWithoutStartTlsGetsNoCredentials()
    {
        test::LoopbackSmtpServer server({.offerStartTls = false, .requireTls = false});
        SmtpMailSender sender(settingsFor(server));
        auto sent = sender.send(turkishMail());
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::Unavailable);
        QVERIFY2(sent.error().logDetail.find("does not offer STARTTLS") != std::string::npos,
                 sent.error().logDetail.c_str());
        QVERIFY(!anyStartsWith(server.commands(), "AUTH"));
        QVERIFY(!anyStartsWith(server.commands(), "MAIL"));
        QVERIFY(server.messages().empty());
    }
    void testUntrustedCertificateGetsNoCredentials()
    {
        test::LoopbackSmtpServer server;
        SmtpSettings settings = settingsFor(server);
        settings.caFile.clear(); // system CAs only: the self-signed certificate is not trusted
        SmtpMailSender sender(settings);
        auto sent = sender.send(turkishMail());
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::Unavailable);
        QVERIFY2(sent.error().logDetail.find("certificate verify failed") != std::string::npos,
                 sent.error().logDetail.c_str());
        QVERIFY(!anyStartsWith(server.commands(), "AUTH"));
        QVERIFY(server.messages().empty());
    }
    void testClearTextOnlyWhenStartTlsIsSwitchedOff()
    {
        test::LoopbackSmtpServer server({.offerStartTls = false, .requireTls = false});
        SmtpSettings settings = settingsFor(server);
        settings.startTls = false;
        SmtpMailSender sender(settings);
        auto sent = sender.send(turkishMail());
        QVERIFY2(sent.ok(), sent.ok() ? "" : sent.error().logDetail.c_str());
        auto mail = server.waitForMessage(5s);
        QVERIFY(mail);
        QVERIFY(!mail->tls);
        QCOMPARE(mail->authUser, std::string("mailer"));
        QCOMPARE(QString::fromStdString(mail->subject), QString::fromStdString(kTurkishSubject));
    }
    void testWrongPasswordIsUnavailableWithTheServerAnswer()
    {
        test::LoopbackSmtpServer server({.password = "another"});
        SmtpMailSender sender(settingsFor(server));
        auto sent = sender.send(turkishMail());
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::Unavailable);
        QCOMPARE(sent.error().message, std::string("The e-mail could not be sent"));
        QVERIFY2(sent.error().logDetail.find("535") != std::string::npos, sent.error().logDetail.c_str());
        QVERIFY(sent.error().message.find("535") == std::string::npos);
    }
    void testRejectedRecipientIsUnavailable()
    {
        test::LoopbackSmtpServer server({.rejectRecipientsWith = 550});
        SmtpMailSender sender(settingsFor(server));
        auto sent = sender.send(turkishMail());
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::Unavailable);
        QVERIFY2(sent.error().logDetail.find("550") != std::string::npos, sent.error().logDetail.c_str());
    }
    void testServerDownIsUnavailableNamingTheHost()
    {
        SmtpSettings settings;
        settings.host = "localhost";
        settings.port = closedPort();
        settings.from = "noreply@castellan.example";
        settings.timeoutSeconds = 2;
        SmtpMailSender sender(settings);
        auto sent = sender.send(turkishMail());
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::Unavailable);
        const std::string where = "localhost:" + std::to_string(settings.port);
        QVERIFY2(sent.error().logDetail.find(where) != std::string::npos, sent.error().logDetail.c_str());
    }
    void testSilentServerTimesOutOnceAndGetsNoQuit()
    {
        // In clear text, so the time is the read timeout alone (Poco's TLS reads may wait up to twice).
        test::LoopbackSmtpServer server({.offerStartTls = false, .requireTls = false, .stallAt = "MAIL"});
        SmtpSettings settings = settingsFor(server);
        settings.startTls = false;
        settings.timeoutSeconds = 1;
        SmtpMailSender sender(settings);
        QElapsedTimer elapsed;
        elapsed.start();
        auto sent = sender.send(turkishMail());
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::Unavailable);
        QVERIFY2(sent.error().logDetail.find("did not answer within 1 s") != std::string::npos,
                 sent.error().logDetail.c_str());
        // The connection is dropped, not asked to QUIT and waited for a second time.
        QVERIFY2(elapsed.elapsed() < 1900, QByteArray::number(elapsed.elapsed()).constData());
    }
    void testMalformedRecipientIsRefusedWithoutConnecting()
    {
        test::LoopbackSmtpServer server;
        SmtpMailSender sender(settingsFor(server));
        MailMessage message = turkishMail();
        message.to = "ayse@example.com>\r\nRCPT TO:<eve@example.com";
        auto sent = sender.send(message);
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::InvalidInput);
        QVERIFY(server.commands().empty());
    }
    void testNoHostConfiguredIsUnavailable()
    {
        SmtpMailSender sender(SmtpSettings{});
        auto sent = sender.send(turkishMail());
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::Unavailable);
        QVERIFY(sent.error().logDetail.find("smtp.host") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestSmtpMailSender)
#include "TestSmtpMailSender.moc"
