#include "otp/OtpSecret.h"

#include "crypto/Random.h"

#include <QTest>

#include <set>
#include <stdexcept>

using namespace castellan;

class TestOtpSecret : public QObject
{
    Q_OBJECT

private slots:
    void testDefaultSecretHas160Bits();
    void testRequestedLengthIsHonoured();
    void testSecretsShorterThan128BitsAreRefused();
    void testFreshSecretsDiffer();
    void testInjectedRandomSourceIsUsed();
};

void TestOtpSecret::testDefaultSecretHas160Bits()
{
    QCOMPARE(generateOtpSecret().size(), std::size_t{20});
}

void TestOtpSecret::testRequestedLengthIsHonoured()
{
    for (const std::size_t bytes : {16u, 32u, 64u}) {
        QCOMPARE(generateOtpSecret(bytes).size(), bytes);
    }
}

void TestOtpSecret::testSecretsShorterThan128BitsAreRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, generateOtpSecret(15));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, generateOtpSecret(0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, generateOtpSecret(Random::system(), 10));
}

void TestOtpSecret::testFreshSecretsDiffer()
{
    std::set<std::vector<std::uint8_t>> seen;
    for (int i = 0; i < 100; ++i) {
        seen.insert(generateOtpSecret());
    }
    QCOMPARE(seen.size(), std::size_t{100});
}

void TestOtpSecret::testInjectedRandomSourceIsUsed()
{
    const Random ones([](std::span<std::uint8_t> out) { std::ranges::fill(out, std::uint8_t{1}); });
    QCOMPARE(generateOtpSecret(ones, 16), std::vector<std::uint8_t>(16, 1));
    QCOMPARE(generateOtpSecret(Random::deterministic(7)), generateOtpSecret(Random::deterministic(7)));
}

QTEST_APPLESS_MAIN(TestOtpSecret)
#include "TestOtpSecret.moc"
