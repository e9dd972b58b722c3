#include "GuiTestHelpers.h"
#include "LoopbackSmtpServer.h"
#include "SignedInConsole.h"

#include "dialogs/FieldErrorPresenter.h"
#include "pages/DeliveryChannelForm.h"
#include "pages/DeliverySettingsPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>

#include <memory>

using namespace castellan::console;

/// The Mail and SMS page against a real server and a real SMTP server on loopback: a bad sender refused on its
/// field, the settings saved with a password that is never shown again, a test message that arrives, a failing test
/// that shows the server's answer, and the page in Turkish.
class TestDeliverySettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void testNothingIsSetUpAtFirst();
    void testBadSenderIsRefusedOnItsField();
    void testSavedSettingsSendTheTestMessage();
    void testAFailingTestShowsTheServersAnswer();
    void testPageInTurkish();

private:
    QLineEdit* mailLine(const char* name) const
    {
        return qobject_cast<QLineEdit*>(m_page->mailForm()->input(QString::fromLatin1(name)));
    }

    test::SignedInConsole m_console;
    std::unique_ptr<castellan::test::LoopbackSmtpServer> m_smtp;
    std::unique_ptr<DeliverySettingsPage> m_page;
};

void TestDeliverySettingsPage::initTestCase()
{
    castellan::test::LoopbackSmtpServer::Options options;
    options.offerStartTls = false;
    options.requireTls = false;
    options.offerAuth = true;
    m_smtp = std::make_unique<castellan::test::LoopbackSmtpServer>(options);
    QVERIFY2(m_console.start(), qPrintable(m_console.errorText()));
    m_page = std::make_unique<DeliverySettingsPage>(m_console.client());
    m_page->resize(900, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->mailForm()->isLoaded() && m_page->smsForm()->isLoaded(), 30000);
}

void TestDeliverySettingsPage::cleanupTestCase()
{
    m_page.reset();
}

void TestDeliverySettingsPage::testNothingIsSetUpAtFirst()
{
    QVERIFY(m_page->mailForm()->sourceLabel()->text().startsWith(QStringLiteral("Not set up")));
    QVERIFY(!m_page->mailForm()->testButton()->isEnabled());
    QVERIFY(m_page->mailForm()->saveButton()->isEnabled());
}

void TestDeliverySettingsPage::testBadSenderIsRefusedOnItsField()
{
    test::typeText(mailLine("host"), QStringLiteral("127.0.0.1"));
    test::typeText(mailLine("from"), QStringLiteral("not an address"));
    QTest::mouseClick(m_page->mailForm()->saveButton(), Qt::LeftButton);
    QLabel* error = m_page->mailForm()->errors()->errorLabel(QStringLiteral("from"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QVERIFY2(error->text().contains(QStringLiteral("address")), qPrintable(error->text()));
}

void TestDeliverySettingsPage::testSavedSettingsSendTheTestMessage()
{
    DeliveryChannelForm* form = m_page->mailForm();
    test::typeText(mailLine("host"), QStringLiteral("127.0.0.1"));
    qobject_cast<QSpinBox*>(form->input(QStringLiteral("port")))->setValue(m_smtp->port());
    qobject_cast<QCheckBox*>(form->input(QStringLiteral("starttls")))->setChecked(false);
    test::typeText(mailLine("user"), QStringLiteral("mailer"));
    test::typeText(mailLine("password"), QStringLiteral("Relay-Pass-1"));
    test::typeText(mailLine("from"), QStringLiteral("Castellan <mfa@example.com>"));
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!form->isBusy() && form->sourceLabel()->text().startsWith(QStringLiteral("Stored")),
                             30000);
    QVERIFY(mailLine("password")->text().isEmpty()); // never shown again
    QVERIFY(form->clearSecretBox()->isEnabled());    // one is stored

    QVERIFY(form->testButton()->isEnabled());
    form->sendTest(QStringLiteral("ops@example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(form->testResultLabel()->text().startsWith(QStringLiteral("Sent to ops@example.com")),
                             30000);
    auto mail = m_smtp->waitForMessage(std::chrono::seconds(20));
    QVERIFY(mail.has_value());
    QCOMPARE(mail->authPassword, std::string("Relay-Pass-1"));
}

void TestDeliverySettingsPage::testAFailingTestShowsTheServersAnswer()
{
    DeliveryChannelForm* form = m_page->mailForm();
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const int port = closed.serverPort();
    closed.close();
    qobject_cast<QSpinBox*>(form->input(QStringLiteral("port")))->setValue(port);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!form->isBusy(), 30000);
    form->sendTest(QStringLiteral("ops@example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(form->testResultLabel()->text().startsWith(QStringLiteral("Not sent")), 30000);
    QVERIFY2(form->testResultLabel()->text().contains(QStringLiteral("The server answered:")),
             qPrintable(form->testResultLabel()->text()));
}

void TestDeliverySettingsPage::testPageInTurkish()
{
    QVERIFY(m_console.languages().setPreference(QStringLiteral("tr")));
    QTRY_COMPARE(m_page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Posta ve SMS"));
    QCOMPARE(m_page->tabs()->tabText(1), QStringLiteral("S&MS Ağ Geçidi"));
    QCOMPARE(m_page->mailForm()->testButton()->text(), QStringLiteral("&Deneme İletisi Gönder…"));
    QVERIFY(m_console.languages().setPreference(QStringLiteral("en")));
    QTRY_COMPARE(m_page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Mail and SMS"));
}

QTEST_MAIN(TestDeliverySettingsPage)
#include "TestDeliverySettingsPage.moc"
