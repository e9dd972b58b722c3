#include "GuiTestHelpers.h"
#include "SignedInConsole.h"

#include "api/TokenStore.h"
#include "app/AdminConsole.h"
#include "app/ConsoleSession.h"
#include "app/LanguageSelector.h"
#include "app/MainWindow.h"
#include "dialogs/AdministratorDialog.h"
#include "dialogs/CertificateApprovalDialog.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/FieldErrorPresenter.h"
#include "dialogs/PasswordChangeForm.h"
#include "dialogs/SecretRevealDialog.h"
#include "dialogs/SignInForm.h"
#include "dialogs/TotpEnrollmentForm.h"
#include "models/AdministratorModel.h"
#include "pages/AdministratorsPage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>

#include <memory>

using namespace castellan::console;
using test::waitForVisibleChild;

/// The Administrators page against a real server: a second administrator added from the page (a refused name on
/// its field first), whose one-time password shown once then signs in with the console's connect dialog (password
/// change and TOTP enrollment); reset, disable and remove after a confirmation; the server's refusal to let an
/// administrator remove themselves shown with its reason; the page in Turkish.
class TestAdministratorsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void testAddShowsTheOneTimePasswordOnce();
    void testTheNewAdministratorSignsInWithTheConsole();
    void testResetAndDisableAskFirst();
    void testRemovingYourselfIsRefusedWithTheReason();
    void testPageInTurkish();

private:
    int rowOf(const QString& username) const;
    void selectAdmin(const QString& username);

    test::SignedInConsole m_console;
    std::unique_ptr<AdministratorsPage> m_page;
    QString m_oneTimePassword;
};

void TestAdministratorsPage::initTestCase()
{
    QVERIFY2(m_console.start(), qPrintable(m_console.errorText()));
    m_page = std::make_unique<AdministratorsPage>(m_console.client());
    m_page->resize(1000, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->hasLoaded(), 30000);
}

void TestAdministratorsPage::cleanupTestCase()
{
    m_page.reset();
}

int TestAdministratorsPage::rowOf(const QString& username) const
{
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (m_page->model()->itemAt(row).username == username) {
            return row;
        }
    }
    return -1;
}

void TestAdministratorsPage::selectAdmin(const QString& username)
{
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(username) >= 0 && !m_page->model()->isLoading(), 30000);
    m_page->view()->selectRow(rowOf(username));
}

