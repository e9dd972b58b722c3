#include "FreshDatabase.h"
#include "radius/AccessRequestHandler.h"
#include "radius/AccountingHandler.h"
#include "radius/DuplicateCache.h"
#include "radius/RadiusClientRegistry.h"
#include "radius/RadiusCounters.h"
#include "radius/RadiusDictionary.h"
#include "radius/RadiusDispatcher.h"
#include "radius/RadiusIntegrity.h"
#include "radius/RadiusProfiles.h"
#include "radius/UserPassword.h"
#include "store/AuditLog.h"

#include <QTest>

#include <stdexcept>

using namespace castellan;
using namespace castellan::test;

namespace {

constexpr const char* kSecret = "strict-client-secret";
constexpr const char* kLegacySecret = "legacy-client-secret";
const RadiusPeer kStrict{"192.0.2.1", 40000};
const RadiusPeer kLegacy{"192.0.2.2", 40000};

} // namespace

/// The path every RADIUS packet takes: what is dropped (and counted), what is answered, and how.
class TestRadiusDispatcher : public QObject
{
    Q_OBJECT
private:
    FreshDatabase m_db;
    std::unique_ptr<AuditLog> m_audit;
    RadiusClientRegistry m_clients{[] {
        return std::vector<RadiusClient>{{1, "strict", *SourceNetwork::parse("192.0.2.1"), kSecret, true, ""},
                                         {2, "legacy", *SourceNetwork::parse("192.0.2.2"), kLegacySecret, false, ""}};
    }};
    RadiusProfiles m_profiles{[] {
        return std::vector<RadiusProfile>{};
    }};
    int m_calls = 0;
    bool m_throw = false;
    AccessRequestHandler m_access{[this](const AuthRequest&) -> Result<AuthDecision> {
                                      ++m_calls;
                                      if (m_throw) {
                                          throw std::runtime_error("database gone");
                                      }
                                      AuthDecision d;
                                      d.message = "Authentication failed";
                                      return d;
                                  },
                                  m_profiles};
    std::unique_ptr<AccountingHandler> m_accounting;
    std::unique_ptr<DuplicateCache> m_duplicates;
    std::unique_ptr<RadiusCounters> m_counters;
    std::unique_ptr<RadiusDispatcher> m_dispatcher;

    static RadiusPacket accessRequest(const std::string& secret, std::uint8_t id = 1)
    {
        RadiusPacket p;
        p.code = static_cast<std::uint8_t>(RadiusCode::AccessRequest);
        p.identifier = id;
        p.authenticator.fill(id);
        p.addText(RadiusAttr::UserName, "ali");
        p.add(RadiusAttr::UserPassword, *UserPassword::hide("pw", secret, p.authenticator));
        return p;
    }
    static std::vector<std::uint8_t> wire(const RadiusPacket& p, const std::string& secret, bool mac)
    {
        return *RadiusIntegrity::signRequest(p, secret, mac);
    }
    std::optional<std::vector<std::uint8_t>> handle(const std::vector<std::uint8_t>& bytes, const RadiusPeer& peer,
                                                    RadiusService service = RadiusService::Authentication,
                                                    RadiusTransport transport = RadiusTransport::Udp)
    {
        return m_dispatcher->handle(bytes, peer, service, transport);
    }

private slots:
    void initTestCase()
    {
        m_audit = std::make_unique<AuditLog>(m_db.open());
        m_accounting = std::make_unique<AccountingHandler>(*m_audit);
    }
    void init()
    {
        m_calls = 0;
        m_throw = false;
        m_duplicates = std::make_unique<DuplicateCache>();
        m_counters = std::make_unique<RadiusCounters>();
        m_dispatcher =
            std::make_unique<RadiusDispatcher>(m_clients, m_access, *m_accounting, *m_duplicates, *m_counters);
    }

