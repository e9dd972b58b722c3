#include "DeviceFixture.h"
#include "license/LicenseAlarms.h"
#include "license/LicenseKey.h"
#include "license/LicenseService.h"
#include "notify/MailSender.h"

#include <QtTest>

using namespace castellan;
using namespace castellan::test;

namespace {

/// Keeps what would have been e-mailed.
class RecordingMail : public MailSender
{
public:
    std::vector<MailMessage> sent;
    Result<void> send(const MailMessage& message) override
    {
        sent.push_back(message);
        return {};
    }
};

} // namespace

/// The license gate on SQLite and PostgreSQL with a clock the test moves: the Demo License, keys bound to the
/// App Key, the monthly unique-user limit (exact, case-insensitive, counted users unaffected when full, reset on
/// the 1st), support end stopping admission, and alarms sent once per threshold crossing.
class TestLicenseService : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<DeviceFixture> m_fixture;
    std::unique_ptr<LicenseService> m_license;
    std::pair<std::string, std::string> m_vendor = LicenseKey::generateKeyPair();

    std::string key(int users, const std::string& supportEnd, const std::string& appKey = {})
    {
        LicenseTerms t;
        t.company = "ACME";
        t.userLimit = users;
        t.type = "subscription";
        t.supportEndDate = supportEnd;
        t.pushSubscription = false;
        t.appKey = appKey.empty() ? m_license->current().terms.appKey : appKey;
        return LicenseKey::sign(t, m_vendor.first).value();
    }
    std::string refusal(const Result<LicenseState>& r) { return r ? "(installed)" : r.error().fields.front().message; }

