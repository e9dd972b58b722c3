#include "notify/SmsGatewaySettings.h"

#include <QtTest>

using namespace castellan;

class TestSmsGatewaySettings : public QObject
{
    Q_OBJECT
private slots:
    void testHeadersAreSeparatedByLineBreaksOrBackslashN()
    {
        auto headers = SmsGatewaySettings::parseHeaders("Authorization: Bearer xyz\\nX-Api-Key:  k;1 \n\nAccept: */*");
        QVERIFY(headers);
        QCOMPARE(headers->size(), size_t(3));
        QCOMPARE(headers->at(0), SmsGatewaySettings::Header("Authorization", "Bearer xyz"));
        QCOMPARE(headers->at(1), SmsGatewaySettings::Header("X-Api-Key", "k;1")); // ";" is not a separator
        QCOMPARE(headers->at(2), SmsGatewaySettings::Header("Accept", "*/*"));
    }
    void testNoHeadersIsFine()
    {
        auto headers = SmsGatewaySettings::parseHeaders("");
        QVERIFY(headers);
        QVERIFY(headers->empty());
    }
    void testBadHeadersAreRefusedWithTheirLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("no colon") << "Authorization Bearer x"
                                  << "header line 1 is not 'Name: value'";
        QTest::newRow("bad name") << "A: b\\nBad Name: x"
                                  << "header line 2 has an invalid header name 'Bad Name'";
        QTest::newRow("control") << QString("X-A: b\x01") << "header line 1 has a control character";
        QTest::newRow("content type") << "Content-Type: text/plain"
                                      << "use sms.gateway.content_type";
        QTest::newRow("host") << "host: evil.example"
                              << "host is set by the gateway client";
    }
    void testBadHeadersAreRefusedWithTheirLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        auto headers = SmsGatewaySettings::parseHeaders(text.toStdString());
        QVERIFY(!headers);
        QCOMPARE(headers.error().code, ErrorCode::Configuration);
        QVERIFY2(headers.error().message.find(message.toStdString()) != std::string::npos,
                 headers.error().message.c_str());
    }
    void testSuccessBodyIsSubstringOrRegex()
    {
        SmsGatewaySettings settings;
        QVERIFY(settings.setSuccessBody(R"("status":"queued")").ok());
        QCOMPARE(settings.successBody, std::string(R"("status":"queued")"));
        QVERIFY(!settings.successBodyIsRegex);
        QVERIFY(settings.setSuccessBody(R"re(regex:"status"\s*:\s*"(queued|sent)")re").ok());
        QCOMPARE(settings.successBody, std::string(R"re("status"\s*:\s*"(queued|sent)")re"));
        QVERIFY(settings.successBodyIsRegex);
        auto bad = settings.setSuccessBody("regex:(unclosed");
        QVERIFY(!bad);
        QVERIFY(bad.error().message.find("regular expression") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestSmsGatewaySettings)
#include "TestSmsGatewaySettings.moc"
