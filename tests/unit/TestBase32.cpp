#include "otp/Base32.h"

#include "crypto/Random.h"

#include "VectorFile.h"

#include <QTest>

using namespace castellan;

namespace {
constexpr int kRfc4648Cases = 7;
constexpr int kToleranceCases = 14;
constexpr int kErrorCases = 14;

QString decodedHex(const Result<std::vector<std::uint8_t>>& result)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(result->data()), static_cast<qsizetype>(result->size())).toHex());
}
} // namespace

class TestBase32 : public QObject
{
    Q_OBJECT

private slots:
    void testRfc4648Section10_data();
    void testRfc4648Section10();
    void testTypedSecretsAreTolerated_data();
    void testTypedSecretsAreTolerated();
    void testMalformedTextIsRefused_data();
    void testMalformedTextIsRefused();
    void testEveryVectorFileCaseRan();
    void testErrorDoesNotQuoteTheText();
    void testRandomBytesRoundTrip();

private:
    void addRows(const QString& file);

    QMap<QString, int> m_checked;
};

void TestBase32::addRows(const QString& file)
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QStringList>("fields");
    const VectorFile vectors = VectorFile::load(file);
    for (const VectorCase& c : vectors.cases()) {
        QTest::newRow(qPrintable(c.where)) << c.keyword << c.fields;
    }
}

void TestBase32::testRfc4648Section10_data()
{
    addRows(QStringLiteral("base32/rfc4648-section-10.txt"));
}

void TestBase32::testRfc4648Section10()
{
    QFETCH(QString, keyword);
    QFETCH(QStringList, fields);
    QCOMPARE(keyword, QStringLiteral("vector"));
    QCOMPARE(fields.size(), 2);
    const auto input = VectorFile::textBytes(fields[0]);
    const std::string padded = fields[1].toStdString();
    std::string unpadded = padded;
    unpadded.erase(unpadded.find_last_not_of('=') + 1);

    QCOMPARE(Base32::encode(input), padded);
    QCOMPARE(Base32::encode(input, Base32::Padding::Omit), unpadded);
    const auto fromPadded = Base32::decode(padded);
    QVERIFY(fromPadded.ok());
    QCOMPARE(*fromPadded, input);
    const auto fromUnpadded = Base32::decode(unpadded);
    QVERIFY(fromUnpadded.ok());
    QCOMPARE(*fromUnpadded, input);
    ++m_checked[QStringLiteral("rfc4648")];
}

void TestBase32::testTypedSecretsAreTolerated_data()
{
    addRows(QStringLiteral("base32/tolerance.txt"));
}

void TestBase32::testTypedSecretsAreTolerated()
{
    QFETCH(QString, keyword);
    QFETCH(QStringList, fields);
    QCOMPARE(keyword, QStringLiteral("decode"));
    QCOMPARE(fields.size(), 2);
    const auto decoded = Base32::decode(fields[0].toStdString());
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().message.c_str());
    QCOMPARE(decodedHex(decoded), fields[1]);
    ++m_checked[QStringLiteral("tolerance")];
}

void TestBase32::testMalformedTextIsRefused_data()
{
    addRows(QStringLiteral("base32/errors.txt"));
}

void TestBase32::testMalformedTextIsRefused()
{
    QFETCH(QString, keyword);
    QFETCH(QStringList, fields);
    QCOMPARE(keyword, QStringLiteral("error"));
    QCOMPARE(fields.size(), 2);
    const auto decoded = Base32::decode(fields[0].toStdString());
    QVERIFY2(!decoded.ok(), "decoding succeeded");
    QCOMPARE(decoded.error().code, ErrorCode::InvalidInput);
    QCOMPARE(QString::fromStdString(decoded.error().message), fields[1]);
    ++m_checked[QStringLiteral("errors")];
}

void TestBase32::testEveryVectorFileCaseRan()
{
    const QList<std::tuple<QString, QString, int>> files{
        {QStringLiteral("rfc4648"), QStringLiteral("base32/rfc4648-section-10.txt"), kRfc4648Cases},
        {QStringLiteral("tolerance"), QStringLiteral("base32/tolerance.txt"), kToleranceCases},
        {QStringLiteral("errors"), QStringLiteral("base32/errors.txt"), kErrorCases},
    };
    for (const auto& [key, path, expected] : files) {
        const VectorFile file = VectorFile::load(path);
        QVERIFY2(file.error().isEmpty(), qPrintable(file.error()));
        QCOMPARE(file.declaredCount(), expected);
        QCOMPARE(file.cases().size(), expected);
        QCOMPARE(m_checked.value(key), expected);
    }
}

void TestBase32::testErrorDoesNotQuoteTheText()
{
    const auto decoded = Base32::decode("SECRETX!");
    QVERIFY(!decoded.ok());
    QVERIFY(decoded.error().message.find("SECRET") == std::string::npos);
    QCOMPARE(decoded.error().logDetail, std::string("at position 7"));
}

void TestBase32::testRandomBytesRoundTrip()
{
    const Random random = Random::deterministic(4648);
    for (std::size_t length = 0; length <= 70; ++length) {
        const auto data = random.bytes(length);
        for (const auto padding : {Base32::Padding::Include, Base32::Padding::Omit}) {
            const std::string text = Base32::encode(data, padding);
            if (padding == Base32::Padding::Include) {
                QCOMPARE(text.size() % 8, std::size_t{0});
            }
            const auto decoded = Base32::decode(text);
            QVERIFY(decoded.ok());
            QCOMPARE(*decoded, data);
        }
    }
}

QTEST_APPLESS_MAIN(TestBase32)
#include "TestBase32.moc"
