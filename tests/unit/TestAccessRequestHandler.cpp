#include "radius/AccessRequestHandler.h"
#include "radius/RadiusAttributeText.h"
#include "radius/RadiusClientRegistry.h"
#include "radius/RadiusDictionary.h"
#include "radius/RadiusProfiles.h"
#include "radius/UserPassword.h"

#include <QTest>

using namespace castellan;

namespace {

constexpr const char* kSecret = "nas-shared-secret";

RadiusPacket request(const std::string& user, const std::optional<std::string>& password)
{
    RadiusPacket p;
    p.code = static_cast<std::uint8_t>(RadiusCode::AccessRequest);
    p.identifier = 42;
    p.authenticator.fill(7);
    p.addText(RadiusAttr::UserName, user);
    if (password) {
        p.add(RadiusAttr::UserPassword, *UserPassword::hide(*password, kSecret, p.authenticator));
    }
    return p;
}

} // namespace

/// How an Access-Request becomes an AuthEngine request, and its decision an answer (RFC 2865 §4).
class TestAccessRequestHandler : public QObject
{
    Q_OBJECT
private:
    std::vector<RadiusProfile> m_profiles;
    RadiusProfiles m_profileView{[this] {
        return m_profiles;
    }};
    std::optional<AuthRequest> m_seen;
    Result<AuthDecision> m_decision = AuthDecision{};
    AccessRequestHandler m_handler{[this](const AuthRequest& r) {
                                       m_seen = r;
                                       return m_decision;
                                   },
                                   m_profileView};
    RadiusClient m_client{1, "nas", *SourceNetwork::parse("192.0.2.1"), kSecret, true, "VPN"};

    AccessRequestHandler::Outcome handle(const RadiusPacket& p)
    {
        return m_handler.handle(p, m_client, kSecret, "192.0.2.1");
    }
    void useProfile(int appendedOtpLength, bool passwordRequired = true,
                    std::vector<RadiusReplyAttribute> attributes = {})
    {
        m_profiles = {{"VPN", passwordRequired, true, appendedOtpLength, std::move(attributes)}};
        m_profileView.invalidate();
    }
    static QString text(const RadiusPacket& p)
    {
        return QString::fromStdString(RadiusAttributeText::format(p.attributes));
    }

private slots:
    void init()
    {
        m_seen.reset();
        m_decision = AuthDecision{};
        useProfile(0);
    }

    void testPasswordGoesToTheEngineAsItIs()
    {
        handle(request("ali", "correct horse 123456"));
        QVERIFY(m_seen);
        QCOMPARE(m_seen->channel, std::string("radius"));
        QCOMPARE(m_seen->client, std::string("nas"));
        QCOMPARE(m_seen->application, std::string("VPN"));
        QCOMPARE(m_seen->applicationType, std::string("radius"));
        QCOMPARE(*m_seen->password, std::string("correct horse 123456"));
        QVERIFY(!m_seen->otp);
        QVERIFY(!m_seen->transactionId);
        QCOMPARE(m_seen->sourceIp, std::string("192.0.2.1"));
    }

    void testAppendedCodeIsSplitOffByItsLength()
    {
        useProfile(6);
        handle(request("ali", "correct horse 123456"));
        QCOMPARE(*m_seen->password, std::string("correct horse "));
        QCOMPARE(*m_seen->otp, std::string("123456"));
        handle(request("ali", "123456")); // too short to hold both: the password alone (a challenge may follow)
        QCOMPARE(*m_seen->password, std::string("123456"));
        QVERIFY(!m_seen->otp);
    }

    void testProfileWithoutPasswordSendsTheCodeAlone()
    {
        useProfile(0, false);
        handle(request("ali", "654321"));
        QVERIFY(!m_seen->password);
        QCOMPARE(*m_seen->otp, std::string("654321"));
    }

    void testStateContinuesTheTransactionWithTheAnswer()
    {
        RadiusPacket p = request("ali", "654321");
        p.addText(RadiusAttr::State, "ctx_abc");
        handle(p);
        QCOMPARE(*m_seen->transactionId, std::string("ctx_abc"));
        QCOMPARE(*m_seen->otp, std::string("654321"));
        QVERIFY(!m_seen->password);
        RadiusPacket empty = request("ali", "");
        empty.addText(RadiusAttr::State, "ctx_abc");
        handle(empty); // e.g. after approving a push: no code typed
        QVERIFY(!m_seen->otp);
    }

    void testCallingStationIdIsTheSourceWhenGiven()
    {
        RadiusPacket p = request("ali", "pw");
        p.addText(RadiusAttr::CallingStationId, "198.51.100.7");
        handle(p);
        QCOMPARE(m_seen->sourceIp, std::string("198.51.100.7"));
    }

