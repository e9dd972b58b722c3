#include "crypto/SecretBox.h"

#include "crypto/Base64.h"

#include <QtTest>

#include <algorithm>

using namespace castellan;

namespace {

MasterKey keyFilledWith(std::uint8_t value)
{
    std::array<std::uint8_t, MasterKey::kKeySize> bytes{};
    bytes.fill(value);
    return MasterKey::fromBytes(bytes);
}

std::vector<std::uint8_t> bytesOf(std::string_view text)
{
    return {text.begin(), text.end()};
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// Every refusal is ErrorCode::Crypto with the same client text; only the log detail says what was wrong.
void checkRefused(const Result<std::vector<std::uint8_t>>& opened, const std::string& detail)
{
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::Crypto);
    QCOMPARE(opened.error().message, std::string("A stored secret could not be decrypted"));
    QVERIFY2(contains(opened.error().logDetail, detail), opened.error().logDetail.c_str());
}

} // namespace

class TestSecretBox : public QObject
{
    Q_OBJECT
private slots:
    void testRoundTrip()
    {
        const SecretBox box(keyFilledWith(1));
        const std::vector<std::uint8_t> plain = bytesOf("JBSWY3DPEHPK3PXP");
        const std::vector<std::uint8_t> sealed = box.seal(plain, "factors.secret:42");
        auto opened = box.open(sealed, "factors.secret:42");
        QVERIFY(opened.ok());
        QCOMPARE(*opened, plain);
    }
    void testRoundTripWithoutAssociatedData()
    {
        const SecretBox box(keyFilledWith(1));
        const std::vector<std::uint8_t> plain(1000, 0x5a);
        auto opened = box.open(box.seal(plain));
        QVERIFY(opened.ok());
        QCOMPARE(*opened, plain);
    }
    void testRoundTripOfEmptyPlaintext()
    {
        const SecretBox box(keyFilledWith(1));
        const std::vector<std::uint8_t> sealed = box.seal({}, "aad");
        QCOMPARE(sealed.size(), SecretBox::kOverhead);
        auto opened = box.open(sealed, "aad");
        QVERIFY(opened.ok());
        QVERIFY(opened->empty());
    }
    void testSealedLayoutIsVersionKeyIdNonceCiphertextTag()
    {
        const SecretBox box(keyFilledWith(1));
        const std::vector<std::uint8_t> sealed = box.seal(bytesOf("secret"));
        QCOMPARE(sealed.size(), std::size_t(1 + 4 + 12 + 6 + 16));
        QCOMPARE(sealed[0], std::uint8_t(1));
        QVERIFY(std::equal(box.keyId().begin(), box.keyId().end(), sealed.begin() + 1));
        const std::vector<std::uint8_t> plainAt(sealed.begin() + 17, sealed.begin() + 23);
        QVERIFY(plainAt != bytesOf("secret"));
    }
    void testNoncesDifferBetweenSealsOfTheSamePlaintext()
    {
        const SecretBox box(keyFilledWith(1));
        const std::vector<std::uint8_t> plain = bytesOf("same plaintext");
        const std::vector<std::uint8_t> first = box.seal(plain);
        const std::vector<std::uint8_t> second = box.seal(plain);
        QVERIFY(!std::equal(first.begin() + 5, first.begin() + 17, second.begin() + 5));
        QVERIFY(first != second);
    }
    void testNonceComesFromTheGivenRandomSource()
    {
        const SecretBox first(keyFilledWith(1), Random::deterministic(3));
        const SecretBox second(keyFilledWith(1), Random::deterministic(3));
        QCOMPARE(first.seal(bytesOf("x")), second.seal(bytesOf("x")));
    }
    void testRefusesTruncatedInput_data()
    {
        QTest::addColumn<int>("length");
        QTest::newRow("empty") << 0;
        QTest::newRow("header only") << 17;
        QTest::newRow("one byte short of a tag") << 32;
    }
    void testRefusesTruncatedInput()
    {
        QFETCH(int, length);
        const SecretBox box(keyFilledWith(1));
        const std::vector<std::uint8_t> sealed = box.seal({});
        checkRefused(box.open(std::span(sealed).first(static_cast<std::size_t>(length))), "truncated");
    }
    void testRefusesOneByteCutFromALongerValue()
    {
        const SecretBox box(keyFilledWith(1));
        std::vector<std::uint8_t> sealed = box.seal(bytesOf("secret"));
        sealed.pop_back();
        checkRefused(box.open(sealed), "authentication failed");
    }
    void testRefusesWrongVersion()
    {
        const SecretBox box(keyFilledWith(1));
        std::vector<std::uint8_t> sealed = box.seal(bytesOf("secret"));
        sealed[0] = 2;
        checkRefused(box.open(sealed), "unsupported format version 2");
    }
    void testRefusesUnknownKeyId()
    {
        const SecretBox box(keyFilledWith(1));
        const SecretBox otherBox(keyFilledWith(2));
        const std::vector<std::uint8_t> sealed = box.seal(bytesOf("secret"));
        checkRefused(otherBox.open(sealed), "unknown master key id " + keyFilledWith(1).keyIdHex());
    }
    void testRefusesTamperedTag()
    {
        const SecretBox box(keyFilledWith(1));
        std::vector<std::uint8_t> sealed = box.seal(bytesOf("secret"));
        sealed.back() ^= 0x01;
        checkRefused(box.open(sealed), "authentication failed");
    }
    void testRefusesTamperedCiphertextAndNonce_data()
    {
        QTest::addColumn<int>("offset");
        QTest::newRow("nonce") << 5;
        QTest::newRow("ciphertext") << 17;
    }
    void testRefusesTamperedCiphertextAndNonce()
    {
        QFETCH(int, offset);
        const SecretBox box(keyFilledWith(1));
        std::vector<std::uint8_t> sealed = box.seal(bytesOf("secret"));
        sealed[static_cast<std::size_t>(offset)] ^= 0x80;
        checkRefused(box.open(sealed), "authentication failed");
    }
    void testRefusesWrongAssociatedData()
    {
        const SecretBox box(keyFilledWith(1));
        const std::vector<std::uint8_t> sealed = box.seal(bytesOf("secret"), "factors.secret:42");
        checkRefused(box.open(sealed, "factors.secret:43"), "associated data (\"factors.secret:43\")");
        checkRefused(box.open(sealed), "authentication failed");
    }
    void testRefusesAssociatedDataWhereNoneWasSealed()
    {
        const SecretBox box(keyFilledWith(1));
        const std::vector<std::uint8_t> sealed = box.seal(bytesOf("secret"));
        checkRefused(box.open(sealed, "factors.secret:42"), "authentication failed");
    }
    void testBase64RoundTrip()
    {
        const SecretBox box(keyFilledWith(1));
        const std::string sealed = box.sealToBase64("smtp-password", "settings.smtp_password:1");
        QVERIFY(Base64::decode(sealed).has_value());
        auto opened = box.openFromBase64(sealed, "settings.smtp_password:1");
        QVERIFY(opened.ok());
        QCOMPARE(*opened, std::string("smtp-password"));
    }
    void testBase64OfEmptyTextRoundTrips()
    {
        const SecretBox box(keyFilledWith(1));
        auto opened = box.openFromBase64(box.sealToBase64(""));
        QVERIFY(opened.ok());
        QVERIFY(opened->empty());
    }
    void testBase64RefusesInvalidText()
    {
        const SecretBox box(keyFilledWith(1));
        const std::string sealed = box.sealToBase64("secret");
        for (const std::string& bad : {std::string("not base64!"), sealed + "\n", " " + sealed, sealed.substr(1)}) {
            auto opened = box.openFromBase64(bad);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, ErrorCode::Crypto);
            QVERIFY2(contains(opened.error().logDetail, "base64"), opened.error().logDetail.c_str());
        }
    }
    void testBase64PassesOnOpenErrors()
    {
        const SecretBox box(keyFilledWith(1));
        auto opened = box.openFromBase64(box.sealToBase64("secret", "a"), "b");
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Crypto);
        QVERIFY(contains(opened.error().logDetail, "authentication failed"));
    }
};

QTEST_APPLESS_MAIN(TestSecretBox)
#include "TestSecretBox.moc"
