#include "ConsoleTestServer.h"
#include "IsolatedSettings.h"

#include "api/RestClient.h"
#include "api/TokenStore.h"
#include "app/AdminConsole.h"
#include "app/ConsoleSession.h"
#include "app/LanguageSelector.h"
#include "app/MainWindow.h"
#include "dialogs/CertificateApprovalDialog.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/FieldErrorPresenter.h"
#include "dialogs/PasswordChangeForm.h"
#include "dialogs/QrCodeView.h"
#include "dialogs/SignInForm.h"
#include "dialogs/TotpEnrollmentForm.h"
#include "pages/PlaceholderPage.h"
#include "pages/ServerPage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace castellan::console;

/// Connecting the console to a real server through the connect dialog, as an admin does: the bootstrap admin's
/// first sign-in (trusting the self-signed certificate on first use, the forced password change, TOTP enrollment
/// from the QR code shown in the dialog), log out, sign in again with a code, a wrong password, and a changed
/// certificate refused.
class TestConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void testFirstSignInTrustsTheCertificateChangesThePasswordAndEnrollsTotp();
    void testLogOutPutsThePlaceholdersBack();
    void testWrongPasswordIsShownInTheDialog();
    void testSignInWithAOneTimeCode();
    void testChangedCertificateIsRefusedLoudly();

private:
    ConnectDialog* openDialog();
    static void type(QLineEdit* field, const QString& text);
    template <typename T> static T* waitForChild(QWidget* parent, const QString& name = {});

    std::unique_ptr<test::IsolatedSettings> m_settings;
    std::unique_ptr<test::ConsoleTestServer> m_server;
    std::unique_ptr<LanguageSelector> m_languages;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AdminConsole> m_console;
    QString m_totpSecret;
    const QString m_password = QStringLiteral("Gatekeeper-Tower-2026!");
};

void TestConnectDialog::initTestCase()
{
    m_settings = std::make_unique<test::IsolatedSettings>();
    m_server = std::make_unique<test::ConsoleTestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
    m_languages = std::make_unique<LanguageSelector>();
    QVERIFY(m_languages->setPreference(QStringLiteral("en")));
    m_tokens = std::make_unique<TokenStore>(TokenStore::Backend::Memory);
    m_session = std::make_unique<ConsoleSession>(m_tokens.get());
    m_window = std::make_unique<MainWindow>(m_languages.get(), m_tokens.get());
    m_console = std::make_unique<AdminConsole>(m_window.get(), m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestConnectDialog::cleanupTestCase()
{
    m_console.reset();
    m_window.reset();
    m_session.reset();
    m_server.reset();
}

template <typename T> T* TestConnectDialog::waitForChild(QWidget* parent, const QString& name)
{
    T* child = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            child = parent->findChild<T*>(name);
            return child && child->isVisible();
        },
        30000);
    return child;
}

ConnectDialog* TestConnectDialog::openDialog()
{
    m_console->openConnectDialog();
    return m_console->connectDialog();
}

void TestConnectDialog::type(QLineEdit* field, const QString& text)
{
    field->clear();
    QTest::keyClicks(field, text);
}