    void testMalformedAndOversizeDatagramsAreDroppedAndCounted()
    {
        QVERIFY(!handle({1, 2, 3}, kStrict));
        QVERIFY(!handle(std::vector<std::uint8_t>(RadiusPacket::kMaxSize + 1, 0), kStrict));
        QCOMPARE(m_counters->malformed.load(), std::uint64_t(2));
        QCOMPARE(m_counters->received.load(), std::uint64_t(2));
    }

    void testUnknownSourceIsDropped()
    {
        QVERIFY(!handle(wire(accessRequest(kSecret), kSecret, true), {"198.51.100.1", 1812}));
        QCOMPARE(m_counters->unknownClient.load(), std::uint64_t(1));
        QCOMPARE(m_calls, 0);
    }

    void testCodeThePortDoesNotServeIsDropped()
    {
        RadiusPacket accounting = accessRequest(kSecret);
        accounting.code = static_cast<std::uint8_t>(RadiusCode::AccountingRequest);
        QVERIFY(!handle(wire(accounting, kSecret, true), kStrict));
        QVERIFY(!handle(wire(accessRequest(kSecret), kSecret, true), kStrict, RadiusService::Accounting));
        QCOMPARE(m_counters->unexpectedCode.load(), std::uint64_t(2));
    }

    void testMessageAuthenticatorRules()
    {
        QVERIFY(!handle(wire(accessRequest(kSecret), kSecret, false), kStrict));       // required
        QVERIFY(!handle(wire(accessRequest(kSecret), "other-secret", true), kStrict)); // wrong secret
        QCOMPARE(m_counters->missingAuthenticator.load(), std::uint64_t(1));
        QCOMPARE(m_counters->badAuthenticator.load(), std::uint64_t(1));
        QCOMPARE(m_calls, 0);
        QVERIFY(handle(wire(accessRequest(kLegacySecret), kLegacySecret, false), kLegacy)); // legacy client
        RadiusPacket proxied = accessRequest(kLegacySecret, 2);
        proxied.add(RadiusAttr::ProxyState, std::vector<std::uint8_t>{9});
        QVERIFY(!handle(wire(proxied, kLegacySecret, false), kLegacy)); // Proxy-State needs it even there
        QVERIFY(handle(wire(proxied, kLegacySecret, true), kLegacy));
        QCOMPARE(m_calls, 2);
    }

    void testEveryAnswerIsSignedWithMessageAuthenticatorFirst()
    {
        const RadiusPacket request = accessRequest(kLegacySecret);
        const auto answer = handle(wire(request, kLegacySecret, false), kLegacy);
        QVERIFY(answer);
        QCOMPARE((*answer)[0], std::uint8_t(RadiusCode::AccessReject));
        QCOMPARE((*answer)[20], RadiusAttr::MessageAuthenticator);
        QVERIFY(RadiusIntegrity::responseValid(*answer, request, kLegacySecret));
        QCOMPARE(m_counters->rejects.load(), std::uint64_t(1));
    }

    void testEachClientsRequestsAndAnswersAreCounted()
    {
        const RadiusClientTally legacyBefore = m_clients.activity().of(2).value_or(RadiusClientTally{});
        const RadiusClientTally strictBefore = m_clients.activity().of(1).value_or(RadiusClientTally{});
        QVERIFY(handle(wire(accessRequest(kLegacySecret, 9), kLegacySecret, false), kLegacy)); // rejected
        QVERIFY(!handle(wire(accessRequest(kSecret, 9), kSecret, false), kStrict)); // dropped: no Message-Authenticator
        const RadiusClientTally legacy = *m_clients.activity().of(2);
        const RadiusClientTally strict = *m_clients.activity().of(1);
        QCOMPARE(legacy.requests, legacyBefore.requests + 1);
        QCOMPARE(legacy.rejects, legacyBefore.rejects + 1);
        QVERIFY(legacy.lastRequestAt > 0);
        QCOMPARE(strict.requests, strictBefore.requests + 1); // a drop is a request too, with no answer
        QCOMPARE(strict.rejects + strict.accepts + strict.challenges,
                 strictBefore.rejects + strictBefore.accepts + strictBefore.challenges);
    }

