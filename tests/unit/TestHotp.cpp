#include "otp/Hotp.h"
#include "otp/OtpAlgorithm.h"

#include "VectorFile.h"

#include <QTest>

#include <stdexcept>

using namespace castellan;

namespace {
constexpr int kRfc4226Cases = 10;
}

class TestHotp : public QObject
{
    Q_OBJECT

private slots:
    void testRfc4226AppendixD_data();
    void testRfc4226AppendixD();
    void testEveryRfc4226CaseRan();
    void testDigitsOutsideSixToEightAreRefused();
    void testSevenDigitsKeepTheLastSevenDecimalDigits();
    void testEmptySecretStillGivesACode();

private:
    int m_rfc4226Checked = 0;
};

void TestHotp::testRfc4226AppendixD_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<quint64>("counter");
    QTest::addColumn<QString>("expected");
    const VectorFile file = VectorFile::load(QStringLiteral("otp/rfc4226-appendix-d.txt"));
    for (const VectorCase& c : file.cases()) {
        QTest::newRow(qPrintable(c.where)) << c.keyword << c.fields.value(0) << c.fields.value(1).toInt()
                                           << c.fields.value(2) << c.fields.value(3).toULongLong() << c.fields.value(4);
    }
}

void TestHotp::testRfc4226AppendixD()
{
    QFETCH(QString, keyword);
    QFETCH(QString, algorithm);
    QFETCH(int, digits);
    QFETCH(QString, secret);
    QFETCH(quint64, counter);
    QFETCH(QString, expected);

    QCOMPARE(keyword, QStringLiteral("hotp"));
    const auto parsedAlgorithm = otpAlgorithmFromName(algorithm.toStdString());
    QVERIFY(parsedAlgorithm.has_value());
    const std::string code = hotp(VectorFile::textBytes(secret), counter, digits, *parsedAlgorithm);
    QCOMPARE(QString::fromStdString(code), expected);
    ++m_rfc4226Checked;
}

void TestHotp::testEveryRfc4226CaseRan()
{
    const VectorFile file = VectorFile::load(QStringLiteral("otp/rfc4226-appendix-d.txt"));
    QVERIFY2(file.error().isEmpty(), qPrintable(file.error()));
    QCOMPARE(file.declaredCount(), kRfc4226Cases);
    QCOMPARE(file.cases().size(), kRfc4226Cases);
    QCOMPARE(m_rfc4226Checked, kRfc4226Cases);
}

void TestHotp::testDigitsOutsideSixToEightAreRefused()
{
    const std::vector<std::uint8_t> secret(20, 0x42);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, hotp(secret, 0, 5, OtpAlgorithm::Sha1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, hotp(secret, 0, 9, OtpAlgorithm::Sha1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, hotp(secret, 0, -6, OtpAlgorithm::Sha1));
}

void TestHotp::testSevenDigitsKeepTheLastSevenDecimalDigits()
{
    // RFC 4226 Appendix D, count 0: the truncated value is 1284755224.
    const auto secret = VectorFile::textBytes(QStringLiteral("12345678901234567890"));
    QCOMPARE(hotp(secret, 0, 6, OtpAlgorithm::Sha1), std::string("755224"));
    QCOMPARE(hotp(secret, 0, 7, OtpAlgorithm::Sha1), std::string("4755224"));
    QCOMPARE(hotp(secret, 0, 8, OtpAlgorithm::Sha1), std::string("84755224"));
}

void TestHotp::testEmptySecretStillGivesACode()
{
    // HMAC-SHA-1 with an empty key over eight zero bytes, computed with Python's hmac module.
    QCOMPARE(hotp({}, 0, 6, OtpAlgorithm::Sha1), std::string("328482"));
}

QTEST_APPLESS_MAIN(TestHotp)
#include "TestHotp.moc"
