#include "app/JournalChannel.h"
#include "app/JournalEvents.h"
#include "store/AuditLog.h"

#include <QtTest>

using namespace castellan;

/// The native journal protocol's encoding (systemd.io/JOURNAL_NATIVE_PROTOCOL) and the MESSAGE_IDs of events.
class TestJournalChannel : public QObject
{
    Q_OBJECT
private slots:
    void testPlainFieldsAreKeyValueLines()
    {
        Poco::Message message("reload", "reload complete", Poco::Message::PRIO_NOTICE);
        message.set("MESSAGE_ID", JournalEvents::kReload);
        QCOMPARE(JournalChannel::encode(message, "castellan-server"),
                 std::string("MESSAGE=reload: reload complete\nPRIORITY=5\nSYSLOG_IDENTIFIER=castellan-server\n"
                             "CASTELLAN_LOGGER=reload\nMESSAGE_ID=") +
                     JournalEvents::kReload + "\n");
    }

    void testAValueWithANewlineUsesTheBinarySafeForm()
    {
        Poco::Message message("", "two\nlines", Poco::Message::PRIO_ERROR);
        const std::string encoded = JournalChannel::encode(message, "x");
        // MESSAGE\n, the length 9 as 64-bit little endian, the bytes, \n.
        const std::string expected = std::string("MESSAGE\n") + std::string("\x09\0\0\0\0\0\0\0", 8) +
                                     "two\nlines\nPRIORITY=3\nSYSLOG_IDENTIFIER=x\n";
        QCOMPARE(QByteArray::fromStdString(encoded).toHex(), QByteArray::fromStdString(expected).toHex());
    }

    void testPocoPrioritiesMapToSyslogLevels()
    {
        QCOMPARE(JournalChannel::syslogPriority(Poco::Message::PRIO_FATAL), 2);
        QCOMPARE(JournalChannel::syslogPriority(Poco::Message::PRIO_CRITICAL), 2);
        QCOMPARE(JournalChannel::syslogPriority(Poco::Message::PRIO_ERROR), 3);
        QCOMPARE(JournalChannel::syslogPriority(Poco::Message::PRIO_WARNING), 4);
        QCOMPARE(JournalChannel::syslogPriority(Poco::Message::PRIO_NOTICE), 5);
        QCOMPARE(JournalChannel::syslogPriority(Poco::Message::PRIO_INFORMATION), 6);
        QCOMPARE(JournalChannel::syslogPriority(Poco::Message::PRIO_DEBUG), 7);
        QCOMPARE(JournalChannel::syslogPriority(Poco::Message::PRIO_TRACE), 7);
    }

    void testAuditEventsGetTheIdOfTheirKind()
    {
        QCOMPARE(JournalEvents::messageIdOf({.channel = "radius", .event = "auth.validate", .result = "accept"}),
                 JournalEvents::kAuthAccepted);
        QCOMPARE(JournalEvents::messageIdOf({.channel = "radius", .event = "auth.validate", .result = "reject"}),
                 JournalEvents::kAuthRejected);
        QCOMPARE(JournalEvents::messageIdOf({.channel = "radius", .event = "auth.validate", .result = "challenge"}),
                 JournalEvents::kAuthChallenge);
        QCOMPARE(JournalEvents::messageIdOf({.channel = "rest", .event = "admin.login", .result = "failure"}),
                 JournalEvents::kAuthRejected);
        QCOMPARE(JournalEvents::messageIdOf({.channel = "rest", .event = "user.create", .result = "success"}),
                 JournalEvents::kAdminChange);
        QCOMPARE(JournalEvents::messageIdOf({.channel = "cli", .event = "admin.create", .result = "success"}),
                 JournalEvents::kAdminChange);
        QVERIFY(JournalEvents::messageIdOf({.channel = "system", .event = "server.start"}) == nullptr);
        QVERIFY(JournalEvents::messageIdOf({.channel = "radius", .event = "radius.accounting"}) == nullptr);
    }

    void testAuditEntryCarriesItsFields()
    {
        const AuditEvent event{.channel = "radius",
                               .event = "auth.validate",
                               .actor = "vpn",
                               .username = "alice",
                               .client = "vpn",
                               .result = "reject",
                               .reason = "wrong password",
                               .sourceIp = "192.0.2.7"};
        const Poco::Message message = JournalEvents::messageOf(event, JournalEvents::messageIdOf(event));
        const std::string encoded = JournalChannel::encode(message, "castellan-server");
        for (const char* field :
             {"PRIORITY=4\n", "MESSAGE_ID=256484a8f38741839a5232b3705fdfb4\n", "EVENT_ACTION=auth.validate\n",
              "EVENT_OUTCOME=failure\n", "EVENT_REASON=wrong password\n", "USER_NAME=alice\n", "SOURCE_IP=192.0.2.7\n",
              "CASTELLAN_CHANNEL=radius\n", "CASTELLAN_CLIENT=vpn\n"}) {
            QVERIFY2(encoded.find(field) != std::string::npos, field);
        }
        QVERIFY(encoded.find("MESSAGE=audit: auth.validate reject user=alice channel=radius client=vpn") !=
                std::string::npos);
    }

    void testMessageIdsAre128BitHexAndDistinct()
    {
        const char* ids[] = {JournalEvents::kServerStart,  JournalEvents::kServerStop,    JournalEvents::kReload,
                             JournalEvents::kReloadFailed, JournalEvents::kConfigError,   JournalEvents::kAuthAccepted,
                             JournalEvents::kAuthRejected, JournalEvents::kAuthChallenge, JournalEvents::kAdminChange};
        QSet<QString> seen;
        for (const char* id : ids) {
            QVERIFY(QRegularExpression("^[0-9a-f]{32}$").match(id).hasMatch());
            seen.insert(id);
        }
        QCOMPARE(seen.size(), int(std::size(ids)));
    }
};

QTEST_GUILESS_MAIN(TestJournalChannel)
#include "TestJournalChannel.moc"