    void testRetransmissionIsAnsweredFromTheCache()
    {
        const auto bytes = wire(accessRequest(kSecret), kSecret, true);
        const auto first = handle(bytes, kStrict);
        const auto second = handle(bytes, kStrict);
        QVERIFY(first && second);
        QCOMPARE(*second, *first);
        QCOMPARE(m_calls, 1);
        QCOMPARE(m_counters->duplicates.load(), std::uint64_t(1));
        QVERIFY(handle(bytes, {kStrict.address, 40001})); // another source port: another request
        QCOMPARE(m_calls, 2);
    }

    void testFailureIsNotCachedSoTheRetransmissionIsWorkedOn()
    {
        const auto bytes = wire(accessRequest(kSecret), kSecret, true);
        m_throw = true;
        QVERIFY(!handle(bytes, kStrict));
        m_throw = false;
        QVERIFY(handle(bytes, kStrict));
        QCOMPARE(m_calls, 2);
    }

    void testStatusServerNeedsMessageAuthenticator()
    {
        RadiusPacket status;
        status.code = static_cast<std::uint8_t>(RadiusCode::StatusServer);
        status.identifier = 9;
        QVERIFY(!handle(wire(status, kLegacySecret, false), kLegacy));
        const auto alive = handle(wire(status, kLegacySecret, true), kLegacy);
        QVERIFY(alive);
        QCOMPARE((*alive)[0], std::uint8_t(RadiusCode::AccessAccept));
        const auto accountingAlive = handle(wire(status, kSecret, true), kStrict, RadiusService::Accounting);
        QCOMPARE((*accountingAlive)[0], std::uint8_t(RadiusCode::AccountingResponse));
        QCOMPARE(m_calls, 0);
    }

    void testTlsNeedsNoMessageAuthenticatorAndUsesTheRadSecSecret()
    {
        const RadiusPacket request = accessRequest(RadiusDispatcher::kRadSecSecret);
        const auto answer = handle(wire(request, RadiusDispatcher::kRadSecSecret, false), kStrict,
                                   RadiusService::Authentication, RadiusTransport::Tls);
        QVERIFY(answer);
        QVERIFY(RadiusIntegrity::responseValid(*answer, request, RadiusDispatcher::kRadSecSecret));
    }

    void testAccountingIsRecordedThenAcknowledged()
    {
        RadiusPacket request;
        request.code = static_cast<std::uint8_t>(RadiusCode::AccountingRequest);
        request.identifier = 3;
        request.addText(RadiusAttr::UserName, "acct.user");
        request.add(RadiusAttr::AcctStatusType, std::vector<std::uint8_t>{0, 0, 0, 2});
        request.addText(RadiusAttr::AcctSessionId, "S-9");
        const auto bytes = wire(request, kLegacySecret, false);
        const auto answer = handle(bytes, kLegacy, RadiusService::Accounting);
        QVERIFY(answer);
        QCOMPARE((*answer)[0], std::uint8_t(RadiusCode::AccountingResponse));
        QVERIFY(RadiusIntegrity::responseValid(*answer, *RadiusPacket::decode(bytes), kLegacySecret));
        const AuditPage page = m_audit->query({.username = "acct.user", .event = "radius.accounting"});
        QCOMPARE(page.total, std::int64_t(1));
        QCOMPARE(page.items[0].event.result, std::string("stop"));
        QCOMPARE(page.items[0].event.reason, std::string("session S-9"));
        QVERIFY(page.items[0].event.details.find("\"Acct-Session-Id\":\"S-9\"") != std::string::npos);

        QVERIFY(!handle(wire(request, "not-the-secret", false), kLegacy, RadiusService::Accounting));
        QCOMPARE(m_counters->badAuthenticator.load(), std::uint64_t(1));
    }
};

QTEST_GUILESS_MAIN(TestRadiusDispatcher)
#include "TestRadiusDispatcher.moc"
