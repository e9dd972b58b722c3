#include "otp/TokenSeed.h"

#include <QtTest>

using namespace castellan;

/// Token seeds as vendors ship them: hex (grouped or not) and base32; sizes per RFC 4226 §4 R6.
class TestTokenSeed : public QObject
{
    Q_OBJECT
private slots:
    void testHexSeedOfRfc4226AppendixDDecodes()
    {
        auto seed = decodeTokenSeed("3132333435363738393031323334353637383930", SeedEncoding::Hex);
        QVERIFY(seed);
        QCOMPARE(std::string(seed->begin(), seed->end()), std::string("12345678901234567890"));
    }
    void testGroupedAndUpperCaseHexDecodes()
    {
        auto seed = decodeTokenSeed("31 32 33 34-35 36 37 38 39 30 31 32 33 34 35 36 37 38 39 3A", SeedEncoding::Hex);
        QVERIFY(seed);
        QCOMPARE(seed->back(), std::uint8_t(0x3a));
    }
    void testBase32SeedDecodes()
    {
        auto seed = decodeTokenSeed("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", SeedEncoding::Base32);
        QVERIFY(seed);
        QCOMPARE(seed->size(), size_t(20));
    }
    void testMalformedOrShortOrLongSeedIsRefusedWithItsReason()
    {
        QCOMPARE(decodeTokenSeed("31323", SeedEncoding::Hex).error().message,
                 std::string("must be hexadecimal (an even number of 0-9 and a-f)"));
        QCOMPARE(decodeTokenSeed("zz32333435363738393031323334353637383930", SeedEncoding::Hex).error().message,
                 std::string("must be hexadecimal (an even number of 0-9 and a-f)"));
        QCOMPARE(decodeTokenSeed("GEZDGNBV!", SeedEncoding::Base32).error().message,
                 std::string("must be base32 (RFC 4648)"));
        QCOMPARE(decodeTokenSeed("313233343536373839303132333435", SeedEncoding::Hex).error().message,
                 std::string("must be at least 128 bits (RFC 4226 §4)"));
        QCOMPARE(decodeTokenSeed(std::string(130, 'a'), SeedEncoding::Hex).error().message,
                 std::string("must be at most 512 bits"));
        QVERIFY(decodeTokenSeed(std::string(128, 'a'), SeedEncoding::Hex));
    }
};

QTEST_GUILESS_MAIN(TestTokenSeed)
#include "TestTokenSeed.moc"
