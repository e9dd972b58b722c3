#include "crypto/Random.h"

#include <QTest>

#include <algorithm>
#include <set>

using namespace castellan;

class TestRandom : public QObject
{
    Q_OBJECT

private slots:
    void testRandomBytesHaveTheRequestedLength();
    void testRandomBytesAreNotAllEqual();
    void testCallsReturnDifferentBytes();
    void testFillCoversTheWholeBuffer();
    void testDeterministicSourceRepeatsForTheSameSeed();
    void testDeterministicSourcesDifferBetweenSeeds();
    void testInjectedGeneratorIsUsed();
};

void TestRandom::testRandomBytesHaveTheRequestedLength()
{
    for (const std::size_t count : {0u, 1u, 16u, 20u, 32u, 64u, 1000u, 100000u}) {
        QCOMPARE(Random::randomBytes(count).size(), count);
        QCOMPARE(Random::system().bytes(count).size(), count);
    }
}

void TestRandom::testRandomBytesAreNotAllEqual()
{
    const auto bytes = Random::randomBytes(64);
    const std::set<std::uint8_t> distinct(bytes.begin(), bytes.end());
    // 64 uniform bytes with fewer than 16 distinct values happens with negligible probability.
    QVERIFY(distinct.size() >= 16);
}

void TestRandom::testCallsReturnDifferentBytes()
{
    std::set<std::vector<std::uint8_t>> seen;
    for (int i = 0; i < 1000; ++i) {
        seen.insert(Random::randomBytes(16));
    }
    QCOMPARE(seen.size(), std::size_t{1000});
}

void TestRandom::testFillCoversTheWholeBuffer()
{
    // If fill stopped early, the zeroed tail would stay zero; 4 KiB of random data ends in 32 zero bytes
    // with negligible probability.
    std::vector<std::uint8_t> buffer(4096, 0);
    Random::system().fill(buffer);
    QVERIFY(!std::all_of(buffer.end() - 32, buffer.end(), [](std::uint8_t b) { return b == 0; }));
}

void TestRandom::testDeterministicSourceRepeatsForTheSameSeed()
{
    const Random a = Random::deterministic(42);
    const Random b = Random::deterministic(42);
    QCOMPARE(a.bytes(100), b.bytes(100));
    // The stream continues rather than restarting: the next 100 bytes differ from the first.
    const Random c = Random::deterministic(42);
    const auto first = c.bytes(100);
    QVERIFY(c.bytes(100) != first);
}

void TestRandom::testDeterministicSourcesDifferBetweenSeeds()
{
    QVERIFY(Random::deterministic(1).bytes(32) != Random::deterministic(2).bytes(32));
}

void TestRandom::testInjectedGeneratorIsUsed()
{
    int calls = 0;
    const Random counting([&calls](std::span<std::uint8_t> out) {
        ++calls;
        std::ranges::fill(out, std::uint8_t{0xAB});
    });
    QCOMPARE(counting.bytes(8), std::vector<std::uint8_t>(8, 0xAB));
    QCOMPARE(calls, 1);
}

QTEST_APPLESS_MAIN(TestRandom)
#include "TestRandom.moc"