    void testAcceptCarriesReplyMessageFramedIpAndProfileAttributes()
    {
        useProfile(0, true, {{"Class", "grp-{username}"}, {"Session-Timeout", "3600"}});
        AuthDecision accept;
        accept.result = AuthDecision::Result::Accept;
        accept.message = "Authentication succeeded";
        accept.attributes["framed_ip"] = "10.1.2.3";
        accept.subject = {{"username", "ali"}, {"framed_ip", "10.1.2.3"}};
        m_decision = accept;
        const auto outcome = handle(request("ali", "pw"));
        QCOMPARE(outcome.reply->code, std::uint8_t(RadiusCode::AccessAccept));
        QCOMPARE(outcome.reply->identifier, std::uint8_t(42));
        QCOMPARE(text(*outcome.reply), QStringLiteral("Reply-Message = 'Authentication succeeded', Framed-IP-Address = "
                                                      "10.1.2.3, Class = 0x6772702d616c69, Session-Timeout = 3600"));
    }

    void testProfileFramedIpReplacesTheUsersOne()
    {
        useProfile(0, true, {{"Framed-IP-Address", "10.9.9.9"}});
        AuthDecision accept;
        accept.result = AuthDecision::Result::Accept;
        accept.attributes["framed_ip"] = "10.1.2.3";
        m_decision = accept;
        const auto outcome = handle(request("ali", "pw"));
        QCOMPARE(outcome.reply->count(RadiusAttr::FramedIpAddress), std::size_t(1));
        QCOMPARE(text(*outcome.reply), QStringLiteral("Framed-IP-Address = 10.9.9.9"));
    }

    void testChallengeCarriesStateAndPrompt()
    {
        AuthDecision challenge;
        challenge.result = AuthDecision::Result::Challenge;
        challenge.message = "Enter the code";
        challenge.transactionId = "ctx_xyz";
        m_decision = challenge;
        RadiusPacket p = request("ali", "pw");
        p.add(RadiusAttr::ProxyState, std::vector<std::uint8_t>{1, 2});
        const auto outcome = handle(p);
        QCOMPARE(outcome.reply->code, std::uint8_t(RadiusCode::AccessChallenge));
        QCOMPARE(text(*outcome.reply),
                 QStringLiteral("Reply-Message = 'Enter the code', State = 0x6374785f78797a, Proxy-State = 0x0102"));
    }

    void testRejectSaysOnlyWhatTheEngineSays()
    {
        AuthDecision reject;
        reject.message = "Authentication failed";
        reject.reason = "user disabled";
        m_decision = reject;
        const auto outcome = handle(request("ali", "pw"));
        QCOMPARE(text(*outcome.reply), QStringLiteral("Reply-Message = 'Authentication failed'"));
    }

    void testChapAndMissingUserNameAreRejectedWithoutTheEngine()
    {
        RadiusPacket chap = request("ali", std::nullopt);
        chap.add(RadiusAttr::ChapPassword, std::vector<std::uint8_t>(17, 1));
        auto outcome = handle(chap);
        QCOMPARE(outcome.reply->code, std::uint8_t(RadiusCode::AccessReject));
        QCOMPARE(outcome.note, std::string("CHAP is not supported (PAP only)"));
        RadiusPacket anonymous = request("", "pw");
        outcome = handle(anonymous);
        QCOMPARE(outcome.reply->code, std::uint8_t(RadiusCode::AccessReject));
        QCOMPARE(outcome.note, std::string("no User-Name"));
        QVERIFY(!m_seen);
    }

    void testSaturatedPasswordChecksDropTheRequest()
    {
        m_decision = Error::of(ErrorCode::RateLimited, "busy");
        const auto outcome = handle(request("ali", "pw"));
        QVERIFY(!outcome.reply);
        QVERIFY(!outcome.malformed);
    }

    void testEngineRefusalBecomesAPlainReject()
    {
        m_decision = Error::invalid({{"application", "is not an enabled radius application"}});
        const auto outcome = handle(request("ali", "pw"));
        QCOMPARE(text(*outcome.reply), QStringLiteral("Reply-Message = 'Authentication failed'"));
        QVERIFY(outcome.note.find("is not an enabled radius application") != std::string::npos);
    }

    void testUnreadablePasswordIsMalformed()
    {
        RadiusPacket p = request("ali", std::nullopt);
        p.add(RadiusAttr::UserPassword, std::vector<std::uint8_t>(15, 1));
        const auto outcome = handle(p);
        QVERIFY(!outcome.reply);
        QVERIFY(outcome.malformed);
        QVERIFY(!m_seen);
    }
};

QTEST_GUILESS_MAIN(TestAccessRequestHandler)
#include "TestAccessRequestHandler.moc"
