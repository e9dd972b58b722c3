#include "auth/WebAuthnVerifier.h"

#include <QtTest>

#include <cbor.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

#include <memory>

using namespace castellan;

namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes sha256(const Bytes& data)
{
    Bytes digest(32);
    SHA256(data.data(), data.size(), digest.data());
    return digest;
}

Bytes text(const std::string& s)
{
    return Bytes(s.begin(), s.end());
}

Bytes encode(cbor_item_t* item)
{
    unsigned char* buffer = nullptr;
    std::size_t size = 0;
    const std::size_t written = cbor_serialize_alloc(item, &buffer, &size);
    Bytes out(buffer, buffer + written);
    free(buffer);
    cbor_decref(&item);
    return out;
}

/// A software authenticator with one P-256 credential, building what a browser hands the relying party
/// (W3C WebAuthn §6.1 authenticator data, §6.5 attestation object with fmt "none", §6.3.3 assertion signature).
class SoftAuthenticator
{
public:
    SoftAuthenticator()
    {
        std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_EC, nullptr),
                                                                        EVP_PKEY_CTX_free);
        EVP_PKEY_keygen_init(ctx.get());
        EVP_PKEY_CTX_set_ec_paramgen_curve_nid(ctx.get(), NID_X9_62_prime256v1);
        EVP_PKEY_keygen(ctx.get(), &m_key);
    }
    ~SoftAuthenticator() { EVP_PKEY_free(m_key); }

    Bytes credentialId = text("credential-0123456789");

    Bytes authData(const std::string& rpId, std::uint8_t flags, std::uint32_t counter, bool attested) const
    {
        Bytes data = sha256(text(rpId));
        data.push_back(flags);
        for (int shift : {24, 16, 8, 0}) {
            data.push_back(static_cast<std::uint8_t>(counter >> shift));
        }
        if (attested) {
            data.insert(data.end(), 16, 0); // AAGUID
            data.push_back(0);
            data.push_back(static_cast<std::uint8_t>(credentialId.size()));
            data.insert(data.end(), credentialId.begin(), credentialId.end());
            const Bytes key = coseKey();
            data.insert(data.end(), key.begin(), key.end());
        }
        return data;
    }

    Bytes attestationObject(const Bytes& authData) const
    {
        cbor_item_t* map = cbor_new_definite_map(3);
        cbor_map_add(map, {cbor_move(cbor_build_string("fmt")), cbor_move(cbor_build_string("none"))});
        cbor_map_add(map, {cbor_move(cbor_build_string("attStmt")), cbor_move(cbor_new_definite_map(0))});
        cbor_map_add(map, {cbor_move(cbor_build_string("authData")),
                           cbor_move(cbor_build_bytestring(authData.data(), authData.size()))});
        return encode(map);
    }

    Bytes sign(const Bytes& authData, const Bytes& clientData) const
    {
        Bytes message = authData;
        const Bytes hash = sha256(clientData);
        message.insert(message.end(), hash.begin(), hash.end());
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
        std::size_t size = 80;
        Bytes signature(size);
        EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key);
        EVP_DigestSign(ctx.get(), signature.data(), &size, message.data(), message.size());
        signature.resize(size);
        return signature;
    }

private:
    Bytes coseKey() const
    {
        BIGNUM* x = nullptr;
        BIGNUM* y = nullptr;
        EVP_PKEY_get_bn_param(m_key, "qx", &x);
        EVP_PKEY_get_bn_param(m_key, "qy", &y);
        Bytes xb(32), yb(32);
        BN_bn2binpad(x, xb.data(), 32);
        BN_bn2binpad(y, yb.data(), 32);
        BN_free(x);
        BN_free(y);
        cbor_item_t* map = cbor_new_definite_map(5);
        cbor_map_add(map, {cbor_move(cbor_build_uint8(1)), cbor_move(cbor_build_uint8(2))});   // kty: EC2
        cbor_map_add(map, {cbor_move(cbor_build_uint8(3)), cbor_move(cbor_build_negint8(6))}); // alg: -7
        cbor_map_add(map, {cbor_move(cbor_build_negint8(0)), cbor_move(cbor_build_uint8(1))}); // crv: P-256
        cbor_map_add(map, {cbor_move(cbor_build_negint8(1)), cbor_move(cbor_build_bytestring(xb.data(), 32))});
        cbor_map_add(map, {cbor_move(cbor_build_negint8(2)), cbor_move(cbor_build_bytestring(yb.data(), 32))});
        return encode(map);
    }

    EVP_PKEY* m_key = nullptr;
};

std::string clientData(const std::string& type, const std::string& challenge, const std::string& origin)
{
    return R"({"type":")" + type + R"(","challenge":")" + challenge + R"(","origin":")" + origin +
           R"(","crossOrigin":false})";
}

} // namespace

