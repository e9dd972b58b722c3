#include "FreshDatabase.h"
#include "LoopbackHttpRecorder.h"
#include "LoopbackSmtpServer.h"
#include "notify/HttpSmsGateway.h"
#include "notify/OneTimeCodes.h"
#include "notify/OtpDelivery.h"
#include "notify/SmtpMailSender.h"
#include "store/AuditLog.h"

#include <Poco/Data/Session.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <QtTest>

#include <regex>

using namespace castellan;
using namespace Poco::Data::Keywords;
using namespace std::chrono_literals;

namespace {

class ManualClock : public Clock
{
public:
    std::int64_t t = 1'700'000'000;
    std::int64_t nowSeconds() const override { return t; }
};

FactorTarget insertFactor(Database& db, FactorTarget::Type type, const std::string& destination)
{
    Poco::Int64 factorId = 0;
    std::string kind = type == FactorTarget::Type::Sms ? "sms" : "email";
    std::string to = destination;
    db.write([&](Poco::Data::Session& s) {
        Poco::Int64 userId = 0;
        s << "INSERT INTO users (username, username_key, created_at, updated_at) VALUES ('ayse', 'ayse', 0, 0) "
             "RETURNING id",
            into(userId), now;
        s << "INSERT INTO factors (user_id, type, destination, created_at) VALUES ($1, $2, $3, 0) RETURNING id",
            use(userId), use(kind), use(to), into(factorId), now;
    });
    return FactorTarget{.factorId = factorId, .type = type, .destination = destination};
}

Poco::Int64 countDeliveries(Database& db)
{
    Poco::Int64 n = 0;
    db.read([&](Poco::Data::Session& s) { s << "SELECT COUNT(*) FROM otp_deliveries", into(n), now; });
    return n;
}

// The six-digit code in a message text, as a user would read it.
std::string codeIn(const std::string& text)
{
    std::smatch match;
    if (!std::regex_search(text, match, std::regex(R"((?:^|\D)(\d{6})(?:\D|$))"))) {
        return {};
    }
    return match[1];
}

std::string smsTextOf(const test::RecordedRequest& request)
{
    Poco::JSON::Parser parser;
    return parser.parse(request.body).extract<Poco::JSON::Object::Ptr>()->getValue<std::string>("text");
}

SmsGatewaySettings gatewaySettings(const test::LoopbackHttpRecorder& gateway)
{
    SmsGatewaySettings settings;
    settings.url = gateway.url("/send");
    settings.bodyTemplate = R"({"to":"{phone}","text":"{message}"})";
    settings.contentType = "application/json";
    settings.timeoutSeconds = 5;
    return settings;
}

SmtpSettings smtpSettings(const test::LoopbackSmtpServer& server)
{
    return SmtpSettings{.host = "localhost",
                        .port = server.port(),
                        .user = "mailer",
                        .password = "secret",
                        .from = "Castellan <noreply@castellan.example>",
                        .startTls = true,
                        .caFile = server.certificateFile(),
                        .timeoutSeconds = 5};
}

} // namespace

class TestOtpDelivery : public QObject
{
    Q_OBJECT
private slots:
    void testSmsCodeFromTheRecordedMessageVerifies()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        test::LoopbackHttpRecorder gateway;
        HttpSmsGateway sms(gatewaySettings(gateway));
        OtpDelivery delivery(codes, &sms, nullptr);
        const FactorTarget target = insertFactor(db, FactorTarget::Type::Sms, "+905551234567");

        auto sent = delivery.sendCode(target, "tx-1", "tr");
        QVERIFY2(sent.ok(), sent.ok() ? "" : sent.error().logDetail.c_str());
        auto request = gateway.waitForRequest(5s);
        QVERIFY(request);
        const std::string text = smsTextOf(*request);
        QVERIFY2(text.starts_with("Castellan doğrulama kodunuz: "), text.c_str());
        const std::string code = codeIn(text);
        QCOMPARE(code.size(), size_t(6));

