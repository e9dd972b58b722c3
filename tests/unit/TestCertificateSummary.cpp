#include "crypto/CertificateSummary.h"
#include "saml/SigningKeyPair.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace castellan;

/// A certificate's SHA-256 fingerprint and validity period, as the SAML key list shows them.
class TestCertificateSummary : public QObject
{
    Q_OBJECT
private slots:
    void testFingerprintIsTheSha256OfTheDerInColonHex()
    {
        auto pair = SigningKeyPair::generate("summary.example.test", 30);
        QVERIFY(pair.ok());
        auto summary = CertificateSummary::fromPem(pair->certificatePem);
        QVERIFY(summary.ok());
        const QByteArray der =
            QByteArray::fromBase64(QByteArray::fromStdString(SigningKeyPair::certificateBase64(pair->certificatePem)));
        const QByteArray expected = QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper();
        QCOMPARE(QByteArray::fromStdString(summary->sha256Fingerprint), expected);
        QCOMPARE(summary->sha256Fingerprint.size(), size_t(32 * 3 - 1));
    }

    void testValidityIsReadAsEpochSeconds()
    {
        auto pair = SigningKeyPair::generate("summary.example.test", 30);
        QVERIFY(pair.ok());
        auto summary = CertificateSummary::fromPem(pair->certificatePem);
        QVERIFY(summary.ok());
        // SigningKeyPair backdates notBefore by an hour against clock skew.
        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(qAbs(summary->notBefore - (now - 3600)) <= 5);
        QCOMPARE(summary->notAfter - summary->notBefore, std::int64_t(30 * 86'400 + 3600));
    }

    void testBase64DerAsInSamlMetadataGivesTheSameSummary()
    {
        auto pair = SigningKeyPair::generate("metadata.example.test", 30);
        QVERIFY(pair.ok());
        const std::string base64 = SigningKeyPair::certificateBase64(pair->certificatePem);
        QVERIFY(base64.size() > 64); // one long line, as ds:X509Certificate often carries it
        auto fromPem = CertificateSummary::fromPem(pair->certificatePem);
        auto fromDer = CertificateSummary::fromBase64Der(base64);
        QVERIFY(fromPem.ok() && fromDer.ok());
        QCOMPARE(fromDer->sha256Fingerprint, fromPem->sha256Fingerprint);
        QCOMPARE(fromDer->notAfter, fromPem->notAfter);
        // White space inside the element (pretty-printed metadata) is ignored.
        auto spaced =
            CertificateSummary::fromBase64Der("\n  " + base64.substr(0, 40) + "\n  " + base64.substr(40) + " ");
        QVERIFY(spaced.ok());
        QCOMPARE(spaced->sha256Fingerprint, fromPem->sha256Fingerprint);
        QVERIFY(!CertificateSummary::fromBase64Der("").ok());
        QVERIFY(!CertificateSummary::fromBase64Der("AAAA").ok());
    }

    void testWhatIsNoCertificateIsRefused()
    {
        QVERIFY(!CertificateSummary::fromPem("").ok());
        QVERIFY(!CertificateSummary::fromPem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n").ok());
        auto pair = SigningKeyPair::generate("x", 1);
        QVERIFY(pair.ok());
        QCOMPARE(CertificateSummary::fromPem(pair->privateKeyPem).error().code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestCertificateSummary)
#include "TestCertificateSummary.moc"
