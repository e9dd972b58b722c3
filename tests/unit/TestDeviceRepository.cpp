#include "DeviceFixture.h"
#include "otp/Base32.h"
#include "otp/KeyUri.h"
#include "otp/Totp.h"

#include <QtTest>

using namespace castellan;
using namespace castellan::test;

/// DeviceRepository and the SoftOtpEnrollment life cycle over it, on SQLite and PostgreSQL: the ticket, single-use and
/// expiring tokens, the first OTP, replay, reasons, remote configuration delivery and removal.
class TestDeviceRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<DeviceFixture> m_fixture;

    std::string codeFor(const EnrollmentTicket& ticket, std::int64_t offsetSteps = 0)
    {
        auto secret = Base32::decode(ticket.secretBase32);
        return totp(secret.value(), m_fixture->clock.t + offsetSteps * 30, 6, OtpAlgorithm::Sha1);
    }

    DeviceBinding bindingFor(const DeviceKey& key)
    {
        DeviceBinding b;
        b.publicKey = Base64::encode(key.publicKeyDer());
        b.platform = "ios";
        b.label = "Ayşe's phone";
        return b;
    }

private slots:
    void initTestCase() { m_fixture = std::make_unique<DeviceFixture>(); }
    void cleanupTestCase() { m_fixture.reset(); }

    void testTicketIsAnOtpauthUriWithTheEnrollmentParameters()
    {
        const std::int64_t userId = m_fixture->addUser("ayse");
        const EnrollmentTicket t =
            m_fixture->enrollment.start(userId, "ayse", "Phone", 600, "https://mfa.example.test:8443", {"admin:a", ""});
        QVERIFY(t.token.rfind("cen_", 0) == 0);
        QCOMPARE(t.expiresAt, m_fixture->clock.t + 600);
        QVERIFY(t.otpauthUri.rfind("otpauth://totp/Castellan%20MFA:ayse?secret=" + t.secretBase32 +
                                       "&issuer=Castellan%20MFA&algorithm=SHA1&digits=6&period=30&castellan_enroll=" +
                                       t.token + "&castellan_url=https%3A%2F%2Fmfa.example.test%3A8443",
                                   0) == 0);
        auto key = KeyUri::parse(t.otpauthUri);
        QVERIFY(key);
        QCOMPARE(key->account, std::string("ayse"));
        QCOMPARE(key->issuer, std::string("Castellan MFA"));
        QCOMPARE(key->secret.size(), size_t(20));
        QVERIFY(t.qrSvg.rfind("<svg", 0) == 0);
        auto device = m_fixture->devices.findById(t.deviceId);
        QVERIFY(device);
        QCOMPARE(device->unverifiedReason(m_fixture->clock.t), std::optional<std::string>("QR code not scanned"));
        QVERIFY(!device->configDelivered());
    }

    void testSecretIsStoredSealed()
    {
        const std::int64_t userId = m_fixture->addUser("sealed");
        const EnrollmentTicket t = m_fixture->enrollment.start(userId, "sealed", "Phone", 600, "https://x.test", {});
        std::string stored;
        Poco::Int64 factorId = t.factorId;
        m_fixture->database().read([&](Poco::Data::Session& s) {
            s << "SELECT secret FROM factors WHERE id = $1", Poco::Data::Keywords::use(factorId),
                Poco::Data::Keywords::into(stored), Poco::Data::Keywords::now;
        });
        QVERIFY(stored.find(t.secretBase32) == std::string::npos);
        auto sealed = Base64::decode(stored);
        QVERIFY(sealed);
        QCOMPARE(sealed->size(), SecretBox::kOverhead + 20);
    }

    void testTokenIsRedeemedOnceAndBindsTheKey()
    {
        const std::int64_t userId = m_fixture->addUser("once");
        const EnrollmentTicket t = m_fixture->enrollment.start(userId, "once", "Phone", 600, "https://x.test", {});
        const DeviceKey key = DeviceKey::generate();
        auto device = m_fixture->enrollment.redeem(t.token, bindingFor(key), "192.0.2.9");
        QVERIFY(device);
        QCOMPARE(device->id, t.deviceId);
        QCOMPARE(device->platform, std::string("ios"));
        QCOMPARE(device->label, std::string("Ayşe's phone"));
        QCOMPARE(device->publicKey, Base64::encode(key.publicKeyDer()));
        QVERIFY(device->configDelivered());
        QCOMPARE(device->unverifiedReason(m_fixture->clock.t), std::optional<std::string>("First OTP not confirmed"));
        auto again = m_fixture->enrollment.redeem(t.token, bindingFor(DeviceKey::generate()), "192.0.2.9");
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Unauthenticated);
        QCOMPARE(m_fixture->devices.findById(t.deviceId)->publicKey, Base64::encode(key.publicKeyDer()));
    }

    void testExpiredTokenIsRefusedAndExplained()
    {
        const std::int64_t userId = m_fixture->addUser("late");
        const EnrollmentTicket t = m_fixture->enrollment.start(userId, "late", "Phone", 60, "https://x.test", {});
        m_fixture->clock.t += 60;
        auto device = m_fixture->enrollment.redeem(t.token, bindingFor(DeviceKey::generate()), "");
        QVERIFY(!device);
        QCOMPARE(device.error().message, std::string("The enrollment token is invalid or has expired"));
        QCOMPARE(m_fixture->devices.findById(t.deviceId)->unverifiedReason(m_fixture->clock.t),
                 std::optional<std::string>("Enrollment expired"));
        m_fixture->clock.t -= 60;
    }

    void testUnknownTokenIsRefused()
    {
        QVERIFY(!m_fixture->enrollment.redeem("cen_unknown", bindingFor(DeviceKey::generate()), ""));
    }

    void testFirstValidCodeVerifiesFactorAndDevice()
    {
        const DeviceFixture::Enrolled e = m_fixture->enroll("first");
        auto wrong = m_fixture->enrollment.confirm(e.device, "000000" == codeFor(e.ticket) ? "111111" : "000000", "");
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().fields.front().field, std::string("otp"));
        QVERIFY(!m_fixture->devices.findById(e.device.id)->verified);

        QVERIFY(m_fixture->enrollment.confirm(e.device, codeFor(e.ticket, -1), ""));
        auto device = m_fixture->devices.findById(e.device.id);
        QVERIFY(device->verified);
        QCOMPARE(device->unverifiedReason(m_fixture->clock.t), std::optional<std::string>());
        bool factorVerified = false;
        Poco::Int64 factorId = e.ticket.factorId;
        m_fixture->database().read([&](Poco::Data::Session& s) {
            s << "SELECT verified FROM factors WHERE id = $1", Poco::Data::Keywords::use(factorId),
                Poco::Data::Keywords::into(factorVerified), Poco::Data::Keywords::now;
        });
        QVERIFY(factorVerified);
    }

    void testReplayedOrOlderCodeIsRefused()
    {
        const DeviceFixture::Enrolled e = m_fixture->enroll("replay");
        QVERIFY(m_fixture->enrollment.confirm(e.device, codeFor(e.ticket), ""));
        auto replayed = m_fixture->enrollment.confirm(e.device, codeFor(e.ticket), "");
        QVERIFY(!replayed);
        QVERIFY(replayed.error().logDetail.find("replay") != std::string::npos);
        QVERIFY(!m_fixture->enrollment.confirm(e.device, codeFor(e.ticket, -1), ""));
        QVERIFY(m_fixture->enrollment.confirm(e.device, codeFor(e.ticket, 1), ""));
    }

    void testConfigurationIsDeliveredOncePerVersion()
    {
        const DeviceFixture::Enrolled e = m_fixture->enroll("config");
        int deliveries = 0;
        auto count = [&](Poco::Data::Session&) {
            ++deliveries;
        };
        auto first = m_fixture->devices.deliver(e.device.id, m_fixture->clock.t, count);
        QVERIFY(first);
        QVERIFY(!first->second); // enrollment already delivered version 1
        auto version = m_fixture->devices.configure(e.device.id, true, false, 0, [](Poco::Data::Session&) {});
        QCOMPARE(version, std::optional<std::int64_t>(2));
        QVERIFY(!m_fixture->devices.findById(e.device.id)->configDelivered());
        QVERIFY(!m_fixture->devices.configure(e.device.id, false, false, 1, [](Poco::Data::Session&) {}));
        auto delivered = m_fixture->devices.deliver(e.device.id, m_fixture->clock.t + 5, count);
        QVERIFY(delivered->second);
        QVERIFY(delivered->first.pinRequired);
        QVERIFY(!delivered->first.biometricRequired);
        QCOMPARE(delivered->first.version, std::int64_t(2));
        QVERIFY(!m_fixture->devices.deliver(e.device.id, m_fixture->clock.t + 9, count)->second);
        QCOMPARE(deliveries, 1);
        auto device = m_fixture->devices.findById(e.device.id);
        QVERIFY(device->configDelivered());
        QCOMPARE(device->lastSyncAt, std::optional<std::int64_t>(m_fixture->clock.t + 9));
    }

    void testBulkConfigurationCountsExistingDevices()
    {
        const DeviceFixture::Enrolled a = m_fixture->enroll("bulk-a");
        const DeviceFixture::Enrolled b = m_fixture->enroll("bulk-b");
        int audited = -1;
        const int n = m_fixture->devices.configureMany({a.device.id, b.device.id, 987'654}, true, true,
                                                       [&](Poco::Data::Session&, int count) { audited = count; });
        QCOMPARE(n, 2);
        QCOMPARE(audited, 2);
        QVERIFY(m_fixture->devices.findById(a.device.id)->config.biometricRequired);
        QVERIFY(m_fixture->devices.findById(b.device.id)->config.pinRequired);
    }

    void testRemovingADeviceRemovesItsFactor()
    {
        const DeviceFixture::Enrolled e = m_fixture->enroll("removed");
        int audited = 0;
        QVERIFY(m_fixture->devices.remove(e.device.id, [&](Poco::Data::Session&, const DeviceRecord&) { ++audited; }));
        QVERIFY(!m_fixture->devices.remove(e.device.id, [&](Poco::Data::Session&, const DeviceRecord&) { ++audited; }));
        QCOMPARE(audited, 1);
        QVERIFY(!m_fixture->devices.findById(e.device.id));
        Poco::Int64 factors = -1;
        Poco::Int64 factorId = e.ticket.factorId;
        m_fixture->database().read([&](Poco::Data::Session& s) {
            s << "SELECT COUNT(*) FROM factors WHERE id = $1", Poco::Data::Keywords::use(factorId),
                Poco::Data::Keywords::into(factors), Poco::Data::Keywords::now;
        });
        QCOMPARE(factors, Poco::Int64(0));
    }

    void testListFiltersByUsernameLabelAndPlatform()
    {
        m_fixture->enroll("listed.user");
        std::int64_t total = 0;
        auto found = m_fixture->devices.list({"LISTED.", 0, 50}, total);
        QCOMPARE(total, std::int64_t(1));
        QCOMPARE(found.front().username, std::string("listed.user"));
        auto byPlatform = m_fixture->devices.list({"android", 0, 2}, total);
        QVERIFY(total >= 2);
        QCOMPARE(byPlatform.size(), size_t(2));
    }

    void testListSortsByTheChosenFieldWithNeverSyncedFirst()
    {
        auto usernames = [this](const SortOrder& sort) {
            std::int64_t total = 0;
            std::vector<std::string> names;
            for (const DeviceRecord& d : m_fixture->devices.list({"sorted.", 0, 50, sort}, total)) {
                names.push_back(d.username);
            }
            return names;
        };
        using Names = std::vector<std::string>;
        const DeviceRecord b = m_fixture->enroll("sorted.b").device;
        m_fixture->clock.t += 10;
        const DeviceRecord c = m_fixture->enroll("sorted.c").device;
        m_fixture->clock.t += 10;
        const DeviceRecord a = m_fixture->enroll("sorted.a").device;
        QVERIFY(m_fixture->devices.configure(c.id, true, false, 0, [](Poco::Data::Session&) {}));
        m_fixture->clock.t += 10;
        QVERIFY(m_fixture->devices.deliver(b.id, m_fixture->clock.t, [](Poco::Data::Session&) {}));
        m_fixture->clock.t += 10;
        QVERIFY(m_fixture->devices.deliver(a.id, m_fixture->clock.t, [](Poco::Data::Session&) {}));

        QCOMPARE(usernames({}), (Names{"sorted.a", "sorted.b", "sorted.c"}));
        QCOMPARE(usernames({"username", true}), (Names{"sorted.c", "sorted.b", "sorted.a"}));
        QCOMPARE(usernames({"created_at", true}), (Names{"sorted.a", "sorted.c", "sorted.b"}));
        QCOMPARE(usernames({"last_sync_at"}), (Names{"sorted.c", "sorted.b", "sorted.a"}));
        QCOMPARE(usernames({"last_sync_at", true}), (Names{"sorted.a", "sorted.b", "sorted.c"}));
        QCOMPARE(usernames({"pin_required", true}).front(), std::string("sorted.c"));
        QCOMPARE(usernames({"config_delivered"}).front(), std::string("sorted.c"));
        QCOMPARE(usernames({"no_such_field"}), usernames({})); // the default order, never the text
    }
};

QTEST_GUILESS_MAIN(TestDeviceRepository)
#include "TestDeviceRepository.moc"
