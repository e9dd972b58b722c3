#include "notify/SyslogMessage.h"

#include <QtTest>

using namespace castellan;

/// RFC 5424 formatting without sockets: the header (§6.2), structured data and its escaping (§6.3), MSG with the
/// BOM only for UTF-8 text (§6.4), and RFC 6587 §3.4.1 octet counting.
class TestSyslogMessage : public QObject
{
    Q_OBJECT
private:
    static SyslogMessage sample()
    {
        SyslogMessage m;
        m.facility = 13;
        m.severity = SyslogMessage::Warning;
        m.timeMicros = 1796658645123456; // 2026-12-07T15:50:45.123456Z
        m.hostname = "mfa1.example.com";
        m.appName = "castellan";
        m.procId = "4242";
        m.msgId = "auth.validate";
        m.structuredData = {{"castellan@32473", {{"event.action", "auth.validate"}, {"user.name", "alice"}}}};
        m.msg = "auth.validate reject user=alice";
        return m;
    }

private slots:
    void testFormatsTheWholeMessage()
    {
        QCOMPARE(sample().format(), std::string("<108>1 2026-12-07T15:50:45.123456Z mfa1.example.com castellan 4242 "
                                                "auth.validate [castellan@32473 event.action=\"auth.validate\" "
                                                "user.name=\"alice\"] auth.validate reject user=alice"));
    }

    void testPriorityIsFacilityTimesEightPlusSeverity()
    {
        SyslogMessage m = sample();
        m.facility = 0;
        m.severity = SyslogMessage::Emergency;
        QVERIFY(m.format().starts_with("<0>1 "));
        m.facility = 23;
        m.severity = SyslogMessage::Debug;
        QVERIFY(m.format().starts_with("<191>1 "));
    }

    void testParamValueEscapesQuoteBackslashAndBracket_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << "alice"
                               << "alice";
        QTest::newRow("quote") << "a\"b"
                               << "a\\\"b";
        QTest::newRow("backslash") << "dom\\user"
                                   << "dom\\\\user";
        QTest::newRow("bracket") << "x]y"
                                 << "x\\]y";
        QTest::newRow("all") << "\"]\\"
                             << "\\\"\\]\\\\";
        QTest::newRow("open bracket and equals stay") << "[a=b]"
                                                      << "[a=b\\]";
        QTest::newRow("utf-8 stays") << "çağrı"
                                     << "çağrı";
    }
    void testParamValueEscapesQuoteBackslashAndBracket()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(QString::fromStdString(SyslogMessage::escapeParamValue(value.toStdString())), escaped);
    }

    void testAnInjectedElementStaysInsideItsValue()
    {
        SyslogMessage m = sample();
        m.structuredData[0].params = {{"user.name", "x\"] [fake@1 admin=\"yes"}};
        const std::string text = m.format();
        QVERIFY2(text.find("[castellan@32473 user.name=\"x\\\"\\] [fake@1 admin=\\\"yes\"]") != std::string::npos,
                 text.c_str());
    }

    void testEmptyHeaderFieldsAreNil()
    {
        SyslogMessage m = sample();
        m.hostname.clear();
        m.procId.clear();
        m.msgId.clear();
        m.structuredData.clear();
        m.msg.clear();
        QCOMPARE(m.format(), std::string("<108>1 2026-12-07T15:50:45.123456Z - castellan - - -"));
    }

    void testHeaderFieldsArePrintableAsciiAndLimited()
    {
        QCOMPARE(SyslogMessage::headerField("two words\n", 48), std::string("two_words_"));
        QCOMPARE(SyslogMessage::headerField("çok", 48), std::string("__ok"));
        QCOMPARE(SyslogMessage::headerField(std::string(40, 'm'), 32), std::string(32, 'm'));
    }

    void testSdNamesRefuseEqualsBracketQuoteAndSpace()
    {
        QCOMPARE(SyslogMessage::sdName("a=b]c\"d e"), std::string("a_b_c_d_e"));
        QCOMPARE(SyslogMessage::sdName(std::string(40, 'n')).size(), size_t(32));
        QCOMPARE(SyslogMessage::sdName(""), std::string("_"));
    }

    void testUtf8TextStartsWithTheBom()
    {
        SyslogMessage m = sample();
        m.msg = "kullanıcı";
        QVERIFY(m.format().ends_with(" \xEF\xBB\xBFkullanıcı"));
        m.msg = "ascii only";
        QVERIFY(m.format().ends_with("] ascii only"));
    }

    void testTimestampIsUtcWithMicroseconds()
    {
        QCOMPARE(SyslogMessage::timestamp(0), std::string("1970-01-01T00:00:00.000000Z"));
        QCOMPARE(SyslogMessage::timestamp(1796658645000001), std::string("2026-12-07T15:50:45.000001Z"));
    }

    void testOctetCountingPrefixesTheLengthInBytes()
    {
        QCOMPARE(SyslogMessage::octetCounted("<13>1 - - - - - -"), std::string("17 <13>1 - - - - - -"));
        QCOMPARE(SyslogMessage::octetCounted("ç"), std::string("2 ç"));
    }
};

QTEST_GUILESS_MAIN(TestSyslogMessage)
#include "TestSyslogMessage.moc"
