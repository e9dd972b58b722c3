#include "EnrollmentLink.h"

#include <QtTest>

using namespace castellan;
using namespace castellan::client;

/// The reference client's reading of an enrollment QR code.
class TestEnrollmentLink : public QObject
{
    Q_OBJECT
private slots:
    void testReadsKeyTokenAndServer()
    {
        auto link =
            EnrollmentLink::parse("otpauth://totp/Castellan%20MFA:ayse?secret=JBSWY3DPEHPK3PXP&issuer=Castellan%20"
                                  "MFA&algorithm=SHA1&digits=6&period=30&castellan_enroll=cen_abc-_123&"
                                  "castellan_url=https%3A%2F%2Fmfa.example.test%3A8443%2F");
        QVERIFY(link);
        QCOMPARE(link->key.account, std::string("ayse"));
        QCOMPARE(link->key.issuer, std::string("Castellan MFA"));
        QCOMPARE(link->token, std::string("cen_abc-_123"));
        QCOMPARE(link->serverUrl, std::string("https://mfa.example.test:8443"));
    }

    void testPlainTotpUriIsNotAnEnrollment()
    {
        auto link = EnrollmentLink::parse("otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=Example");
        QVERIFY(!link);
        QCOMPARE(link.error().fields.front().field, std::string("castellan_enroll"));
    }

    void testServerMustBeHttps()
    {
        auto link = EnrollmentLink::parse(
            "otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&castellan_enroll=t&castellan_url=http%3A%2F%2Fx");
        QVERIFY(!link);
        QCOMPARE(link.error().fields.front().field, std::string("castellan_url"));
    }

    void testBadKeyUriIsReported()
    {
        auto link = EnrollmentLink::parse("otpauth://totp/a?secret=not*base32&castellan_enroll=t");
        QVERIFY(!link);
        QCOMPARE(link.error().fields.front().field, std::string("secret"));
        QVERIFY(!EnrollmentLink::parse("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&castellan_enroll=a&castellan_enroll=b"
                                       "&castellan_url=https%3A%2F%2Fx"));
    }
};

QTEST_GUILESS_MAIN(TestEnrollmentLink)
#include "TestEnrollmentLink.moc"
