#include "crypto/Sha256.h"
#include "device/DeviceRequestSignature.h"

#include <QtTest>

using namespace castellan;
using Signing = DeviceRequestSignature;

/// The canonical text of a signed device request and the header formats (DESIGN §5).
class TestDeviceRequestSignature : public QObject
{
    Q_OBJECT
private slots:
    void testCanonicalTextIsFiveLinesEndingWithTheBodyDigest()
    {
        const std::string text =
            Signing::canonical("POST", "/device/v1/verify", 1760000000, "n0nce-n0nce-n0nce", R"({"otp":"123456"})");
        QCOMPARE(text, "POST\n/device/v1/verify\n1760000000\nn0nce-n0nce-n0nce\n" + sha256Hex(R"({"otp":"123456"})"));
    }

    void testEmptyBodyIsHashedToo()
    {
        // FIPS 180-4 test vector: SHA-256 of the empty string.
        QCOMPARE(Signing::canonical("GET", "/device/v1/sync", 0, "abcdefghijklmnop", ""),
                 std::string("GET\n/device/v1/sync\n0\nabcdefghijklmnop\n"
                             "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void testEveryPartChangesTheText()
    {
        const std::string base = Signing::canonical("POST", "/p", 10, "abcdefghijklmnop", "b");
        QVERIFY(Signing::canonical("GET", "/p", 10, "abcdefghijklmnop", "b") != base);
        QVERIFY(Signing::canonical("POST", "/q", 10, "abcdefghijklmnop", "b") != base);
        QVERIFY(Signing::canonical("POST", "/p", 11, "abcdefghijklmnop", "b") != base);
        QVERIFY(Signing::canonical("POST", "/p", 10, "abcdefghijklmnoq", "b") != base);
        QVERIFY(Signing::canonical("POST", "/p", 10, "abcdefghijklmnop", "c") != base);
    }

    void testChallengeAnswerBindsChallengeDecisionAndNumber()
    {
        QCOMPARE(Signing::challengeAnswer("pch_abc", "approve", "42"),
                 std::string("castellan-challenge-answer\npch_abc\napprove\n42"));
        QVERIFY(Signing::challengeAnswer("pch_abc", "deny", "42") !=
                Signing::challengeAnswer("pch_abc", "approve", "42"));
    }

    void testNonceFormat()
    {
        QVERIFY(Signing::isWellFormedNonce("abcdefghijklmnop"));
        QVERIFY(Signing::isWellFormedNonce(std::string(64, 'Z')));
        QVERIFY(Signing::isWellFormedNonce("AZaz09-_AZaz09-_"));
        QVERIFY(!Signing::isWellFormedNonce("abcdefghijklmno"));
        QVERIFY(!Signing::isWellFormedNonce(std::string(65, 'a')));
        QVERIFY(!Signing::isWellFormedNonce("abcdefghijklmno\n"));
        QVERIFY(!Signing::isWellFormedNonce("abcdefgh+jklmnop"));
        QVERIFY(!Signing::isWellFormedNonce(""));
    }

    void testFreshNoncesAreWellFormedAndDistinct()
    {
        const std::string a = Signing::newNonce();
        const std::string b = Signing::newNonce();
        QVERIFY(Signing::isWellFormedNonce(a));
        QCOMPARE(a.size(), size_t(24));
        QVERIFY(a != b);
    }

    void testTimestampIsPlainDecimal()
    {
        QCOMPARE(Signing::parseTimestamp("1760000000"), std::optional<std::int64_t>(1760000000));
        QCOMPARE(Signing::parseTimestamp("0"), std::optional<std::int64_t>(0));
        for (const char* bad : {"", "-5", "+5", " 5", "5 ", "1e9", "0x10", "1234567890123"}) {
            QVERIFY2(!Signing::parseTimestamp(bad), bad);
        }
    }
};

QTEST_GUILESS_MAIN(TestDeviceRequestSignature)
#include "TestDeviceRequestSignature.moc"