private slots:
    void init()
    {
        m_fixture = std::make_unique<DeviceFixture>();
        m_fixture->clock.t = 1'795'000'000; // 2026-11-18T11:06:40Z
        m_license = std::make_unique<LicenseService>(m_fixture->database(), std::vector<std::string>{m_vendor.second},
                                                     LicenseTimeZone::utc(), m_fixture->audit(), m_fixture->clock);
    }
    void cleanup()
    {
        m_license.reset();
        m_fixture.reset();
    }

    void testNewInstallationRunsTheDemoLicense()
    {
        const LicenseState s = m_license->current();
        QCOMPARE(s.terms.type, std::string("demo"));
        QCOMPARE(s.terms.userLimit, LicenseService::kDemoUserLimit);
        QCOMPARE(s.terms.supportEndDate, std::string("2026-12-18"));
        QCOMPARE(s.daysLeft, std::int64_t(30));
        QVERIFY(s.terms.appKey.rfind("CAST-", 0) == 0);
        QCOMPARE(s.terms.appKey.size(), size_t(24));
        QCOMPARE(m_license->current().terms.appKey, s.terms.appKey); // stable
        QVERIFY(!s.fromKey);
    }

    void testKeyBoundToThisInstallationIsInstalled()
    {
        QVERIFY(m_license->install(key(3, "2027-12-31"), "admin:root", "192.0.2.1"));
        const LicenseState s = m_license->current();
        QVERIFY(s.fromKey);
        QCOMPARE(s.terms.userLimit, 3);
        QCOMPARE(s.terms.company, std::string("ACME"));
        QVERIFY(!m_license->pushSubscription());
    }

    void testForeignBoundOrExpiredKeysAreRefusedPrecisely()
    {
        QVERIFY(refusal(m_license->install(key(3, "2027-12-31", "CAST-XXXX-XXXX-XXXX-XXXX"), "admin:root", ""))
                    .find("is bound to another installation (App Key CAST-XXXX-XXXX-XXXX-XXXX)") != std::string::npos);
        QCOMPARE(refusal(m_license->install(key(3, "2026-11-17"), "admin:root", "")),
                 std::string("has a support period that ended on 2026-11-17; ask the vendor for a renewal"));
        const auto other = LicenseKey::generateKeyPair();
        LicenseTerms t;
        t.company = "Forger";
        t.userLimit = 9999;
        t.supportEndDate = "2030-01-01";
        t.appKey = m_license->current().terms.appKey;
        QVERIFY(refusal(m_license->install(LicenseKey::sign(t, other.first).value(), "admin:root", ""))
                    .find("does not verify") != std::string::npos);
        QVERIFY(!m_license->current().fromKey); // nothing was stored
    }

    void testLimitAdmitsExactlyNNewUsersAndCountedUsersStayIn()
    {
        QVERIFY(m_license->install(key(3, "2027-12-31"), "admin:root", ""));
        QCOMPARE(m_license->admit("alice"), LicenseService::Gate::Open);
        QCOMPARE(m_license->admit("bob"), LicenseService::Gate::Open);
        QCOMPARE(m_license->admit("ALICE"), LicenseService::Gate::Open); // the same user, whatever the case
        QCOMPARE(m_license->admit("carol"), LicenseService::Gate::Open);
        QCOMPARE(m_license->admit("dave"), LicenseService::Gate::LimitExceeded);
        QCOMPARE(m_license->admit("Bob"), LicenseService::Gate::Open);
        QCOMPARE(m_license->current().activeUsers, 3);
        std::int64_t total = 0;
        QCOMPARE(m_license->repository().usage("2026-11", {}, 0, 10, total).size(), size_t(3));
        QCOMPARE(total, std::int64_t(3));
    }

    void testCountStartsAgainOnTheFirstOfTheMonth()
    {
        QVERIFY(m_license->install(key(2, "2027-12-31"), "admin:root", ""));
        QCOMPARE(m_license->admit("alice"), LicenseService::Gate::Open);
        QCOMPARE(m_license->admit("bob"), LicenseService::Gate::Open);
        QCOMPARE(m_license->admit("carol"), LicenseService::Gate::LimitExceeded);
        m_fixture->clock.t = 1'796'083'200; // 2026-12-01T00:00:00Z
        QCOMPARE(m_license->admit("carol"), LicenseService::Gate::Open);
        QCOMPARE(m_license->current().month, std::string("2026-12"));
        QCOMPARE(m_license->current().activeUsers, 1);
        const auto months = m_license->repository().months(12);
        QCOMPARE(months.size(), size_t(2));
        QCOMPARE(months[0], std::make_pair(std::string("2026-12"), 1));
        QCOMPARE(months[1], std::make_pair(std::string("2026-11"), 2)); // history is kept
    }

    void testSupportEndStopsAdmission()
    {
        QVERIFY(m_license->install(key(10, "2026-11-20"), "admin:root", ""));
        QCOMPARE(m_license->admit("alice"), LicenseService::Gate::Open);
        m_fixture->clock.t += 2 * 86400; // the last day of support
        QVERIFY(!m_license->supportEnded());
        m_fixture->clock.t += 86400;
        // The cached terms are the same; the day changed.
        QVERIFY(m_license->supportEnded());
        QCOMPARE(m_license->admit("alice"), LicenseService::Gate::SupportEnded);
        QVERIFY(m_license->current().supportEnded);
    }

    void testAlarmsAreSentOncePerCrossing()
    {
        QVERIFY(m_license->install(key(4, "2027-12-31"), "admin:root", ""));
        RecordingMail mail;
        LicenseAlarms alarms(*m_license, &mail, m_fixture->audit());
        LicenseAlarmSettings settings;
        settings.recipients = {"ops@example.com", "cio@example.com"};
        settings.usagePercents = {50, 75};
        settings.supportDays = {30};
        m_license->repository().storeAlarmSettings(settings);
        alarms.check();
        QVERIFY(mail.sent.empty());
        m_license->admit("u1");
        m_license->admit("u2");
        alarms.check();
        alarms.check();
        QCOMPARE(mail.sent.size(), size_t(2)); // one crossing, two recipients
        QCOMPARE(mail.sent[0].subject, std::string("Castellan MFA: User limit reached 50.0% (2/4)"));
        m_license->admit("u3");
        alarms.check();
        QCOMPARE(mail.sent.size(), size_t(4));
        QCOMPARE(mail.sent[2].subject, std::string("Castellan MFA: User limit reached 75.0% (3/4)"));
        // A second node checking the same crossing sends nothing.
        LicenseService otherNode(m_fixture->database(), {m_vendor.second}, LicenseTimeZone::utc(), m_fixture->audit(),
                                 m_fixture->clock);
        LicenseAlarms otherAlarms(otherNode, &mail, m_fixture->audit());
        otherAlarms.check();
        QCOMPARE(mail.sent.size(), size_t(4));
        // 30 days before the support end date: one e-mail per recipient.
        m_fixture->clock.t = 1'796'083'200 + 365 * 86400; // 2027-12-01
        alarms.check();
        QCOMPARE(mail.sent.back().subject, std::string("Castellan MFA: License support ends in 30 days (2027-12-31)"));
    }
};

QTEST_GUILESS_MAIN(TestLicenseService)
#include "TestLicenseService.moc"
