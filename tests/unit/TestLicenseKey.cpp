#include "license/LicenseKey.h"

#include <QtTest>

using namespace castellan;

/// License keys: Ed25519 signatures (OpenSSL) over the terms; tampered, foreign and malformed keys refused with
/// a message for the administrator.
class TestLicenseKey : public QObject
{
    Q_OBJECT
private:
    std::pair<std::string, std::string> m_vendor = LicenseKey::generateKeyPair();
    std::pair<std::string, std::string> m_other = LicenseKey::generateKeyPair();

    static LicenseTerms terms()
    {
        LicenseTerms t;
        t.licenseId = "LIC-1";
        t.company = "Örnek Holding A.Ş.";
        t.userLimit = 200;
        t.type = "subscription";
        t.supportEndDate = "2027-06-30";
        t.pushSubscription = true;
        t.appKey = "CAST-AAAA-BBBB-CCCC-DDDD";
        t.issuedAt = "2026-11-24T10:00:00Z";
        return t;
    }
    std::string message(const Result<LicenseTerms>& r) { return r ? "(valid)" : r.error().fields.front().message; }

private slots:
    void testSignedTermsVerifyAndReadBack()
    {
        const auto key = LicenseKey::sign(terms(), m_vendor.first);
        QVERIFY(key);
        QVERIFY(key->rfind(LicenseKey::kPrefix, 0) == 0);
        const auto read = LicenseKey::verify(*key, {m_other.second, m_vendor.second});
        QVERIFY2(read, message(read).c_str());
        QVERIFY(read.value() == terms());
    }
    void testKeyWrappedByAnEmailClientStillVerifies()
    {
        std::string key = LicenseKey::sign(terms(), m_vendor.first).value();
        key.insert(40, "\r\n  ");
        key.insert(90, "\n");
        QVERIFY(LicenseKey::verify(" " + key + "\n", {m_vendor.second}));
    }
    void testTamperedTermsAreRefused()
    {
        LicenseTerms bigger = terms();
        bigger.userLimit = 20000;
        const std::string genuine = LicenseKey::sign(terms(), m_vendor.first).value();
        const std::string forged = LicenseKey::sign(bigger, m_other.first).value();
        // The forged terms with the genuine signature: the signature no longer matches.
        const std::string spliced = forged.substr(0, forged.rfind('.')) + genuine.substr(genuine.rfind('.'));
        QVERIFY(message(LicenseKey::verify(spliced, {m_vendor.second})).find("does not verify") != std::string::npos);
    }
    void testKeySignedByAnotherVendorKeyIsRefused()
    {
        const std::string foreign = LicenseKey::sign(terms(), m_other.first).value();
        QVERIFY(message(LicenseKey::verify(foreign, {m_vendor.second})).find("not issued by the Castellan vendor") !=
                std::string::npos);
    }
    void testMalformedKeysAreRefusedWithTheirReason()
    {
        QCOMPARE(message(LicenseKey::verify("hello", {m_vendor.second})),
                 std::string("must start with CASTELLAN-LICENSE-1 (paste the whole key)"));
        QCOMPARE(message(LicenseKey::verify("CASTELLAN-LICENSE-1.abc", {m_vendor.second})),
                 std::string("is incomplete (paste the whole key)"));
        QCOMPARE(message(LicenseKey::verify("CASTELLAN-LICENSE-1.e30.AAAA", {m_vendor.second})),
                 std::string("is damaged (it is not the text the vendor sent)"));
        QVERIFY(!LicenseKey::sign(terms(), m_vendor.second)); // a public key cannot sign
    }
    void testSignedButIncompleteTermsAreRefused()
    {
        LicenseTerms noLimit = terms();
        noLimit.userLimit = 0;
        QVERIFY(message(LicenseKey::verify(LicenseKey::sign(noLimit, m_vendor.first).value(), {m_vendor.second}))
                    .find("out of range") != std::string::npos);
        LicenseTerms badDate = terms();
        badDate.supportEndDate = "2027-02-30";
        QVERIFY(!LicenseKey::verify(LicenseKey::sign(badDate, m_vendor.first).value(), {m_vendor.second}));
    }
};

QTEST_GUILESS_MAIN(TestLicenseKey)
#include "TestLicenseKey.moc"
