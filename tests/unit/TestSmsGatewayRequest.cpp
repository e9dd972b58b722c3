#include "notify/SmsGatewayRequest.h"

#include <QtTest>

using namespace castellan;

class TestSmsGatewayRequest : public QObject
{
    Q_OBJECT
private slots:
    void testPostJsonBodyIsEscapedAndUrlPlaceholdersPercentEncoded()
    {
        SmsGatewaySettings settings;
        settings.url = "https://sms.example.net/v1/{phone_digits}/send?sig={phone}";
        settings.bodyTemplate = R"({"to":"{phone}","text":"{message}"})";
        settings.contentType = "application/json";
        settings.headers = {{"Authorization", "Bearer xyz"}};
        const auto request = SmsGatewayRequest::render(settings, "+905551234567", "Kod: \"1\"");
        QCOMPARE(request.method, std::string("POST"));
        QCOMPARE(request.url, std::string("https://sms.example.net/v1/905551234567/send?sig=%2B905551234567"));
        // (no raw string here: moc misreads \" inside one)
        QCOMPARE(request.body, std::string("{\"to\":\"+905551234567\",\"text\":\"Kod: \\\"1\\\"\"}"));
        QCOMPARE(request.contentType, std::string("application/json"));
        QCOMPARE(request.headers.size(), size_t(1));
    }
    void testGetBodyBecomesTheQuery_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no query") << "http://gw/send"
                                  << "http://gw/send?to=%2B905551234567&m=a%20b";
        QTest::newRow("query") << "http://gw/send?user=u"
                               << "http://gw/send?user=u&to=%2B905551234567&m=a%20b";
        QTest::newRow("open query") << "http://gw/send?"
                                    << "http://gw/send?to=%2B905551234567&m=a%20b";
    }
    void testGetBodyBecomesTheQuery()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        SmsGatewaySettings settings;
        settings.method = "GET";
        settings.url = url.toStdString();
        settings.bodyTemplate = "to={phone}&m={message}";
        const auto request = SmsGatewayRequest::render(settings, "+905551234567", "a b");
        QCOMPARE(QString::fromStdString(request.url), expected);
        QVERIFY(request.body.empty());
        QVERIFY(request.contentType.empty());
    }
    void testFormBodyIsPercentEncoded()
    {
        SmsGatewaySettings settings;
        settings.url = "http://gw/send";
        settings.bodyTemplate = "to={phone_digits}&text={message}";
        settings.contentType = "application/x-www-form-urlencoded";
        const auto request = SmsGatewayRequest::render(settings, "+905551234567", "kod: 123456 & ğ");
        QCOMPARE(request.body, std::string("to=905551234567&text=kod%3A%20123456%20%26%20%C4%9F"));
    }
};

QTEST_GUILESS_MAIN(TestSmsGatewayRequest)
#include "TestSmsGatewayRequest.moc"
