#include "crypto/PassphraseBox.h"

#include "crypto/SecretBox.h"

#include <QtTest>

#include <stdexcept>

using namespace castellan;

namespace {

// A cheap cost keeps the test fast; the format and the checks are the same as with the default.
constexpr PassphraseCost kCheap{1024, 1, 1};

std::vector<std::uint8_t> bytesOf(std::string_view text)
{
    return {text.begin(), text.end()};
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

void checkRefused(const Result<std::vector<std::uint8_t>>& opened, const std::string& part)
{
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::Crypto);
    QVERIFY2(contains(opened.error().message, part), opened.error().message.c_str());
}

} // namespace

/// The backup file's encryption (Argon2id + AES-256-GCM): round trip, and a clear refusal for a wrong passphrase,
/// every kind of alteration, truncation and files that are not backups.
class TestPassphraseBox : public QObject
{
    Q_OBJECT
private:
    const std::vector<std::uint8_t> m_plain = bytesOf("users, factors and the master key");
    std::vector<std::uint8_t> m_file = PassphraseBox::seal(m_plain, "correct horse battery staple", kCheap);

private slots:
    void testRoundTrip()
    {
        auto opened = PassphraseBox::open(m_file, "correct horse battery staple");
        QVERIFY(opened.ok());
        QCOMPARE(opened.value(), m_plain);
        QCOMPARE(m_file.size(), PassphraseBox::kHeaderSize + m_plain.size() + SecretBox::kOverhead);
        QVERIFY(std::equal(PassphraseBox::kMagic.begin(), PassphraseBox::kMagic.end(), m_file.begin()));
    }
    void testSealingTwiceGivesDifferentFiles()
    {
        QVERIFY(PassphraseBox::seal(m_plain, "correct horse battery staple", kCheap) != m_file);
    }
    void testWrongPassphraseIsRefused()
    {
        checkRefused(PassphraseBox::open(m_file, "correct horse battery stapler"), "passphrase is wrong");
    }
    void testEmptyPassphraseIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PassphraseBox::seal(m_plain, "", kCheap));
        checkRefused(PassphraseBox::open(m_file, ""), "empty passphrase");
    }
    void testEveryAlteredByteIsRefused()
    {
        // Every byte after the magic and format version: cost, salt, length, nonce, ciphertext and tag.
        for (std::size_t i = PassphraseBox::kMagic.size() + 1; i < m_file.size(); ++i) {
            std::vector<std::uint8_t> altered = m_file;
            altered[i] ^= 0x01;
            auto opened = PassphraseBox::open(altered, "correct horse battery staple");
            QVERIFY2(!opened.ok(), qPrintable(QString("byte %1 altered, still opened").arg(i)));
            QCOMPARE(opened.error().code, ErrorCode::Crypto);
        }
    }
    void testTruncatedFileIsRefused()
    {
        for (std::size_t size : {std::size_t(0), std::size_t(10), PassphraseBox::kMagic.size() + 3,
                                 PassphraseBox::kHeaderSize, m_file.size() - 1}) {
            const std::vector<std::uint8_t> truncated(m_file.begin(), m_file.begin() + static_cast<long>(size));
            auto opened = PassphraseBox::open(truncated, "correct horse battery staple");
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, ErrorCode::Crypto);
        }
        const std::vector<std::uint8_t> shortByOne(m_file.begin(), m_file.end() - 1);
        checkRefused(PassphraseBox::open(shortByOne, "correct horse battery staple"), "is truncated");
        std::vector<std::uint8_t> longer = m_file;
        longer.push_back(0);
        checkRefused(PassphraseBox::open(longer, "correct horse battery staple"), "unexpected bytes");
    }
    void testOtherFilesAreNotBackups()
    {
        checkRefused(PassphraseBox::open(bytesOf("SQLite format 3\0 and more bytes than a header has, surely"), "x"),
                     "is not a Castellan backup");
        std::vector<std::uint8_t> future = m_file;
        future[PassphraseBox::kMagic.size()] = 2;
        checkRefused(PassphraseBox::open(future, "correct horse battery staple"), "format version 2");
    }
    void testCraftedCostIsRefusedBeforeDerivingAKey()
    {
        std::vector<std::uint8_t> greedy = m_file;
        greedy[PassphraseBox::kMagic.size() + 1] = 0x7f; // memory: about 2 TiB
        checkRefused(PassphraseBox::open(greedy, "correct horse battery staple"), "out of range");
    }
};

QTEST_GUILESS_MAIN(TestPassphraseBox)
#include "TestPassphraseBox.moc"
