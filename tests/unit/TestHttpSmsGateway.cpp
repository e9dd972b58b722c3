#include "LoopbackHttpRecorder.h"
#include "notify/HttpSmsGateway.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/URI.h>

#include <QElapsedTimer>
#include <QtTest>

using namespace castellan;
using namespace std::chrono_literals;

namespace {

const std::string kPhone = "+905551234567";
const std::string kMessage = "Castellan doğrulama kodunuz: 123456. \"Tırnak\" & \\ ters bölü";

SmsGatewaySettings jsonSettings(const test::LoopbackHttpRecorder& gateway)
{
    SmsGatewaySettings settings;
    settings.url = gateway.url("/v1/messages?apikey=SECRET-KEY");
    settings.method = "POST";
    settings.bodyTemplate = R"({"to":"{phone}","text":"{message}","from":"CASTELLAN"})";
    settings.contentType = "application/json";
    settings.headers = {{"Authorization", "Bearer xyz"}, {"X-Tenant", "acme"}};
    settings.timeoutSeconds = 5;
    return settings;
}

std::map<std::string, std::string> formFields(const std::string& body)
{
    std::map<std::string, std::string> fields;
    for (const auto& [key, value] : Poco::URI("/?" + body).getQueryParameters()) {
        fields[key] = value;
    }
    return fields;
}

int closedPort()
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    const int port = socket.address().port();
    socket.close();
    return port;
}

} // namespace

