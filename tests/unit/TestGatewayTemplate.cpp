#include "notify/GatewayTemplate.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <QtTest>

using namespace castellan;
using Encoding = GatewayTemplate::Encoding;

class TestGatewayTemplate : public QObject
{
    Q_OBJECT
private slots:
    void testEncodingFollowsTheContentType_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<int>("encoding");
        QTest::newRow("json") << "application/json" << int(Encoding::Json);
        QTest::newRow("json charset") << "Application/JSON; charset=utf-8" << int(Encoding::Json);
        QTest::newRow("json suffix") << "application/vnd.gateway+json" << int(Encoding::Json);
        QTest::newRow("form") << "application/x-www-form-urlencoded" << int(Encoding::Percent);
        QTest::newRow("xml") << "text/xml; charset=UTF-8" << int(Encoding::Xml);
        QTest::newRow("soap") << "application/soap+xml" << int(Encoding::Xml);
        QTest::newRow("plain") << "text/plain" << int(Encoding::Raw);
    }
    void testEncodingFollowsTheContentType()
    {
        QFETCH(QString, contentType);
        QFETCH(int, encoding);
        QCOMPARE(int(GatewayTemplate::encodingFor(contentType.toStdString())), encoding);
    }
    void testPercentEncodingLeavesOnlyUnreservedCharacters()
    {
        // RFC 3986 §2.3 unreserved stay; "+" must not survive (form decoders read it as a space).
        QCOMPARE(GatewayTemplate::encode("+90 555/ğ&a=b~._-", Encoding::Percent),
                 std::string("%2B90%20555%2F%C4%9F%26a%3Db~._-"));
    }
    void testJsonEscapesQuotesBackslashesAndControls()
    {
        const std::string message = "say \"hi\" \\ now\nnext\ttab \x01 ğ";
        const std::string json =
            GatewayTemplate::expand(R"({"text":"{message}"})", {{"message", message}}, Encoding::Json);
        Poco::JSON::Parser parser;
        auto object = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
        QCOMPARE(object->getValue<std::string>("text"), message);
    }
    void testXmlEscapesMarkup()
    {
        QCOMPARE(GatewayTemplate::encode("<a href='x'>&\"</a>", Encoding::Xml),
                 std::string("&lt;a href=&apos;x&apos;&gt;&amp;&quot;&lt;/a&gt;"));
    }
    void testOnlyKnownPlaceholdersAreReplacedAndOnlyOnce()
    {
        const std::string out = GatewayTemplate::expand(R"({"to":"{phone}","x":{"y":"{unknown}"},"m":"{message}"})",
                                                        {{"phone", "+90"}, {"message", "{phone}"}}, Encoding::Raw);
        QCOMPARE(out, std::string(R"({"to":"+90","x":{"y":"{unknown}"},"m":"{phone}"})"));
    }
    void testMentions()
    {
        QVERIFY(GatewayTemplate::mentions("to={phone}", "phone"));
        QVERIFY(!GatewayTemplate::mentions("to={phone_digits}", "phone"));
        QVERIFY(GatewayTemplate::mentions("to={phone_digits}", "phone_digits"));
    }
};

QTEST_GUILESS_MAIN(TestGatewayTemplate)
#include "TestGatewayTemplate.moc"