void TestConnectDialog::testFirstSignInTrustsTheCertificateChangesThePasswordAndEnrollsTotp()
{
    ConnectDialog* dialog = openDialog();
    QVERIFY(dialog && dialog->isVisible());
    SignInForm* form = dialog->signInForm();
    QCOMPARE(form->usernameField()->text(), QStringLiteral("admin"));
    type(form->serverField(), m_server->url().toString());
    type(form->passwordField(), m_server->bootstrapPassword());
    const int heightAtStart = dialog->height();
    QTest::keyClick(form->passwordField(), Qt::Key_Return); // Enter signs in

    // Trust on first use: the fingerprint shown is the one the server printed.
    auto* approval = waitForChild<CertificateApprovalDialog>(dialog);
    QVERIFY(approval);
    QCOMPARE(approval->findChild<QLabel*>(QStringLiteral("fingerprintLabel"))->text(), m_server->fingerprint());
    approval->findChild<QPushButton*>(QStringLiteral("trustButton"))->click();

    // The forced password change, with the server's policy shown on the field.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), ConnectDialog::Step::PasswordChange, 30000);
    PasswordChangeForm* password = dialog->passwordChangeForm();
    // The rules are there before the first attempt, with the server's minimum length (12 by default).
    QVERIFY(password->rulesLabel()->isVisible());
    QVERIFY2(password->rulesLabel()->text().contains(QStringLiteral("12 characters")),
             qPrintable(password->rulesLabel()->text()));
    QTRY_COMPARE(dialog->focusWidget(), password->newPasswordField());
    type(password->newPasswordField(), QStringLiteral("short"));
    type(password->confirmationField(), QStringLiteral("short"));
    QTest::keyClick(password->confirmationField(), Qt::Key_Return);
    QLabel* newPasswordError = password->errors()->errorLabel(QStringLiteral("new_password"));
    QTRY_VERIFY_WITH_TIMEOUT(newPasswordError->isVisible(), 30000);
    QVERIFY(!newPasswordError->text().isEmpty());
    QCOMPARE(dialog->step(), ConnectDialog::Step::PasswordChange);
    QCOMPARE(dialog->height(), heightAtStart); // the error took room the dialog had: no jump
    type(password->newPasswordField(), m_password);
    type(password->confirmationField(), m_password);
    QVERIFY(!newPasswordError->isVisible()); // editing the field clears its error
    QTest::keyClick(password->confirmationField(), Qt::Key_Return);

    // TOTP enrollment: the QR code is drawn in the dialog, a wrong code is refused on its field.
    QTRY_VERIFY2_WITH_TIMEOUT(dialog->step() == ConnectDialog::Step::TotpEnrollment,
                              qPrintable(dialog->findChild<QLabel*>(QStringLiteral("formErrorBanner"))->text() +
                                         password->errors()->errorLabel(QStringLiteral("new_password"))->text()),
                              30000);
    TotpEnrollmentForm* totp = dialog->totpEnrollmentForm();
    QTRY_VERIFY_WITH_TIMEOUT(!totp->secretField()->text().isEmpty(), 30000);
    QVERIFY(totp->qrCode()->hasCode());
    QVERIFY(totp->qrCode()->toolTip().startsWith(QStringLiteral("otpauth://totp/")));
    m_totpSecret = totp->secretField()->text();
    // The whole secret is visible in its field, nothing scrolled out of sight.
    QLineEdit* secretField = totp->secretField();
    QVERIFY2(secretField->fontMetrics().horizontalAdvance(m_totpSecret) <= secretField->contentsRect().width(),
             qPrintable(QStringLiteral("%1 px of secret in %2 px")
                            .arg(secretField->fontMetrics().horizontalAdvance(m_totpSecret))
                            .arg(secretField->contentsRect().width())));
    QTRY_COMPARE(dialog->focusWidget(), totp->codeField());
    const QString code = QString::fromStdString(castellan::test::totpNow(m_totpSecret.toStdString()));
    type(totp->codeField(), code == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
    const int heightBeforeCodeError = dialog->height();
    QTest::keyClick(totp->codeField(), Qt::Key_Return);
    QLabel* codeError = totp->errors()->errorLabel(QStringLiteral("otp"));
    QTRY_VERIFY_WITH_TIMEOUT(codeError->isVisible(), 30000);
    QCOMPARE(dialog->height(), heightBeforeCodeError);
    QTRY_COMPARE(dialog->focusWidget(), totp->codeField()); // typing goes on where it was
    type(totp->codeField(), code);
    QTest::keyClick(totp->codeField(), Qt::Key_Return);

    QTRY_VERIFY_WITH_TIMEOUT(m_session->isSignedIn(), 30000);
    QTRY_VERIFY(!m_console->connectDialog());
    QVERIFY(m_window->isConnected());
    const QString serverName = QStringLiteral("127.0.0.1:%1").arg(m_server->process().httpsPort());
    QCOMPARE(m_window->statusBar()->findChild<QLabel*>(QStringLiteral("serverLabel"))->text(),
             QStringLiteral("Server: ") + serverName);
    QCOMPARE(m_window->statusBar()->findChild<QLabel*>(QStringLiteral("adminLabel"))->text(),
             QStringLiteral("Admin: admin"));
    QVERIFY(m_window->statusBar()->findChild<QLabel*>(QStringLiteral("tokenNoticeLabel"))->isVisible());
    QVERIFY(qobject_cast<ServerPage*>(m_window->pageWidget(ConsolePage::ApiClients)));
    QVERIFY(qobject_cast<ServerPage*>(m_window->pageWidget(ConsolePage::License)));
}

void TestConnectDialog::testLogOutPutsThePlaceholdersBack()
{
    QVERIFY(m_session->isSignedIn());
    m_window->findChild<QAction*>(QStringLiteral("logOutAction"))->trigger();
    QVERIFY(!m_session->isSignedIn());
    QVERIFY(!m_window->isConnected());
    QVERIFY(!m_session->client()->hasSession());
    QTRY_VERIFY(qobject_cast<PlaceholderPage*>(m_window->pageWidget(ConsolePage::ApiClients)));
}

void TestConnectDialog::testWrongPasswordIsShownInTheDialog()
{
    ConnectDialog* dialog = openDialog();
    SignInForm* form = dialog->signInForm();
    QCOMPARE(form->serverField()->text(), m_server->url().toString()); // remembered
    type(form->passwordField(), QStringLiteral("not-the-password"));
    QTest::mouseClick(dialog->primaryButton(), Qt::LeftButton);
    QLabel* banner = form->findChild<QLabel*>(QStringLiteral("formErrorBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    QCOMPARE(banner->text(), QStringLiteral("Invalid username, password or one-time code"));
    QVERIFY(!m_session->isSignedIn());
    dialog->reject();
    QTRY_VERIFY(!m_console->connectDialog());
}

void TestConnectDialog::testSignInWithAOneTimeCode()
{
    ConnectDialog* dialog = openDialog();
    SignInForm* form = dialog->signInForm();
    type(form->passwordField(), m_password);
    // The enrollment used the current time step; a code is never accepted twice, so take the next one.
    type(form->otpField(), QString::fromStdString(castellan::test::totpNow(m_totpSecret.toStdString(), 1)));
    QTest::mouseClick(dialog->primaryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isSignedIn(), 30000);
    QVERIFY(m_window->isConnected());
    m_window->findChild<QAction*>(QStringLiteral("logOutAction"))->trigger();
    QVERIFY(!m_session->isSignedIn());
}

void TestConnectDialog::testChangedCertificateIsRefusedLoudly()
{
    const QString hostKey = CertificatePins::hostKey(m_server->url());
    CertificatePins().pin(hostKey, QStringLiteral("AA:BB:CC:DD"));
    ConnectDialog* dialog = openDialog();
    type(dialog->signInForm()->passwordField(), m_password);
    QTest::mouseClick(dialog->primaryButton(), Qt::LeftButton);
    auto* box = waitForChild<QMessageBox>(dialog, QStringLiteral("certificateChangedBox"));
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(QStringLiteral("AA:BB:CC:DD")));
    QVERIFY(box->informativeText().contains(m_server->fingerprint()));
    QVERIFY(!m_session->isSignedIn());
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("forgetCertificateButton"))->isVisible());
    box->accept();
    dialog->reject();
}

QTEST_MAIN(TestConnectDialog)
#include "TestConnectDialog.moc"
