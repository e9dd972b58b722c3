#include "notify/EncodedWord.h"

#include <Poco/Net/MessageHeader.h>

#include <QtTest>

using namespace castellan;

class TestEncodedWord : public QObject
{
    Q_OBJECT
private slots:
    void testAsciiStaysAsItIs()
    {
        QCOMPARE(EncodedWord::encode("Your Castellan verification code"),
                 std::string("Your Castellan verification code"));
    }
    void testTurkishBecomesBase64Word()
    {
        // RFC 2047 §4.1 "B" encoding of the UTF-8 bytes of "doğrulama".
        QCOMPARE(EncodedWord::encode("doğrulama"), std::string("=?UTF-8?B?ZG/En3J1bGFtYQ==?="));
    }
    void testLongTextSplitsIntoWordsOfAtMost75CharactersOnCharacterBoundaries()
    {
        std::string text;
        for (int i = 0; i < 40; ++i) {
            text += "ğüşıöç ";
        }
        const std::string encoded = EncodedWord::encode(text);
        std::size_t words = 0;
        std::size_t start = 0;
        while (start < encoded.size()) {
            std::size_t end = encoded.find("\r\n ", start);
            const std::string word = encoded.substr(start, end == std::string::npos ? std::string::npos : end - start);
            QVERIFY2(word.size() <= 75, word.c_str());
            QVERIFY(word.starts_with("=?UTF-8?B?") && word.ends_with("?="));
            // Each word decodes on its own to valid UTF-8: no character was cut in two (RFC 2047 §5 (3)).
            const std::string decoded = Poco::Net::MessageHeader::decodeWord(word);
            QVERIFY(QString::fromUtf8(decoded.data(), static_cast<int>(decoded.size())).toUtf8().toStdString() ==
                    decoded);
            ++words;
            start = end == std::string::npos ? encoded.size() : end + 3;
        }
        QVERIFY(words > 5);
    }
    void testControlCharactersAreEncodedNotPassedThrough()
    {
        // A line break in a subject must not start a header of its own (header injection).
        const std::string encoded = EncodedWord::encode("a\r\nBcc: x@example.com");
        QVERIFY(encoded.starts_with("=?UTF-8?B?"));
        QVERIFY(encoded.find("Bcc") == std::string::npos);
        QCOMPARE(Poco::Net::MessageHeader::decodeWord(encoded), std::string("a\r\nBcc: x@example.com"));
    }
};

QTEST_GUILESS_MAIN(TestEncodedWord)
#include "TestEncodedWord.moc"
