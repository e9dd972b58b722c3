#include "notify/AuditSyslogMessage.h"

#include <QtTest>

using namespace castellan;

/// An audit event as the SIEM receives it: MSGID the event action, ECS-named structured data in castellan@32473,
/// severity by outcome, empty fields left out, and the free-form details (which can echo request bodies) never sent.
class TestAuditSyslogMessage : public QObject
{
    Q_OBJECT
private:
    static AuditSyslogMessage::Origin origin()
    {
        AuditSyslogMessage::Origin o;
        o.hostname = "mfa1";
        o.procId = "7";
        return o;
    }

private slots:
    void testRejectCarriesTheEventFieldsInEcsNames()
    {
        const AuditEvent event{.channel = "radius",
                               .event = "auth.validate",
                               .actor = "nas-1",
                               .username = "alice",
                               .client = "VPN gateway",
                               .result = "reject",
                               .reason = "wrong password",
                               .sourceIp = "192.0.2.7"};
        const std::string text = AuditSyslogMessage::make(event, 0, origin()).format();
        QCOMPARE(text, std::string("<108>1 1970-01-01T00:00:00.000000Z mfa1 castellan 7 auth.validate "
                                   "[castellan@32473 event.action=\"auth.validate\" event.outcome=\"failure\" "
                                   "event.reason=\"wrong password\" user.name=\"alice\" source.ip=\"192.0.2.7\" "
                                   "castellan.channel=\"radius\" castellan.result=\"reject\" castellan.actor=\"nas-1\" "
                                   "castellan.client=\"VPN gateway\"] auth.validate reject user=alice channel=radius"));
    }

    void testOutcomeFollowsEcs_data()
    {
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("success") << "success"
                                 << "success";
        QTest::newRow("accept") << "accept"
                                << "success";
        QTest::newRow("failure") << "failure"
                                 << "failure";
        QTest::newRow("reject") << "reject"
                                << "failure";
        QTest::newRow("blocked") << "blocked"
                                 << "failure";
        QTest::newRow("challenge") << "challenge"
                                   << "unknown";
        QTest::newRow("none") << ""
                              << "unknown";
    }
    void testOutcomeFollowsEcs()
    {
        QFETCH(QString, result);
        QFETCH(QString, outcome);
        QCOMPARE(QString::fromStdString(AuditSyslogMessage::outcome(result.toStdString())), outcome);
    }

    void testSuccessIsANotice()
    {
        const AuditEvent event{.channel = "system", .event = "server.start", .actor = "system", .result = "success"};
        const SyslogMessage m = AuditSyslogMessage::make(event, 0, origin());
        QCOMPARE(m.severity, SyslogMessage::Notice);
        QCOMPARE(m.facility, 13);
        QVERIFY(m.format().starts_with("<109>1 "));
    }

    void testEmptyFieldsAreLeftOut()
    {
        const AuditEvent event{.channel = "system", .event = "server.start", .actor = "system", .result = "success"};
        const std::string text = AuditSyslogMessage::make(event, 0, origin()).format();
        QVERIFY(text.find("user.name") == std::string::npos);
        QVERIFY(text.find("source.ip") == std::string::npos);
        QVERIFY(text.find("event.reason") == std::string::npos);
    }

    void testDetailsAreNeverForwarded()
    {
        // A user change audits the request body; a password in it must not reach the SIEM.
        const AuditEvent event{.channel = "rest",
                               .event = "user.update",
                               .actor = "admin",
                               .username = "bob",
                               .result = "success",
                               .details = R"({"password":"Hunter2-Secret!","otp":"123456"})"};
        const std::string text = AuditSyslogMessage::make(event, 0, origin()).format();
        QVERIFY(text.find("Hunter2-Secret!") == std::string::npos);
        QVERIFY(text.find("123456") == std::string::npos);
        QVERIFY(text.find("details") == std::string::npos);
    }

    void testHostileUsernameIsEscaped()
    {
        const AuditEvent event{.channel = "rest", .event = "auth.validate", .username = "x\"] [evil@1 a=\"b\\"};
        const std::string text = AuditSyslogMessage::make(event, 0, origin()).format();
        QVERIFY2(text.find("user.name=\"x\\\"\\] [evil@1 a=\\\"b\\\\\"") != std::string::npos, text.c_str());
    }
};

QTEST_GUILESS_MAIN(TestAuditSyslogMessage)
#include "TestAuditSyslogMessage.moc"
