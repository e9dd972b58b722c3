#include "AdminSession.h"
#include "RsyslogReceiver.h"
#include "ServerProcess.h"
#include "TestCertificates.h"

#include <Poco/JSON/Array.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace castellan;
using namespace castellan::test;

/// The audit log forwarded to a real rsyslog (Debian's rsyslogd as a throw-away receiver on loopback): every audit
/// event of an administrator's first login, an API client and a validate reject arrives as one RFC 5424 message
/// whose structured data carries the event's fields, over TCP (RFC 6587 octet counting) and over TLS (RFC 5425,
/// client certificate), without a password, secret or token; and when the receiver is gone the queue drops and
/// counts instead of slowing authentication, and the sender reconnects when the receiver is back.
class TestAuditSyslog : public QObject
{
    Q_OBJECT
private:
    static QStringList syslogArgs(const char* transport, int port, int queueLimit = 0)
    {
        QStringList args{"--set", "syslog.host=127.0.0.1",
                         "--set", QString("syslog.port=%1").arg(port),
                         "--set", QString("syslog.transport=") + transport};
        if (queueLimit > 0) {
            args << "--set" << QString("syslog.queue_limit=%1").arg(queueLimit);
        }
        return args;
    }

    static HttpReply validate(HttpsClient& client, const std::string& token, const std::string& username,
                              const std::string& password)
    {
        return client.send("POST", "/api/v1/auth/validate", json({{"username", username}, {"password", password}}),
                           "application/json", {{"Authorization", "Bearer " + token}});
    }

    /// A PARAM-VALUE as RFC 5424 §6.3.3 writes it.
    static QString sdValue(const std::string& value)
    {
        QString out;
        for (QChar c : QString::fromStdString(value)) {
            if (c == '"' || c == '\\' || c == ']') {
                out += '\\';
            }
            out += c;
        }
        return out;
    }

    static double sample(const std::string& text, const std::string& line)
    {
        const size_t at = text.find("\n" + line + " ");
        return at == std::string::npos ? -1 : std::stod(text.substr(at + line.size() + 2));
    }

    /// Every record of the audit log has its own received line with the record's fields as structured data.
    static void compareWithAuditLog(AdminSession& admin, const RsyslogReceiver& receiver)
    {
        HttpReply audit = admin.get("/api/v1/audit?limit=500");
        QCOMPARE(audit.status, 200);
        Poco::JSON::Array::Ptr items = audit.json()->getArray("items");
        QVERIFY(items->size() >= 5);
        QStringList lines;
        QElapsedTimer timer;
        timer.start();
        do {
            lines = receiver.lines();
            if (lines.size() >= static_cast<qsizetype>(items->size())) {
                break;
            }
            QThread::msleep(100);
        } while (timer.elapsed() < 15000);
        for (size_t i = 0; i < items->size(); ++i) {
            Poco::JSON::Object::Ptr record = items->getObject(static_cast<unsigned>(i));
            const std::string event = record->getValue<std::string>("event");
            QStringList needles{QString(" %1 [castellan@32473 ").arg(QString::fromStdString(event)),
                                "event.action=\"" + sdValue(event) + "\"",
                                "castellan.channel=\"" + sdValue(record->getValue<std::string>("channel")) + "\""};
            for (const auto& [field, param] : {std::pair{"result", "castellan.result"},
                                               {"username", "user.name"},
                                               {"source_ip", "source.ip"},
                                               {"reason", "event.reason"},
                                               {"client", "castellan.client"},
                                               {"actor", "castellan.actor"}}) {
                const std::string value = record->getValue<std::string>(field);
                if (!value.empty()) {
                    needles << QString("%1=\"%2\"").arg(param, sdValue(value));
                }
            }
            bool found = false;
            for (qsizetype at = 0; at < lines.size() && !found; ++at) {
                bool all = true;
                for (const QString& needle : needles) {
                    all = all && lines[at].contains(needle);
                }
                if (all) {
                    lines.removeAt(at); // each line stands for one record
                    found = true;
                }
            }
            QVERIFY2(found, qPrintable("no message for audit record: " + needles.join(' ') + "\nreceived:\n" +
                                       receiver.lines().join('\n')));
        }
    }