class TestHttpSmsGateway : public QObject
{
    Q_OBJECT
private slots:
    void testPostJsonTemplateCarriesPhoneAndEscapedMessage()
    {
        test::LoopbackHttpRecorder gateway;
        HttpSmsGateway sms(jsonSettings(gateway));
        auto sent = sms.send(kPhone, kMessage);
        QVERIFY2(sent.ok(), sent.ok() ? "" : sent.error().logDetail.c_str());

        auto request = gateway.waitForRequest(5s);
        QVERIFY(request);
        QCOMPARE(request->method, std::string("POST"));
        QCOMPARE(request->path, std::string("/v1/messages"));
        QCOMPARE(request->queryParameter("apikey"), std::string("SECRET-KEY"));
        QCOMPARE(request->header("Authorization"), std::string("Bearer xyz"));
        QCOMPARE(request->header("X-Tenant"), std::string("acme"));
        QCOMPARE(request->header("Content-Type"), std::string("application/json"));
        Poco::JSON::Parser parser;
        auto body = parser.parse(request->body).extract<Poco::JSON::Object::Ptr>();
        QCOMPARE(body->getValue<std::string>("to"), kPhone);
        QCOMPARE(body->getValue<std::string>("text"), kMessage);
        QCOMPARE(body->getValue<std::string>("from"), std::string("CASTELLAN"));
    }
    void testFormTemplateIsPercentEncoded()
    {
        test::LoopbackHttpRecorder gateway;
        SmsGatewaySettings settings = jsonSettings(gateway);
        settings.bodyTemplate = "to={phone}&digits={phone_digits}&msg={message}&sender=CASTELLAN";
        settings.contentType = "application/x-www-form-urlencoded";
        HttpSmsGateway sms(settings);
        QVERIFY(sms.send(kPhone, kMessage).ok());

        auto request = gateway.waitForRequest(5s);
        QVERIFY(request);
        QCOMPARE(request->header("Content-Type"), std::string("application/x-www-form-urlencoded"));
        QVERIFY(request->body.find(' ') == std::string::npos);
        QVERIFY(request->body.find('+') == std::string::npos); // "+" would read as a space
        auto fields = formFields(request->body);
        QCOMPARE(fields["to"], kPhone);
        QCOMPARE(fields["digits"], std::string("905551234567"));
        QCOMPARE(fields["msg"], kMessage);
        QCOMPARE(fields["sender"], std::string("CASTELLAN"));
    }
    void testGetCarriesTheMessageInTheQuery()
    {
        test::LoopbackHttpRecorder gateway;
        SmsGatewaySettings settings;
        settings.url = gateway.url("/api/send?user=castellan&to={phone}");
        settings.method = "GET";
        settings.bodyTemplate = "text={message}";
        settings.timeoutSeconds = 5;
        HttpSmsGateway sms(settings);
        QVERIFY(sms.send(kPhone, kMessage).ok());

        auto request = gateway.waitForRequest(5s);
        QVERIFY(request);
        QCOMPARE(request->method, std::string("GET"));
        QCOMPARE(request->path, std::string("/api/send"));
        QCOMPARE(request->queryParameter("user"), std::string("castellan"));
        QCOMPARE(request->queryParameter("to"), kPhone);
        QCOMPARE(request->queryParameter("text"), kMessage);
        QVERIFY(request->body.empty());
    }
    void testServerErrorIsUnavailableWithStatusAndExcerptInTheLogOnly()
    {
        test::LoopbackHttpRecorder gateway;
        gateway.setReply(500, "gateway exploded\nat line 2", "text/plain");
        HttpSmsGateway sms(jsonSettings(gateway));
        auto sent = sms.send(kPhone, kMessage);
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::Unavailable);
        QCOMPARE(sent.error().message, std::string("The text message could not be sent"));
        const std::string& log = sent.error().logDetail;
        QVERIFY2(log.find("500") != std::string::npos, log.c_str());
        QVERIFY2(log.find("gateway exploded at line 2") != std::string::npos, log.c_str());
        QVERIFY2(log.find("/v1/messages") != std::string::npos, log.c_str());
        QVERIFY2(log.find("SECRET-KEY") == std::string::npos, log.c_str()); // the query never reaches the log
    }
    void testSuccessStatusListIsHonoured()
    {
        test::LoopbackHttpRecorder gateway;
        SmsGatewaySettings settings = jsonSettings(gateway);
        settings.successStatus = *StatusCodeSet::parse("202");
        HttpSmsGateway sms(settings);
        gateway.setReply(200, "{}");
        auto sent = sms.send(kPhone, kMessage);
        QVERIFY(!sent);
        QVERIFY2(sent.error().logDetail.find("expected 202") != std::string::npos, sent.error().logDetail.c_str());
        gateway.setReply(202, "{}");
        QVERIFY(sms.send(kPhone, kMessage).ok());
    }
    void testSuccessBodySubstring()
    {
        test::LoopbackHttpRecorder gateway;
        SmsGatewaySettings settings = jsonSettings(gateway);
        QVERIFY(settings.setSuccessBody(R"("status":"queued")").ok());
        HttpSmsGateway sms(settings);
        gateway.setReply(200, R"({"status":"failed","reason":"no credit"})");
        auto sent = sms.send(kPhone, kMessage);
        QVERIFY(!sent);
        QVERIFY2(sent.error().logDetail.find("no credit") != std::string::npos, sent.error().logDetail.c_str());
        gateway.setReply(200, R"({"id":7,"status":"queued"})");
        QVERIFY(sms.send(kPhone, kMessage).ok());
    }
    void testSuccessBodyRegex()
    {
        test::LoopbackHttpRecorder gateway;
        SmsGatewaySettings settings = jsonSettings(gateway);
        QVERIFY(settings.setSuccessBody(R"(regex:^OK \d+$)").ok());
        HttpSmsGateway sms(settings);
        gateway.setReply(200, "OK 12345", "text/plain");
        QVERIFY(sms.send(kPhone, kMessage).ok());
        gateway.setReply(200, "ERR 30", "text/plain");
        QVERIFY(!sms.send(kPhone, kMessage));
    }
    void testSlowGatewayTimesOut()
    {
        test::LoopbackHttpRecorder gateway;
        gateway.setDelay(10s);
        SmsGatewaySettings settings = jsonSettings(gateway);
        settings.timeoutSeconds = 1;
        HttpSmsGateway sms(settings);
        QElapsedTimer elapsed;
        elapsed.start();
        auto sent = sms.send(kPhone, kMessage);
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::Unavailable);
        QVERIFY2(sent.error().logDetail.find("no answer within 1 s") != std::string::npos,
                 sent.error().logDetail.c_str());
        QVERIFY(elapsed.elapsed() < 5000);
    }
    void testUnreachableGatewayIsUnavailable()
    {
        SmsGatewaySettings settings;
        settings.url = "http://localhost:" + std::to_string(closedPort()) + "/send";
        settings.bodyTemplate = "to={phone}&m={message}";
        settings.contentType = "application/x-www-form-urlencoded";
        settings.timeoutSeconds = 2;
        HttpSmsGateway sms(settings);
        auto sent = sms.send(kPhone, kMessage);
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::Unavailable);
        QVERIFY2(sent.error().logDetail.find("localhost") != std::string::npos, sent.error().logDetail.c_str());
    }
    void testHttpsGatewayCertificateIsVerified()
    {
        test::LoopbackHttpRecorder gateway(true);
        SmsGatewaySettings settings = jsonSettings(gateway);
        {
            HttpSmsGateway untrusted(settings); // system CAs only
            auto sent = untrusted.send(kPhone, kMessage);
            QVERIFY(!sent);
            QVERIFY2(sent.error().logDetail.find("certificate verify failed") != std::string::npos,
                     sent.error().logDetail.c_str());
            QVERIFY(gateway.requests().empty());
        }
        settings.caFile = gateway.certificateFile();
        HttpSmsGateway trusted(settings);
        auto sent = trusted.send(kPhone, kMessage);
        QVERIFY2(sent.ok(), sent.ok() ? "" : sent.error().logDetail.c_str());
        auto request = gateway.waitForRequest(5s);
        QVERIFY(request);
        QCOMPARE(request->header("Authorization"), std::string("Bearer xyz"));
    }
    void testPhoneOutsideE164IsRefusedWithoutARequest()
    {
        test::LoopbackHttpRecorder gateway;
        HttpSmsGateway sms(jsonSettings(gateway));
        for (const std::string phone : {"05551234567", "+90555&x=1", "", "+0123456789"}) {
            auto sent = sms.send(phone, kMessage);
            QVERIFY(!sent);
            QCOMPARE(sent.error().code, ErrorCode::InvalidInput);
        }
        QVERIFY(gateway.requests().empty());
    }
};

QTEST_GUILESS_MAIN(TestHttpSmsGateway)
#include "TestHttpSmsGateway.moc"
