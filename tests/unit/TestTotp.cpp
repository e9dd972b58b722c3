#include "otp/OtpAlgorithm.h"
#include "otp/Totp.h"

#include "VectorFile.h"

#include <QTest>

#include <cstdint>
#include <limits>
#include <stdexcept>

using namespace castellan;

namespace {
constexpr int kRfc6238Cases = 18;
}

class TestTotp : public QObject
{
    Q_OBJECT

private slots:
    void testRfc6238AppendixB_data();
    void testRfc6238AppendixB();
    void testEveryRfc6238CaseRan();
    void testStepChangesOnlyAtPeriodBoundaries();
    void testStepCountsFromT0();
    void testStepCoversTheWholeInt64Range();
    void testTimeBeforeT0IsRefused();
    void testNonPositivePeriodIsRefused();
    void testTotpIsHotpOfTheStep();

private:
    int m_rfc6238Checked = 0;
};

void TestTotp::testRfc6238AppendixB_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QStringList>("fields");
    const VectorFile file = VectorFile::load(QStringLiteral("otp/rfc6238-appendix-b.txt"));
    for (const VectorCase& c : file.cases()) {
        QTest::newRow(qPrintable(c.where)) << c.keyword << c.fields;
    }
}

void TestTotp::testRfc6238AppendixB()
{
    QFETCH(QString, keyword);
    QFETCH(QStringList, fields);
    QCOMPARE(keyword, QStringLiteral("totp"));
    QCOMPARE(fields.size(), 8);

    const auto algorithm = otpAlgorithmFromName(fields[0].toStdString());
    QVERIFY(algorithm.has_value());
    const int digits = fields[1].toInt();
    const int period = fields[2].toInt();
    const qint64 t0 = fields[3].toLongLong();
    const auto secret = VectorFile::textBytes(fields[4]);
    const qint64 unixTime = fields[5].toLongLong();
    bool hexOk = false;
    const quint64 expectedStep = fields[6].toULongLong(&hexOk, 16);
    QVERIFY(hexOk);

    QCOMPARE(totpStep(unixTime, period, t0), expectedStep);
    QCOMPARE(QString::fromStdString(totp(secret, unixTime, digits, *algorithm, period, t0)), fields[7]);
    ++m_rfc6238Checked;
}

void TestTotp::testEveryRfc6238CaseRan()
{
    const VectorFile file = VectorFile::load(QStringLiteral("otp/rfc6238-appendix-b.txt"));
    QVERIFY2(file.error().isEmpty(), qPrintable(file.error()));
    QCOMPARE(file.declaredCount(), kRfc6238Cases);
    QCOMPARE(file.cases().size(), kRfc6238Cases);
    QCOMPARE(m_rfc6238Checked, kRfc6238Cases);
}

void TestTotp::testStepChangesOnlyAtPeriodBoundaries()
{
    QCOMPARE(totpStep(0), std::uint64_t{0});
    QCOMPARE(totpStep(29), std::uint64_t{0});
    QCOMPARE(totpStep(30), std::uint64_t{1});
    QCOMPARE(totpStep(59), std::uint64_t{1});
    QCOMPARE(totpStep(60), std::uint64_t{2});
    QCOMPARE(totpStep(119, 60), std::uint64_t{1});
    QCOMPARE(totpStep(120, 60), std::uint64_t{2});
}

void TestTotp::testStepCountsFromT0()
{
    QCOMPARE(totpStep(1000, 30, 1000), std::uint64_t{0});
    QCOMPARE(totpStep(1029, 30, 1000), std::uint64_t{0});
    QCOMPARE(totpStep(1030, 30, 1000), std::uint64_t{1});
    QCOMPARE(totpStep(0, 30, -30), std::uint64_t{1});
}

void TestTotp::testStepCoversTheWholeInt64Range()
{
    constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    QCOMPARE(totpStep(kMax, 1, kMin), std::numeric_limits<std::uint64_t>::max());
    QCOMPARE(totpStep(kMax, 30, 0), static_cast<std::uint64_t>(kMax) / 30);
}

void TestTotp::testTimeBeforeT0IsRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, totpStep(-1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, totpStep(999, 30, 1000));
}

void TestTotp::testNonPositivePeriodIsRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, totpStep(1000, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, totpStep(1000, -30));
    const std::vector<std::uint8_t> secret(20, 1);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, totp(secret, 1000, 6, OtpAlgorithm::Sha1, 0));
}

void TestTotp::testTotpIsHotpOfTheStep()
{
    // RFC 4226 Appendix D, count 1, reached through time: step 1 covers [30, 60).
    const auto secret = VectorFile::textBytes(QStringLiteral("12345678901234567890"));
    QCOMPARE(totp(secret, 30, 6, OtpAlgorithm::Sha1), std::string("287082"));
    QCOMPARE(totp(secret, 59, 6, OtpAlgorithm::Sha1), std::string("287082"));
    QCOMPARE(totp(secret, 1059, 6, OtpAlgorithm::Sha1, 30, 1000), std::string("287082"));
}

QTEST_APPLESS_MAIN(TestTotp)
#include "TestTotp.moc"