    /// The first login of the bootstrap administrator, an agent API client and a validate reject: the events, the
    /// secrets that must not travel, checked against what `receiver` got.
    static void loginAndCheck(ServerProcess& server, const RsyslogReceiver& receiver)
    {
        AdminSession admin(server);
        const std::string agent = admin.createClientToken("agent", "Syslog VPN");
        HttpsClient client("127.0.0.1", server.httpsPort());
        const std::string wrongPassword = "Wrong-Password-Never-Logged-7";
        QCOMPARE(validate(client, agent, "nobody", wrongPassword).status, 200);

        const QString reject = receiver.waitForLine({" auth.validate ", "user.name=\"nobody\""});
        QVERIFY2(!reject.isEmpty(), qPrintable(receiver.lines().join('\n')));
        // RFC 5424 header: PRI 108 = facility 13 (log audit) * 8 + severity 4 (warning), version 1, UTC time.
        static const QRegularExpression kHeader(
            "^<108>1 \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}(Z|[+-]00:00) \\S+ castellan \\d+ "
            "auth\\.validate "
            "\\[castellan@32473 ");
        QVERIFY2(kHeader.match(reject).hasMatch(), qPrintable(reject));
        for (const char* needle :
             {"event.action=\"auth.validate\"", "event.outcome=\"failure\"", "castellan.result=\"reject\"",
              "castellan.channel=\"rest\"", "source.ip=\"127.0.0.1\"", "castellan.client=\"Syslog VPN\""}) {
            QVERIFY2(reject.contains(needle), qPrintable(QString(needle) + " missing in " + reject));
        }
        compareWithAuditLog(admin, receiver);

        const QString all = receiver.lines().join('\n');
        for (const std::string& secret :
             {std::string(AdminSession::kPassword), wrongPassword, admin.totpSecret(), admin.token(), agent}) {
            QVERIFY2(!all.contains(QString::fromStdString(secret)), "a secret reached syslog");
        }
        const std::string metrics = client.get("/metrics").body;
        QVERIFY(sample(metrics, "castellan_syslog_messages_total{outcome=\"sent\"}") >= 5);
        QCOMPARE(sample(metrics, "castellan_syslog_messages_total{outcome=\"dropped\"}"), 0.0);
    }

    /// A server certificate from the test CA in `certificates` for another name only (other.example), so the
    /// chain is trusted but the host name 127.0.0.1 is not in it.
    static bool issueForOtherName(const QString& dir, TestCertificates& certificates)
    {
        QFile ext(dir + "/other.ext");
        if (!ext.open(QIODevice::WriteOnly)) {
            return false;
        }
        ext.write("basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n"
                  "subjectAltName=DNS:other.example\n");
        ext.close();
        const QList<QStringList> steps = {
            {"req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
             dir + "/other.key", "-out", dir + "/other.csr", "-subj", "/CN=other.example"},
            {"x509", "-req", "-in", dir + "/other.csr", "-CA", certificates.caCert, "-CAkey", dir + "/ca.key",
             "-CAcreateserial", "-days", "2", "-sha256", "-extfile", ext.fileName(), "-out", dir + "/other.crt"}};
        for (const QStringList& args : steps) {
            QProcess openssl;
            openssl.start("openssl", args);
            if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
                return false;
            }
        }
        certificates.serverCert = dir + "/other.crt";
        certificates.serverKey = dir + "/other.key";
        return true;
    }

