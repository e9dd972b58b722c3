#include "DeviceFixture.h"
#include "device/DeviceRequestSignature.h"
#include "device/DeviceRequestVerifier.h"

#include <QtTest>

using namespace castellan;
using namespace castellan::test;
using Signing = DeviceRequestSignature;

/// Signed device requests (DESIGN §5): a valid signature passes once; a tampered request, another key, a stale or
/// future timestamp, a replayed nonce, an unknown or unenrolled device are refused with the same client answer.
/// Runs on SQLite and PostgreSQL (nonces are recorded in the database).
class TestDeviceRequestVerifier : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<DeviceFixture> m_fixture;
    std::unique_ptr<DeviceRequestVerifier> m_verifier;
    std::unique_ptr<DeviceFixture::Enrolled> m_device;
    int m_users = 0;

    SignedDeviceRequest signedRequest(const DeviceKey& key, std::int64_t deviceId, const std::string& body,
                                      std::int64_t timestamp, const std::string& nonce = Signing::newNonce())
    {
        SignedDeviceRequest r{.method = "POST", .path = "/device/v1/verify", .body = body};
        r.deviceId = std::to_string(deviceId);
        r.timestamp = std::to_string(timestamp);
        r.nonce = nonce;
        r.signature = Base64::encode(key.sign(Signing::canonical(r.method, r.path, timestamp, r.nonce, r.body)));
        return r;
    }
    SignedDeviceRequest valid() { return signedRequest(m_device->key, m_device->device.id, "{}", m_fixture->clock.t); }

    /// Refused with the one client answer; the log detail names `check`.
    void verifyRefused(const SignedDeviceRequest& request, const std::string& check)
    {
        auto result = m_verifier->verify(request);
        QVERIFY2(!result, check.c_str());
        QCOMPARE(result.error().code, ErrorCode::Unauthenticated);
        QCOMPARE(result.error().message, std::string(DeviceRequestVerifier::kClientMessage));
        QVERIFY2(result.error().logDetail.find(check) != std::string::npos, result.error().logDetail.c_str());
    }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<DeviceFixture>();
        m_verifier = std::make_unique<DeviceRequestVerifier>(m_fixture->devices, m_fixture->nonces, m_fixture->clock);
        m_device = std::make_unique<DeviceFixture::Enrolled>(m_fixture->enroll("signer"));
    }
    void cleanupTestCase()
    {
        m_verifier.reset();
        m_fixture.reset();
    }

    void testValidSignatureIdentifiesTheDevice()
    {
        auto result = m_verifier->verify(valid());
        QVERIFY2(result, result ? "" : result.error().logDetail.c_str());
        QCOMPARE(result->id, m_device->device.id);
        QCOMPARE(result->username, std::string("signer"));
    }

    void testTamperedBodyIsRefused()
    {
        SignedDeviceRequest r = valid();
        r.body = R"({"otp":"000000"})";
        verifyRefused(r, "signature does not verify");
    }

    void testTamperedMethodOrPathIsRefused()
    {
        SignedDeviceRequest r = valid();
        r.path = "/device/v1/sync";
        verifyRefused(r, "signature does not verify");
        r = valid();
        r.method = "GET";
        verifyRefused(r, "signature does not verify");
    }

    void testSignatureByAnotherKeyIsRefused()
    {
        const DeviceKey stranger = DeviceKey::generate();
        verifyRefused(signedRequest(stranger, m_device->device.id, "{}", m_fixture->clock.t),
                      "signature does not verify");
    }

    void testAnotherDevicesSignatureIsRefused()
    {
        const DeviceFixture::Enrolled other = m_fixture->enroll("other-signer");
        verifyRefused(signedRequest(other.key, m_device->device.id, "{}", m_fixture->clock.t),
                      "signature does not verify");
        QVERIFY(m_verifier->verify(signedRequest(other.key, other.device.id, "{}", m_fixture->clock.t)));
    }

    void testStaleAndFutureTimestampsAreRefused()
    {
        const std::int64_t now = m_fixture->clock.t;
        verifyRefused(signedRequest(m_device->key, m_device->device.id, "{}", now - 301), "timestamp -301 s");
        verifyRefused(signedRequest(m_device->key, m_device->device.id, "{}", now + 301), "timestamp 301 s");
        QVERIFY(m_verifier->verify(signedRequest(m_device->key, m_device->device.id, "{}", now - 300)));
        QVERIFY(m_verifier->verify(signedRequest(m_device->key, m_device->device.id, "{}", now + 300)));
    }

    void testReplayedNonceIsRefused()
    {
        const SignedDeviceRequest r = valid();
        QVERIFY(m_verifier->verify(r));
        verifyRefused(r, "nonce seen before");
        // Still refused at the very end of the window in which its timestamp passes.
        m_fixture->clock.t += Signing::kMaxSkewSeconds;
        verifyRefused(r, "nonce seen before");
        m_fixture->clock.t -= Signing::kMaxSkewSeconds;
    }

    void testSameNonceFromAnotherDeviceIsIndependent()
    {
        const DeviceFixture::Enrolled other = m_fixture->enroll("nonce-sharer");
        const std::string nonce = "shared-nonce-shared-nonce";
        QVERIFY(m_verifier->verify(signedRequest(m_device->key, m_device->device.id, "{}", m_fixture->clock.t, nonce)));
        QVERIFY(m_verifier->verify(signedRequest(other.key, other.device.id, "{}", m_fixture->clock.t, nonce)));
    }

    void testRefusedSignatureDoesNotUseUpTheNonce()
    {
        const std::string nonce = "kept-for-the-real-device";
        const DeviceKey stranger = DeviceKey::generate();
        verifyRefused(signedRequest(stranger, m_device->device.id, "{}", m_fixture->clock.t, nonce),
                      "signature does not verify");
        QVERIFY(m_verifier->verify(signedRequest(m_device->key, m_device->device.id, "{}", m_fixture->clock.t, nonce)));
    }

    void testOldNoncesAreForgotten()
    {
        const SignedDeviceRequest r = valid();
        QVERIFY(m_verifier->verify(r));
        m_fixture->clock.t += 2 * Signing::kMaxSkewSeconds + 1;
        QVERIFY(m_verifier->verify(valid())); // purges everything older than the window
        Poco::Int64 left = -1;
        std::string nonce = r.nonce;
        m_fixture->database().read([&](Poco::Data::Session& s) {
            s << "SELECT COUNT(*) FROM device_nonces WHERE nonce = $1", Poco::Data::Keywords::use(nonce),
                Poco::Data::Keywords::into(left), Poco::Data::Keywords::now;
        });
        QCOMPARE(left, Poco::Int64(0));
    }

    void testUnknownAndUnenrolledDevicesAreRefused()
    {
        verifyRefused(signedRequest(m_device->key, 999'999, "{}", m_fixture->clock.t), "no such device");
        const std::int64_t userId = m_fixture->addUser("not-scanned");
        const EnrollmentTicket pending =
            m_fixture->enrollment.start(userId, "not-scanned", "Phone", 600, "https://x.test", {"admin:root", ""});
        verifyRefused(signedRequest(m_device->key, pending.deviceId, "{}", m_fixture->clock.t), "not enrolled");
    }

    void testMalformedHeadersAreRefused()
    {
        SignedDeviceRequest r = valid();
        r.deviceId = "";
        verifyRefused(r, "device id");
        r = valid();
        r.deviceId = "12abc";
        verifyRefused(r, "device id");
        r = valid();
        r.timestamp = "soon";
        verifyRefused(r, "timestamp");
        r = valid();
        r.nonce = "short";
        verifyRefused(r, "nonce");
        r = valid();
        r.signature = "not base64!";
        verifyRefused(r, "not base64");
        r = valid();
        r.signature = "";
        verifyRefused(r, "signature");
    }
};

QTEST_GUILESS_MAIN(TestDeviceRequestVerifier)
#include "TestDeviceRequestVerifier.moc"
