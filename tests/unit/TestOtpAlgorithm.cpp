#include "otp/OtpAlgorithm.h"

#include <QTest>

using namespace castellan;

class TestOtpAlgorithm : public QObject
{
    Q_OBJECT

private slots:
    void testNamesMatchKeyUriAndOathtool();
    void testNamesParseBackIgnoringCase();
    void testUnknownNamesAreRefused();
};

void TestOtpAlgorithm::testNamesMatchKeyUriAndOathtool()
{
    QCOMPARE(otpAlgorithmName(OtpAlgorithm::Sha1), std::string_view("SHA1"));
    QCOMPARE(otpAlgorithmName(OtpAlgorithm::Sha256), std::string_view("SHA256"));
    QCOMPARE(otpAlgorithmName(OtpAlgorithm::Sha512), std::string_view("SHA512"));
}

void TestOtpAlgorithm::testNamesParseBackIgnoringCase()
{
    for (const auto algorithm : {OtpAlgorithm::Sha1, OtpAlgorithm::Sha256, OtpAlgorithm::Sha512}) {
        QCOMPARE(otpAlgorithmFromName(otpAlgorithmName(algorithm)), std::optional(algorithm));
    }
    QCOMPARE(otpAlgorithmFromName("sha256"), std::optional(OtpAlgorithm::Sha256));
    QCOMPARE(otpAlgorithmFromName("Sha512"), std::optional(OtpAlgorithm::Sha512));
}

void TestOtpAlgorithm::testUnknownNamesAreRefused()
{
    for (const char* name : {"", "SHA", "SHA-1", "SHA-256", "SHA1 ", "SHA384", "MD5", "SHA11"}) {
        QVERIFY2(!otpAlgorithmFromName(name).has_value(), name);
    }
}

QTEST_APPLESS_MAIN(TestOtpAlgorithm)
#include "TestOtpAlgorithm.moc"