/// WebAuthn on the relying party's side with a software authenticator built here: `none` attestation,
/// assertions, and each check refusing what it must (challenge, origin, RP ID, presence, signature, counter).
class TestWebAuthnVerifier : public QObject
{
    Q_OBJECT
private:
    SoftAuthenticator m_authenticator;
    const WebAuthnExpectation m_expected{"mfa.example.com", "https://mfa.example.com", "Y2hhbGxlbmdlLTE", false};

    Result<WebAuthnCredential> registration(const WebAuthnExpectation& presented, std::uint8_t flags = 0x41)
    {
        const Bytes client = text(clientData("webauthn.create", presented.challenge, presented.origin));
        return WebAuthnVerifier::verifyRegistration(
            client, m_authenticator.attestationObject(m_authenticator.authData(presented.rpId, flags, 0, true)),
            m_expected);
    }

    WebAuthnAssertion assertion(const WebAuthnExpectation& presented, std::uint32_t counter, std::uint8_t flags = 1)
    {
        WebAuthnAssertion a;
        a.credentialId = WebAuthnVerifier::base64Url(m_authenticator.credentialId);
        a.clientDataJson = text(clientData("webauthn.get", presented.challenge, presented.origin));
        a.authenticatorData = m_authenticator.authData(presented.rpId, flags, counter, false);
        a.signature = m_authenticator.sign(a.authenticatorData, a.clientDataJson);
        return a;
    }

    static std::string why(const Result<std::uint32_t>& r) { return r ? "(valid)" : r.error().logDetail; }

private slots:
    void testNoneAttestationRegistersTheCredential()
    {
        auto credential = registration(m_expected);
        QVERIFY2(credential, credential ? "" : credential.error().logDetail.c_str());
        QCOMPARE(credential->format, std::string("none"));
        QCOMPARE(credential->algorithm, -7);
        QCOMPARE(credential->publicKey.size(), size_t(64));
        QCOMPARE(credential->credentialId, WebAuthnVerifier::base64Url(m_authenticator.credentialId));
    }

    void testRegistrationForAnotherOriginChallengeOrRpIsRefused()
    {
        WebAuthnExpectation otherOrigin = m_expected;
        otherOrigin.origin = "https://evil.example.net";
        QVERIFY(registration(otherOrigin).error().logDetail.find("origin") != std::string::npos);
        WebAuthnExpectation otherChallenge = m_expected;
        otherChallenge.challenge = "b3RoZXI";
        QVERIFY(registration(otherChallenge).error().logDetail.find("challenge") != std::string::npos);
        WebAuthnExpectation otherRp = m_expected;
        otherRp.rpId = "evil.example.net";
        QVERIFY(registration(otherRp).error().logDetail.find("RP ID hash") != std::string::npos);
        QVERIFY(registration(m_expected, 0x40).error().logDetail.find("user presence") != std::string::npos);
    }

    void testAssertionVerifiesAndReportsTheCounter()
    {
        const WebAuthnCredential credential = registration(m_expected).value();
        auto counter = WebAuthnVerifier::verifyAssertion(assertion(m_expected, 7), credential, m_expected);
        QCOMPARE(why(counter), std::string("(valid)"));
        QCOMPARE(counter.value(), std::uint32_t(7));
    }

    void testForgedOrMisdirectedAssertionsAreRefused()
    {
        const WebAuthnCredential credential = registration(m_expected).value();
        WebAuthnAssertion tampered = assertion(m_expected, 8);
        tampered.authenticatorData[36] ^= 1; // the counter changed after signing
        QVERIFY(why(WebAuthnVerifier::verifyAssertion(tampered, credential, m_expected)).find("signature") !=
                std::string::npos);
        WebAuthnExpectation replayed = m_expected;
        replayed.challenge = "b2xk";
        QVERIFY(
            why(WebAuthnVerifier::verifyAssertion(assertion(replayed, 9), credential, m_expected)).find("challenge") !=
            std::string::npos);
        WebAuthnExpectation strict = m_expected;
        strict.requireUserVerification = true;
        QVERIFY(why(WebAuthnVerifier::verifyAssertion(assertion(m_expected, 10), credential, strict))
                    .find("user verification") != std::string::npos);
        WebAuthnAssertion other = assertion(m_expected, 11);
        other.credentialId = "another";
        QVERIFY(!WebAuthnVerifier::verifyAssertion(other, credential, m_expected));
    }

    void testCounterMustGrowUnlessTheAuthenticatorKeepsNone()
    {
        QVERIFY(WebAuthnVerifier::counterAcceptable(5, 6));
        QVERIFY(WebAuthnVerifier::counterAcceptable(0, 0));
        QVERIFY(!WebAuthnVerifier::counterAcceptable(5, 5));
        QVERIFY(!WebAuthnVerifier::counterAcceptable(5, 4)); // went backwards: a cloned key
        QVERIFY(!WebAuthnVerifier::counterAcceptable(5, 0));
    }
};

QTEST_GUILESS_MAIN(TestWebAuthnVerifier)
#include "TestWebAuthnVerifier.moc"
