#include "otp/KeyUri.h"

#include "crypto/Random.h"

#include "VectorFile.h"

#include <QTest>

using namespace castellan;

namespace {
constexpr int kFormatCases = 18;
constexpr int kErrorCases = 38;

// The fields of a "canonical"/"parse" line after the URI, as a KeyUri.
std::optional<KeyUri> expectedKey(const QStringList& fields)
{
    KeyUri key;
    if (fields[1] == QLatin1String("totp")) {
        key.type = KeyUri::Type::Totp;
    } else if (fields[1] == QLatin1String("hotp")) {
        key.type = KeyUri::Type::Hotp;
    } else {
        return std::nullopt;
    }
    const auto algorithm = otpAlgorithmFromName(fields[5].toStdString());
    if (!algorithm) {
        return std::nullopt;
    }
    key.issuer = fields[2].toStdString();
    key.account = fields[3].toStdString();
    key.secret = VectorFile::hexBytes(fields[4]);
    key.algorithm = *algorithm;
    key.digits = fields[6].toInt();
    key.period = fields[7].toInt();
    key.counter = fields[8].toULongLong();
    return key;
}
} // namespace

class TestKeyUri : public QObject
{
    Q_OBJECT

private slots:
    void testGoogleKeyUriFormat_data();
    void testGoogleKeyUriFormat();
    void testMalformedUrisAreRefused_data();
    void testMalformedUrisAreRefused();
    void testEveryVectorFileCaseRan();
    void testBuiltUrisParseBackToTheSameKey();
    void testErrorsAreInvalidInputWithOneField();

private:
    void addRows(const QString& file);

    int m_formatChecked = 0;
    int m_errorsChecked = 0;
};

void TestKeyUri::addRows(const QString& file)
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QStringList>("fields");
    const VectorFile vectors = VectorFile::load(file);
    for (const VectorCase& c : vectors.cases()) {
        QTest::newRow(qPrintable(c.where)) << c.keyword << c.fields;
    }
}

void TestKeyUri::testGoogleKeyUriFormat_data()
{
    addRows(QStringLiteral("otp/key-uri-format.txt"));
}

void TestKeyUri::testGoogleKeyUriFormat()
{
    QFETCH(QString, keyword);
    QFETCH(QStringList, fields);
    QVERIFY2(keyword == QLatin1String("canonical") || keyword == QLatin1String("parse"), qPrintable(keyword));
    QCOMPARE(fields.size(), 9);
    const auto expected = expectedKey(fields);
    QVERIFY(expected.has_value());

    const auto parsed = KeyUri::parse(fields[0].toStdString());
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().fields.at(0).message.c_str());
    QVERIFY2(*parsed == *expected, parsed->toString().c_str());
    if (keyword == QLatin1String("canonical")) {
        QCOMPARE(QString::fromStdString(expected->toString()), fields[0]);
    }
    ++m_formatChecked;
}

void TestKeyUri::testMalformedUrisAreRefused_data()
{
    addRows(QStringLiteral("otp/key-uri-errors.txt"));
}

void TestKeyUri::testMalformedUrisAreRefused()
{
    QFETCH(QString, keyword);
    QFETCH(QStringList, fields);
    QCOMPARE(keyword, QStringLiteral("error"));
    QCOMPARE(fields.size(), 3);

    const auto parsed = KeyUri::parse(fields[0].toStdString());
    QVERIFY2(!parsed.ok(), "parsing succeeded");
    QCOMPARE(parsed.error().fields.size(), std::size_t{1});
    QCOMPARE(QString::fromStdString(parsed.error().fields[0].field), fields[1]);
    QCOMPARE(QString::fromStdString(parsed.error().fields[0].message), fields[2]);
    ++m_errorsChecked;
}

void TestKeyUri::testEveryVectorFileCaseRan()
{
    const VectorFile format = VectorFile::load(QStringLiteral("otp/key-uri-format.txt"));
    QVERIFY2(format.error().isEmpty(), qPrintable(format.error()));
    QCOMPARE(format.declaredCount(), kFormatCases);
    QCOMPARE(format.cases().size(), kFormatCases);
    QCOMPARE(m_formatChecked, kFormatCases);

    const VectorFile errors = VectorFile::load(QStringLiteral("otp/key-uri-errors.txt"));
    QVERIFY2(errors.error().isEmpty(), qPrintable(errors.error()));
    QCOMPARE(errors.declaredCount(), kErrorCases);
    QCOMPARE(errors.cases().size(), kErrorCases);
    QCOMPARE(m_errorsChecked, kErrorCases);
}

void TestKeyUri::testBuiltUrisParseBackToTheSameKey()
{
    const Random random = Random::deterministic(6238);
    const std::vector<std::string> issuers{"", "Castellan", "ACME Co", "Müller & Söhne", "a/b?c#d%e+f=g&h", "Team:Ops"};
    const std::vector<std::string> accounts{"alice", "alice@example.com", "Alice Smith", "x:y", "100% ✓", "q?r=s&t#u"};
    int built = 0;
    for (const auto& issuer : issuers) {
        for (const auto& account : accounts) {
            if (issuer.empty() && account.find(':') != std::string::npos) {
                continue; // Google's format: without an issuer, a colon in the label marks one.
            }
            for (const auto type : {KeyUri::Type::Totp, KeyUri::Type::Hotp}) {
                KeyUri key;
                key.type = type;
                key.issuer = issuer;
                key.account = account;
                key.secret = random.bytes(16 + random.bytes(1)[0] % 49);
                key.algorithm = static_cast<OtpAlgorithm>(random.bytes(1)[0] % 3);
                key.digits = 6 + random.bytes(1)[0] % 3;
                key.period = type == KeyUri::Type::Totp ? 1 + random.bytes(1)[0] % 120 : 30;
                key.counter = type == KeyUri::Type::Hotp ? random.bytes(1)[0] * 1000003ull : 0;

                const auto parsed = KeyUri::parse(key.toString());
                QVERIFY2(parsed.ok(), key.toString().c_str());
                QVERIFY2(*parsed == key, key.toString().c_str());
                ++built;
            }
        }
    }
    QCOMPARE(built, 2 * (6 * 6 - 1));
}

void TestKeyUri::testErrorsAreInvalidInputWithOneField()
{
    const auto parsed = KeyUri::parse("otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&digits=10");
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QCOMPARE(parsed.error().message, std::string("The otpauth URI is malformed"));
    QCOMPARE(parsed.error().fields.size(), std::size_t{1});
    QCOMPARE(parsed.error().fields[0].field, std::string("digits"));
}

QTEST_APPLESS_MAIN(TestKeyUri)
#include "TestKeyUri.moc"