void TestAdministratorsPage::testAddShowsTheOneTimePasswordOnce()
{
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->itemAt(0).username, QStringLiteral("admin"));
    QCOMPARE(m_page->model()->index(0, AdministratorModel::TotpColumn).data().toString(), QStringLiteral("Enrolled"));

    m_page->createItem();
    auto* dialog = waitForVisibleChild<AdministratorDialog>(m_page.get());
    QVERIFY(dialog);
    test::typeText(dialog->usernameField(), QStringLiteral("ayşe"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QLabel* error = dialog->errors()->errorLabel(QStringLiteral("username"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QVERIFY2(error->text().contains(QStringLiteral("Latin letters")), qPrintable(error->text()));
    test::typeText(dialog->usernameField(), QStringLiteral("ops.ayse"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

    auto* reveal = waitForVisibleChild<SecretRevealDialog>(m_page.get());
    QVERIFY(reveal);
    m_oneTimePassword = reveal->secret();
    QVERIFY(m_oneTimePassword.size() >= 20);
    reveal->accept();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("ops.ayse")) >= 0, 30000);
    const int row = rowOf(QStringLiteral("ops.ayse"));
    QCOMPARE(m_page->model()->index(row, AdministratorModel::TotpColumn).data().toString(),
             QStringLiteral("Due at next sign-in"));
    QVERIFY(m_page->model()->itemAt(row).temporaryPassword.isEmpty()); // lists never carry it
}

void TestAdministratorsPage::testTheNewAdministratorSignsInWithTheConsole()
{
    // A second console, as on the new administrator's desk, with the one-time password from the page.
    TokenStore tokens(TokenStore::Backend::Memory);
    ConsoleSession session(&tokens);
    MainWindow window(&m_console.languages(), &tokens);
    AdminConsole console(&window, &session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    console.openConnectDialog();
    ConnectDialog* dialog = console.connectDialog();
    QVERIFY(dialog);
    test::typeText(dialog->signInForm()->serverField(), m_console.server().url().toString());
    test::typeText(dialog->signInForm()->usernameField(), QStringLiteral("ops.ayse"));
    test::typeText(dialog->signInForm()->passwordField(), m_oneTimePassword);
    QTest::mouseClick(dialog->primaryButton(), Qt::LeftButton);
    // The certificate may already be trusted in these settings; trust it if asked.
    (void)QTest::qWaitFor(
        [&] {
            return dialog->step() != ConnectDialog::Step::SignIn || dialog->findChild<CertificateApprovalDialog*>();
        },
        30000);
    if (auto* approval = dialog->findChild<CertificateApprovalDialog*>(); approval && approval->isVisible()) {
        approval->findChild<QPushButton*>(QStringLiteral("trustButton"))->click();
    }
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), ConnectDialog::Step::PasswordChange, 30000);
    const QString password = QStringLiteral("Night-Shift-Keeper-2026");
    test::typeText(dialog->passwordChangeForm()->newPasswordField(), password);
    test::typeText(dialog->passwordChangeForm()->confirmationField(), password);
    QTest::mouseClick(dialog->primaryButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), ConnectDialog::Step::TotpEnrollment, 30000);
    TotpEnrollmentForm* totp = dialog->totpEnrollmentForm();
    QTRY_VERIFY_WITH_TIMEOUT(!totp->secretField()->text().isEmpty(), 30000);
    test::typeText(totp->codeField(),
                   QString::fromStdString(castellan::test::totpNow(totp->secretField()->text().toStdString())));
    QTest::mouseClick(dialog->primaryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(session.isSignedIn(), 30000);
    QCOMPARE(window.statusBar()->findChild<QLabel*>(QStringLiteral("adminLabel"))->text(),
             QStringLiteral("Admin: ops.ayse"));

    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading() && rowOf(QStringLiteral("ops.ayse")) >= 0, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->model()->index(rowOf(QStringLiteral("ops.ayse")), AdministratorModel::TotpColumn).data().toString(),
        QStringLiteral("Enrolled"), 30000);
}

void TestAdministratorsPage::testResetAndDisableAskFirst()
{
    selectAdmin(QStringLiteral("ops.ayse"));
    QVERIFY(m_page->resetAction()->isEnabled());
    m_page->resetAction()->trigger();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::Yes));
    auto* reveal = waitForVisibleChild<SecretRevealDialog>(m_page.get());
    QVERIFY(reveal);
    QVERIFY(!reveal->secret().isEmpty());
    QVERIFY(reveal->secret() != m_oneTimePassword);
    reveal->accept();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->model()->index(rowOf(QStringLiteral("ops.ayse")), AdministratorModel::TotpColumn).data().toString(),
        QStringLiteral("Due at next sign-in"), 30000);

    selectAdmin(QStringLiteral("ops.ayse"));
    QVERIFY(m_page->disableAction()->isEnabled());
    m_page->disableAction()->trigger();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("ops.ayse")) >= 0 &&
                                 !m_page->model()->itemAt(rowOf(QStringLiteral("ops.ayse"))).enabled,
                             30000);
}

void TestAdministratorsPage::testRemovingYourselfIsRefusedWithTheReason()
{
    selectAdmin(QStringLiteral("admin"));
    m_page->deleteSelection();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::Yes));
    auto* failure = waitForVisibleChild<QMessageBox>(m_page.get(), QStringLiteral("failureBox"));
    QVERIFY(failure);
    QVERIFY2(failure->informativeText().contains(QStringLiteral("yourself")) ||
                 failure->text().contains(QStringLiteral("yourself")),
             qPrintable(failure->text() + QLatin1Char('|') + failure->informativeText()));
    failure->accept();

    selectAdmin(QStringLiteral("ops.ayse"));
    m_page->deleteSelection();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading() && rowOf(QStringLiteral("ops.ayse")) < 0, 30000);
}

void TestAdministratorsPage::testPageInTurkish()
{
    LanguageSelector& languages = m_console.languages();
    QVERIFY(languages.setPreference(QStringLiteral("tr")));
    QTRY_COMPARE(m_page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Yöneticiler"));
    QCOMPARE(m_page->model()->headerData(AdministratorModel::LastLoginColumn, Qt::Horizontal).toString(),
             QStringLiteral("Son Oturum Açma"));
    QCOMPARE(m_page->model()->index(0, AdministratorModel::TotpColumn).data().toString(), QStringLiteral("Kayıtlı"));
    QVERIFY(languages.setPreference(QStringLiteral("en")));
    QTRY_COMPARE(m_page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Administrators"));
}

QTEST_MAIN(TestAdministratorsPage)
#include "TestAdministratorsPage.moc"
