#include "crypto/Base64.h"

#include <QtTest>

using namespace castellan;

namespace {

std::vector<std::uint8_t> bytesOf(std::string_view text)
{
    return {text.begin(), text.end()};
}

} // namespace

class TestBase64 : public QObject
{
    Q_OBJECT
private slots:
    void testRfc4648Vectors_data()
    {
        // RFC 4648 §10.
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty") << QByteArray("") << "";
        QTest::newRow("f") << QByteArray("f") << "Zg==";
        QTest::newRow("fo") << QByteArray("fo") << "Zm8=";
        QTest::newRow("foo") << QByteArray("foo") << "Zm9v";
        QTest::newRow("foob") << QByteArray("foob") << "Zm9vYg==";
        QTest::newRow("fooba") << QByteArray("fooba") << "Zm9vYmE=";
        QTest::newRow("foobar") << QByteArray("foobar") << "Zm9vYmFy";
    }
    void testRfc4648Vectors()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QString, encoded);
        const std::vector<std::uint8_t> bytes = bytesOf(plain.toStdString());
        QCOMPARE(Base64::encode(bytes), encoded.toStdString());
        const auto decoded = Base64::decode(encoded.toStdString());
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, bytes);
    }
    void testAllByteValuesRoundTrip()
    {
        std::vector<std::uint8_t> bytes(256);
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            bytes[i] = static_cast<std::uint8_t>(i);
        }
        const std::string encoded = Base64::encode(bytes);
        QVERIFY(encoded.find('+') != std::string::npos && encoded.find('/') != std::string::npos);
        QCOMPARE(*Base64::decode(encoded), bytes);
    }
    void testRefusesNonCanonicalText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("missing padding") << "Zg";
        QTest::newRow("extra padding") << "Zg===";
        QTest::newRow("padding inside") << "Zg==Zm8=";
        QTest::newRow("trailing bits set") << "Zh==";
        QTest::newRow("trailing newline") << "Zm9v\n";
        QTest::newRow("leading space") << " Zm9v";
        QTest::newRow("inner space") << "Zm 9v";
        QTest::newRow("url alphabet") << "-_-_";
        QTest::newRow("only padding") << "====";
        QTest::newRow("nul") << QString::fromLatin1("Zm9\0", 4);
    }
    void testRefusesNonCanonicalText()
    {
        QFETCH(QString, text);
        QVERIFY(!Base64::decode(text.toStdString()).has_value());
    }
};

QTEST_APPLESS_MAIN(TestBase64)
#include "TestBase64.moc"
