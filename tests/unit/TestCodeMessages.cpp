#include "notify/CodeMessages.h"

#include <QtTest>

using namespace castellan;

class TestCodeMessages : public QObject
{
    Q_OBJECT
private slots:
    void testSmsInEnglish()
    {
        QCOMPARE(codeSmsText("123456", "Castellan", "en"),
                 std::string("Your Castellan verification code is 123456. It expires in 5 minutes."));
    }
    void testSmsInTurkish()
    {
        QCOMPARE(codeSmsText("123456", "Castellan", "tr"),
                 std::string("Castellan doğrulama kodunuz: 123456. 5 dakika içinde geçerliliğini yitirir."));
    }
    void testLanguageTags_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("turkish");
        QTest::newRow("tr") << "tr" << true;
        QTest::newRow("tr-TR") << "tr-TR" << true;
        QTest::newRow("TR_tr") << "TR_tr" << true;
        QTest::newRow("en") << "en" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("tra") << "tra" << false;
        QTest::newRow("de") << "de-DE" << false;
    }
    void testLanguageTags()
    {
        QFETCH(QString, language);
        QFETCH(bool, turkish);
        QCOMPARE(isTurkish(language.toStdString()), turkish);
    }
    void testMailCarriesTheCodeInTheBodyOnly()
    {
        const MailMessage en = codeMail("ayse@example.com", "654321", "Acme MFA", "en");
        QCOMPARE(en.to, std::string("ayse@example.com"));
        QCOMPARE(en.subject, std::string("Your Acme MFA verification code"));
        QVERIFY(en.textBody.starts_with("Your Acme MFA verification code is 654321.\n"));
        QVERIFY(en.textBody.find("5 minutes") != std::string::npos);

        const MailMessage tr = codeMail("ayse@example.com", "654321", "Acme MFA", "tr-TR", 10);
        QCOMPARE(tr.subject, std::string("Acme MFA doğrulama kodunuz"));
        QVERIFY(tr.textBody.starts_with("Acme MFA doğrulama kodunuz: 654321\n"));
        QVERIFY(tr.textBody.find("10 dakika içinde geçerliliğini yitirir") != std::string::npos);
        QVERIFY(tr.subject.find("654321") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestCodeMessages)
#include "TestCodeMessages.moc"
