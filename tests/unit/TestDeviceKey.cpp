#include "device/DeviceKey.h"

#include <QtTest>

#include <openssl/evp.h>
#include <openssl/x509.h>

using namespace castellan;

namespace {

/// The SubjectPublicKeyInfo DER of a fresh key of another kind (e.g. "EC" on P-384, or "RSA").
std::vector<std::uint8_t> foreignPublicKey(const char* algorithm, const char* parameter)
{
    EVP_PKEY* key = std::string(algorithm) == "RSA" ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048))
                                                    : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", parameter);
    unsigned char* out = nullptr;
    const int length = i2d_PUBKEY(key, &out);
    std::vector<std::uint8_t> der(out, out + length);
    OPENSSL_free(out);
    EVP_PKEY_free(key);
    return der;
}

} // namespace

/// P-256 device keys: SubjectPublicKeyInfo and PKCS#8 round trips, ECDSA-SHA256 signatures, other keys refused.
class TestDeviceKey : public QObject
{
    Q_OBJECT
private slots:
    void testSignatureVerifiesUnderThePublicHalf()
    {
        const DeviceKey key = DeviceKey::generate();
        const auto signature = key.sign("POST\n/device/v1/verify");
        auto publicKey = DeviceKey::fromPublicKeyDer(key.publicKeyDer());
        QVERIFY(publicKey);
        QVERIFY(!publicKey->hasPrivateKey());
        QVERIFY(publicKey->verify("POST\n/device/v1/verify", signature));
        QVERIFY(!publicKey->verify("POST\n/device/v1/verifY", signature));
    }

    void testSignatureOfAnotherKeyIsRefused()
    {
        const DeviceKey key = DeviceKey::generate();
        const DeviceKey other = DeviceKey::generate();
        QVERIFY(!key.verify("text", other.sign("text")));
    }

    void testMalformedSignatureIsRefused()
    {
        const DeviceKey key = DeviceKey::generate();
        std::vector<std::uint8_t> signature = key.sign("text");
        signature[signature.size() / 2] ^= 0x01;
        QVERIFY(!key.verify("text", signature));
        QVERIFY(!key.verify("text", {}));
        const std::vector<std::uint8_t> junk(70, 0x30);
        QVERIFY(!key.verify("text", junk));
    }

    void testPrivateKeyRoundTripsThroughPkcs8()
    {
        const DeviceKey key = DeviceKey::generate();
        auto loaded = DeviceKey::fromPrivateKeyDer(key.privateKeyDer());
        QVERIFY(loaded);
        QVERIFY(loaded->hasPrivateKey());
        QCOMPARE(loaded->publicKeyDer(), key.publicKeyDer());
        QVERIFY(key.verify("text", loaded->sign("text")));
    }

    void testPublicKeyIsSubjectPublicKeyInfoOfP256()
    {
        // RFC 5480: SEQUENCE { SEQUENCE { id-ecPublicKey, prime256v1 }, BIT STRING (65-byte uncompressed point) }.
        const std::vector<std::uint8_t> der = DeviceKey::generate().publicKeyDer();
        QCOMPARE(der.size(), size_t(91));
        const std::vector<std::uint8_t> prefix = {0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48,
                                                  0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48,
                                                  0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00, 0x04};
        QVERIFY(std::equal(prefix.begin(), prefix.end(), der.begin()));
    }

    void testOtherCurvesAndKeyTypesAreRefused()
    {
        auto p384 = DeviceKey::fromPublicKeyDer(foreignPublicKey("EC", "P-384"));
        QVERIFY(!p384);
        QCOMPARE(p384.error().code, ErrorCode::InvalidInput);
        QCOMPARE(p384.error().fields.front().field, std::string("public_key"));
        QVERIFY(!DeviceKey::fromPublicKeyDer(foreignPublicKey("RSA", nullptr)));
    }

    void testTruncatedOrPaddedDerIsRefused()
    {
        std::vector<std::uint8_t> der = DeviceKey::generate().publicKeyDer();
        QVERIFY(DeviceKey::fromPublicKeyDer(der));
        std::vector<std::uint8_t> padded = der;
        padded.push_back(0);
        QVERIFY(!DeviceKey::fromPublicKeyDer(padded));
        der.pop_back();
        QVERIFY(!DeviceKey::fromPublicKeyDer(der));
        QVERIFY(!DeviceKey::fromPublicKeyDer({}));
        QVERIFY(!DeviceKey::fromPrivateKeyDer(std::vector<std::uint8_t>(40, 0x30)));
    }

    void testPublicKeyCannotSign()
    {
        auto publicKey = DeviceKey::fromPublicKeyDer(DeviceKey::generate().publicKeyDer());
        QVERIFY_THROWS_EXCEPTION(std::logic_error, publicKey->sign("text"));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, publicKey->privateKeyDer());
    }
};

QTEST_GUILESS_MAIN(TestDeviceKey)
#include "TestDeviceKey.moc"