private slots:
    void testEveryAuditEventArrivesOverTcp()
    {
        QTemporaryDir state;
        QTemporaryDir syslogDir;
        RsyslogReceiver receiver(syslogDir.path(), RsyslogReceiver::Transport::Tcp);
        QVERIFY2(receiver.start(), qPrintable(receiver.output()));
        ServerProcess server(state.path(), syslogArgs("tcp", receiver.port()));
        QVERIFY2(server.start(), qPrintable(server.stderrText()));
        loginAndCheck(server, receiver);
    }

    void testEveryAuditEventArrivesOverTlsWithAClientCertificate()
    {
        QTemporaryDir state;
        QTemporaryDir syslogDir;
        QString error;
        const TestCertificates certificates = TestCertificates::create(syslogDir.path(), &error);
        QVERIFY2(!certificates.caCert.isEmpty(), qPrintable(error));
        RsyslogReceiver receiver(syslogDir.path(), RsyslogReceiver::Transport::Tls);
        QVERIFY2(receiver.start(0, &certificates), qPrintable(receiver.output()));
        ServerProcess server(state.path(), syslogArgs("tls", receiver.port())
                                               << "--set"
                                               << "syslog.tls.ca=" + certificates.caCert << "--set"
                                               << "syslog.tls.cert=" + certificates.clientCert << "--set"
                                               << "syslog.tls.key=" + certificates.clientKey);
        QVERIFY2(server.start(), qPrintable(server.stderrText()));
        loginAndCheck(server, receiver);
    }

    void testEventsArriveOverUdp()
    {
        QTemporaryDir state;
        QTemporaryDir syslogDir;
        RsyslogReceiver receiver(syslogDir.path(), RsyslogReceiver::Transport::Udp);
        QVERIFY2(receiver.start(), qPrintable(receiver.output()));
        ServerProcess server(state.path(), syslogArgs("udp", receiver.port()) << "--set"
                                                                              << "syslog.facility=local4"
                                                                              << "--set"
                                                                              << "syslog.app_name=mfa-a");
        QVERIFY2(server.start(), qPrintable(server.stderrText()));
        // local4 (20) * 8 + notice (5) = 165
        const QString line = receiver.waitForLine({"<165>1 ", " mfa-a ", " server.start [castellan@32473 "});
        QVERIFY2(!line.isEmpty(), qPrintable(receiver.lines().join('\n')));
    }

    void testAdminCommandLineEventsArriveToo()
    {
        QTemporaryDir state;
        QTemporaryDir syslogDir;
        RsyslogReceiver receiver(syslogDir.path(), RsyslogReceiver::Transport::Tcp);
        QVERIFY2(receiver.start(), qPrintable(receiver.output()));
        const QByteArray password = "Cli-Operator-Password-2026!";
        const auto outcome = ServerProcess::runToExit(QStringList{"--state-dir", state.path()}
                                                          << syslogArgs("tcp", receiver.port())
                                                          << QStringList{"admin", "add", "ops", "--password-stdin"},
                                                      60000, password + "\n");
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
        const QString line = receiver.waitForLine({" admin.create ", "castellan.channel=\"cli\"", "user.name=\"ops\""});
        QVERIFY2(!line.isEmpty(), qPrintable(receiver.lines().join('\n')));
        QVERIFY(!receiver.lines().join('\n').contains(QString::fromUtf8(password)));
    }

    void testTlsReceiverWithAnUntrustedCertificateGetsNothing()
    {
        QTemporaryDir state;
        QTemporaryDir syslogDir;
        QTemporaryDir otherPki;
        const TestCertificates certificates = TestCertificates::create(syslogDir.path());
        const TestCertificates other = TestCertificates::create(otherPki.path());
        QVERIFY(!certificates.caCert.isEmpty() && !other.caCert.isEmpty());
        RsyslogReceiver receiver(syslogDir.path(), RsyslogReceiver::Transport::Tls);
        QVERIFY2(receiver.start(0, &certificates), qPrintable(receiver.output()));
        // The server trusts another CA: the receiver's certificate is refused, nothing is sent.
        ServerProcess server(state.path(), syslogArgs("tls", receiver.port())
                                               << "--set"
                                               << "syslog.tls.ca=" + other.caCert << "--set"
                                               << "syslog.tls.cert=" + certificates.clientCert << "--set"
                                               << "syslog.tls.key=" + certificates.clientKey);
        QVERIFY2(server.start(), qPrintable(server.stderrText()));
        QTRY_VERIFY_WITH_TIMEOUT(server.stderrText().contains("cannot forward the audit log"), 10000);
        QVERIFY(receiver.lines().isEmpty());
    }

    void testTlsReceiverWhoseCertificateNamesAnotherHostGetsNothing()
    {
        QTemporaryDir state;
        QTemporaryDir syslogDir;
        TestCertificates certificates = TestCertificates::create(syslogDir.path());
        QVERIFY(!certificates.caCert.isEmpty());
        QVERIFY(issueForOtherName(syslogDir.path(), certificates));
        RsyslogReceiver receiver(syslogDir.path(), RsyslogReceiver::Transport::Tls);
        QVERIFY2(receiver.start(0, &certificates), qPrintable(receiver.output()));
        ServerProcess server(state.path(), syslogArgs("tls", receiver.port())
                                               << "--set"
                                               << "syslog.tls.ca=" + certificates.caCert << "--set"
                                               << "syslog.tls.cert=" + certificates.clientCert << "--set"
                                               << "syslog.tls.key=" + certificates.clientKey);
        QVERIFY2(server.start(), qPrintable(server.stderrText()));
        QTRY_VERIFY_WITH_TIMEOUT(server.stderrText().contains("cannot forward the audit log"), 10000);
        QVERIFY(receiver.lines().isEmpty());
    }

    void testQueueDropsAndCountsWhileTheReceiverIsGoneThenReconnects()
    {
        QTemporaryDir state;
        QTemporaryDir syslogDir;
        RsyslogReceiver receiver(syslogDir.path(), RsyslogReceiver::Transport::Tcp);
        QVERIFY2(receiver.start(), qPrintable(receiver.output()));
        const int port = receiver.port();
        ServerProcess server(state.path(), syslogArgs("tcp", port, 5));
        QVERIFY2(server.start(), qPrintable(server.stderrText()));
        AdminSession admin(server);
        const std::string agent = admin.createClientToken("agent", "Syslog VPN");
        QVERIFY(!receiver.waitForLine({" oauth.token "}).isEmpty() || !receiver.waitForLine({" api_client"}).isEmpty());

        receiver.stop();
        HttpsClient client("127.0.0.1", server.httpsPort());
        QElapsedTimer timer;
        timer.start();
        constexpr int kRejects = 40;
        for (int i = 0; i < kRejects; ++i) {
            QCOMPARE(validate(client, agent, "gone-" + std::to_string(i), "Wrong-Password-1").status, 200);
        }
        // Authentication did not wait for the receiver (a connect refused, then backoff in the sender thread).
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        const std::string metrics = client.get("/metrics").body;
        const double dropped = sample(metrics, "castellan_syslog_messages_total{outcome=\"dropped\"}");
        QVERIFY2(dropped >= kRejects - 5 - 2, qPrintable(QString::fromStdString(metrics)));
        QVERIFY(sample(metrics, "castellan_syslog_queue_messages") <= 5);

        QTRY_VERIFY_WITH_TIMEOUT(server.stderrText().contains("cannot forward the audit log"), 10000);

        // Back on the same port: the sender reconnects by itself (its backoff is at most 30 s) and sends what it
        // held and queued, then new events again.
        QTemporaryDir againDir;
        RsyslogReceiver again(againDir.path(), RsyslogReceiver::Transport::Tcp);
        QVERIFY2(again.start(port), qPrintable(again.output()));
        QVERIFY2(!again.waitForLine({" auth.validate ", "user.name=\"gone-"}, 45000).isEmpty(),
                 qPrintable(server.stderrText()));
        QTRY_VERIFY_WITH_TIMEOUT(server.stderrText().count("forwarding the audit log") == 2, 10000);
        QCOMPARE(validate(client, agent, "after-restart", "Wrong-Password-1").status, 200);
        QVERIFY(!again.waitForLine({" auth.validate ", "user.name=\"after-restart\""}).isEmpty());
        const std::string after = client.get("/metrics").body;
        QCOMPARE(sample(after, "castellan_syslog_messages_total{outcome=\"dropped\"}"), dropped);
    }
};

QTEST_GUILESS_MAIN(TestAuditSyslog)
#include "TestAuditSyslog.moc"