        clock.t += 60;
        QCOMPARE(delivery.checkCode(target.factorId, code, "tx-1").value(), true);
        QCOMPARE(delivery.checkCode(target.factorId, code, "tx-1").value(), false);
    }
    void testEmailCodeFromTheRecordedMailVerifies()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        test::LoopbackSmtpServer smtp;
        SmtpMailSender mail(smtpSettings(smtp));
        OtpDelivery delivery(codes, nullptr, &mail, "Acme MFA");
        const FactorTarget target = insertFactor(db, FactorTarget::Type::Email, "ayse@example.com");

        auto sent = delivery.sendCode(target, "tx-9", "en");
        QVERIFY2(sent.ok(), sent.ok() ? "" : sent.error().logDetail.c_str());
        auto received = smtp.waitForMessage(5s);
        QVERIFY(received);
        QCOMPARE(received->rcptTo, std::vector<std::string>{"ayse@example.com"});
        QCOMPARE(received->subject, std::string("Your Acme MFA verification code"));
        QVERIFY(received->tls);
        const std::string code = codeIn(received->body);
        QCOMPARE(code.size(), size_t(6));
        QVERIFY(received->subject.find(code) == std::string::npos);

        QCOMPARE(delivery.checkCode(target.factorId, code, "tx-9").value(), true);
    }
    void testTurkishEmailArrivesIntact()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        test::LoopbackSmtpServer smtp;
        SmtpMailSender mail(smtpSettings(smtp));
        OtpDelivery delivery(codes, nullptr, &mail);
        const FactorTarget target = insertFactor(db, FactorTarget::Type::Email, "ayse@example.com");
        QVERIFY(delivery.sendCode(target, "tx", "tr-TR").ok());
        auto received = smtp.waitForMessage(5s);
        QVERIFY(received);
        QCOMPARE(received->subject, std::string("Castellan doğrulama kodunuz"));
        const std::string code = codeIn(received->body);
        QVERIFY(received->body.starts_with("Castellan doğrulama kodunuz: " + code + "\r\n"));
        QVERIFY(received->body.find("geçerliliğini yitirir") != std::string::npos);
    }
    void testFailingGatewayLeavesNoUsableCode()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        test::LoopbackHttpRecorder gateway;
        gateway.setReply(503, R"({"error":"maintenance"})");
        HttpSmsGateway sms(gatewaySettings(gateway));
        OtpDelivery delivery(codes, &sms, nullptr);
        const FactorTarget target = insertFactor(db, FactorTarget::Type::Sms, "+905551234567");

        auto sent = delivery.sendCode(target, "tx", "en");
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::Unavailable);
        QCOMPARE(sent.error().message, std::string("The code could not be sent; try again or use another factor"));
        QVERIFY2(sent.error().logDetail.find("503") != std::string::npos, sent.error().logDetail.c_str());
        // The gateway saw the code (it may even have delivered it), yet the code does not work.
        auto request = gateway.waitForRequest(5s);
        QVERIFY(request);
        const std::string leaked = codeIn(smsTextOf(*request));
        QCOMPARE(leaked.size(), size_t(6));
        QCOMPARE(delivery.checkCode(target.factorId, leaked, "tx").value(), false);

        // The user may ask again at once, and the new code works.
        gateway.setReply(200, R"({"status":"queued"})");
        auto again = delivery.sendCode(target, "tx", "en");
        QVERIFY2(again.ok(), again.ok() ? "" : again.error().logDetail.c_str());
        auto second = gateway.waitForRequest(5s);
        QVERIFY(second);
        QCOMPARE(delivery.checkCode(target.factorId, codeIn(smsTextOf(*second)), "tx").value(), true);
    }
    void testFailingMailServerLeavesNoUsableCode()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        test::LoopbackSmtpServer smtp({.rejectRecipientsWith = 550});
        SmtpMailSender mail(smtpSettings(smtp));
        OtpDelivery delivery(codes, nullptr, &mail);
        const FactorTarget target = insertFactor(db, FactorTarget::Type::Email, "ayse@example.com");
        auto sent = delivery.sendCode(target, "tx", "en");
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::Unavailable);
        QVERIFY2(sent.error().logDetail.find("550") != std::string::npos, sent.error().logDetail.c_str());
        Poco::Int64 live = 0;
        db.read([&](Poco::Data::Session& s) {
            s << "SELECT COUNT(*) FROM otp_deliveries WHERE used_at IS NULL AND expires_at > $1", use(clock.t),
                into(live), now;
        });
        QCOMPARE(live, Poco::Int64(0));
    }
    void testMissingChannelIssuesNoCode()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        OtpDelivery delivery(codes, nullptr, nullptr);
        const FactorTarget target = insertFactor(db, FactorTarget::Type::Email, "ayse@example.com");
        auto sent = delivery.sendCode(target, "tx", "en");
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::Unavailable);
        QVERIFY(sent.error().logDetail.find("no e-mail channel") != std::string::npos);
        QCOMPARE(countDeliveries(db), Poco::Int64(0));
    }
    void testEveryCodeNotSentIsAuditedWithTheReason()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        AuditLog audit(db, clock);
        test::LoopbackHttpRecorder gateway;
        gateway.setReply(503, R"({"error":"maintenance"})");
        HttpSmsGateway sms(gatewaySettings(gateway));
        OtpDelivery delivery(codes, &sms, nullptr, "Castellan", &audit);
        FactorTarget phone = insertFactor(db, FactorTarget::Type::Sms, "+905551234567");
        phone.username = "ayse";
        QVERIFY(!delivery.sendCode(phone, "tx", "en"));
        FactorTarget mailbox{.factorId = phone.factorId,
                             .type = FactorTarget::Type::Email,
                             .destination = "ayse@example.com",
                             .username = "ayse"};
        QVERIFY(!delivery.sendCode(mailbox, "tx2", "en")); // no mail channel at all

        const AuditPage failures = audit.query({.event = "delivery.send", .result = "failure"});
        QCOMPARE(failures.total, std::int64_t(2));
        const AuditEvent& noMail = failures.items.at(0).event; // newest first (same second: higher id)
        QCOMPARE(noMail.channel, std::string("mail"));
        QVERIFY2(noMail.reason.find("no e-mail channel") != std::string::npos, noMail.reason.c_str());
        const AuditEvent& down = failures.items.at(1).event;
        QCOMPARE(down.channel, std::string("sms"));
        QCOMPARE(down.username, std::string("ayse"));
        QVERIFY2(down.reason.find("503") != std::string::npos, down.reason.c_str());
        QVERIFY2(down.reason.find("5551234567") == std::string::npos, down.reason.c_str()); // no phone number

        // A code that goes out records nothing.
        gateway.setReply(200, R"({"status":"queued"})");
        clock.t += 120;
        QVERIFY(delivery.sendCode(phone, "tx3", "en").ok());
        QCOMPARE(audit.query({.event = "delivery.send"}).total, std::int64_t(2));
    }
    void testAskingAgainAtOnceIsRateLimitedAndSendsNothing()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        ManualClock clock;
        OneTimeCodes codes(db, clock);
        test::LoopbackHttpRecorder gateway;
        HttpSmsGateway sms(gatewaySettings(gateway));
        OtpDelivery delivery(codes, &sms, nullptr);
        const FactorTarget target = insertFactor(db, FactorTarget::Type::Sms, "+905551234567");
        QVERIFY(delivery.sendCode(target, "tx", "en").ok());
        clock.t += 5;
        auto again = delivery.sendCode(target, "tx", "en");
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::RateLimited);
        QCOMPARE(gateway.requests().size(), size_t(1));
    }
    void testMaskedDestination()
    {
        QCOMPARE(OtpDelivery::maskedDestination({1, FactorTarget::Type::Sms, "+905554443322"}),
                 std::string("+90******3322"));
        QCOMPARE(OtpDelivery::maskedDestination({1, FactorTarget::Type::Email, "ayse.yilmaz@example.com"}),
                 std::string("a***@example.com"));
        QCOMPARE(OtpDelivery::maskedDestination({1, FactorTarget::Type::Sms, "+9055"}), std::string("+90**"));
    }
};

QTEST_GUILESS_MAIN(TestOtpDelivery)
#include "TestOtpDelivery.moc"
