#include "GuiTestHelpers.h"
#include "SignedInConsole.h"

#include "api/DirectoryTestReport.h"
#include "dialogs/AddDirectoryUserDialog.h"
#include "dialogs/DirectoryDialog.h"
#include "dialogs/DirectoryTestDialog.h"
#include "dialogs/FieldErrorPresenter.h"
#include "dialogs/UserDialog.h"
#include "models/DirectoryModel.h"
#include "models/UserModel.h"
#include "pages/DirectoriesPage.h"
#include "pages/LocalUsersPage.h"
#include "userpage/UserPage.h"

#include <Poco/JSON/Object.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

#include <memory>

using namespace castellan::console;
using test::waitForVisibleChild;

namespace {

/// What the slapd fixture (tests/support/slapd-fixture.sh) wrote about the directory it runs.
QString fixture(const QString& name)
{
    QFile file(qEnvironmentVariable("CASTELLAN_LDAP_DIR") + QLatin1Char('/') + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Opt-in, to look at the Turkish layouts: CASTELLAN_SCREENSHOT_DIR=/tmp/shots (under xvfb-run, QT_QPA_PLATFORM=xcb).
void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString directory = qEnvironmentVariable("CASTELLAN_SCREENSHOT_DIR");
    if (!directory.isEmpty()) {
        QTest::qWait(100);
        widget->grab().save(directory + QStringLiteral("/directories-tr-") + name + QStringLiteral(".png"));
    }
}

void setPlainText(QPlainTextEdit* field, const QString& text)
{
    field->selectAll();
    field->insertPlainText(text); // as a paste
}

} // namespace

/// Configuration → Directories against a real server and a real OpenLDAP (the slapd fixture): a directory made with
/// the dialog (kind defaults, StartTLS with the test CA pasted), listed; edited without retyping the bind password,
/// which is kept; the connection test shows the URL that answered and its security, a user test alice's mapped
/// fields and matched groups, a failed step says which; a refused field shows the server's reason under it (on its
/// tab); Turkish. Directory users: added from Local Users by searching the directory's entries (their page opens,
/// saying the directory manages them), listed with their source and filtered by it, their directory-owned fields
/// read-only and no password actions. Delete after a confirmation, refused while the directory has users.
class TestDirectoriesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void testModelPassesTheTester();
    void testKindFillsTheServerDefaultsButKeepsWhatTheAdminWrote();
    void testCreateLdapDirectoryWithPastedCa();
    void testRefusedFieldIsShownUnderItOnItsTab();
    void testEditKeepsTheBindPasswordWhenNotRetyped();
    void testConnectionTestShowsTheUrlAndSecurity();
    void testUserTestShowsMappedFieldsAndMatchedGroups();
    void testFailedStepIsNamed();
    void testDialogTestButtonTestsTheSavedDirectory();
    void testTurkish();
    void testAddDirectoryUserOpensTheirPage();
    void testUsersListShowsAndFiltersTheSource();
    void testDirectoryOwnedFieldsAreReadOnly();
    void testSearchMarksEntriesAlreadyAdded();
    void testDeleteAsksFirst();

private:
    int rowOf(const QString& name) const;
    DirectoryTestDialog* runTest(const QString& username, const QString& password = {});

    test::SignedInConsole m_console;
    std::unique_ptr<DirectoriesPage> m_page;
    std::unique_ptr<LocalUsersPage> m_users;
    qint64 m_aliceId = 0;
    QString m_url;
    QString m_baseDn;
};

void TestDirectoriesPage::initTestCase()
{
    m_url = fixture(QStringLiteral("url")).trimmed();
    m_baseDn = fixture(QStringLiteral("base_dn")).trimmed();
    QVERIFY2(!m_url.isEmpty(), "the slapd fixture's files (CASTELLAN_LDAP_DIR) are missing");
    QVERIFY2(m_console.start(), qPrintable(m_console.errorText()));
    m_page = std::make_unique<DirectoriesPage>(m_console.client());
    m_page->resize(1100, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->hasLoaded(), 30000);
}

void TestDirectoriesPage::cleanupTestCase()
{
    m_users.reset();
    m_page.reset();
}

int TestDirectoriesPage::rowOf(const QString& name) const
{
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (m_page->model()->itemAt(row).name == name) {
            return row;
        }
    }
    return -1;
}

void TestDirectoriesPage::testModelPassesTheTester()
{
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), 30000);
}

void TestDirectoriesPage::testKindFillsTheServerDefaultsButKeepsWhatTheAdminWrote()
{
    m_page->createItem();
    auto* dialog = waitForVisibleChild<DirectoryDialog>(m_page.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->kindField()->currentData().toString(), QStringLiteral("active_directory"));
    QCOMPARE(dialog->loginAttributesField()->text(), QStringLiteral("sAMAccountName, userPrincipalName"));
    QCOMPARE(dialog->uniqueIdField()->text(), QStringLiteral("objectGUID"));
    QVERIFY(!dialog->testButton()->isEnabled()); // nothing saved to test yet

    test::typeText(dialog->attributeField(QStringLiteral("phone")), QStringLiteral("homePhone"));
    dialog->kindField()->setCurrentIndex(dialog->kindField()->findData(QStringLiteral("ldap")));
    QCOMPARE(dialog->loginAttributesField()->text(), QStringLiteral("uid"));
    QCOMPARE(dialog->uniqueIdField()->text(), QStringLiteral("entryUUID"));
    QCOMPARE(dialog->userFilterField()->text(), QStringLiteral("(objectClass=inetOrgPerson)"));
    QCOMPARE(dialog->attributeField(QStringLiteral("framed_ip"))->text(), QStringLiteral("radiusFramedIPAddress"));
    QCOMPARE(dialog->attributeField(QStringLiteral("phone"))->text(), QStringLiteral("homePhone"));
    dialog->reject();
}

void TestDirectoriesPage::testCreateLdapDirectoryWithPastedCa()
{
    m_page->createItem();
    auto* dialog = waitForVisibleChild<DirectoryDialog>(m_page.get());
    QVERIFY(dialog);
    test::typeText(dialog->nameField(), QStringLiteral("Test OpenLDAP"));
    dialog->kindField()->setCurrentIndex(dialog->kindField()->findData(QStringLiteral("ldap")));
    setPlainText(dialog->urlsField(), QStringLiteral("ldap://127.0.0.1:1\n") + m_url + QLatin1Char('\n'));
    dialog->startTlsField()->setChecked(true);
    setPlainText(dialog->caField(), fixture(QStringLiteral("ca.pem")));
    dialog->timeoutField()->setValue(3);
    test::typeText(dialog->bindDnField(), fixture(QStringLiteral("bind_dn")).trimmed());
    test::typeText(dialog->bindPasswordField(), fixture(QStringLiteral("bind_password")).trimmed());
    test::typeText(dialog->baseDnField(), m_baseDn);
    setPlainText(dialog->groupsField(), QStringLiteral("cn=vpn-users,ou=groups,") + m_baseDn);
    dialog->priorityField()->setValue(10);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<DirectoryDialog*>(), 30000);

    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("Test OpenLDAP")) >= 0, 30000);
    const int row = rowOf(QStringLiteral("Test OpenLDAP"));
    QCOMPARE(m_page->model()->index(row, DirectoryModel::KindColumn).data().toString(), QStringLiteral("LDAP"));
    QCOMPARE(m_page->model()->index(row, DirectoryModel::UrlsColumn).data().toString(),
             QStringLiteral("ldap://127.0.0.1:1, ") + m_url);
    QCOMPARE(m_page->model()->index(row, DirectoryModel::StatusColumn).data().toString(), QStringLiteral("Enabled"));
    QCOMPARE(m_page->model()->index(row, DirectoryModel::PriorityColumn).data().toInt(), 10);
    const Directory& stored = m_page->model()->itemAt(row);
    QVERIFY(stored.hasBindPassword);
    QVERIFY(stored.startTls);
    QVERIFY(stored.caPem.contains(QStringLiteral("-----BEGIN CERTIFICATE-----")));
    QCOMPARE(stored.loginAttributes, QStringList{QStringLiteral("uid")});
    QCOMPARE(stored.groups, QStringList{QStringLiteral("cn=vpn-users,ou=groups,") + m_baseDn});
}

void TestDirectoriesPage::testRefusedFieldIsShownUnderItOnItsTab()
{
    m_page->createItem();
    auto* dialog = waitForVisibleChild<DirectoryDialog>(m_page.get());
    QVERIFY(dialog);
    test::typeText(dialog->nameField(), QStringLiteral("Broken"));
    setPlainText(dialog->urlsField(), QStringLiteral("http://dc1.example.test"));
    test::typeText(dialog->baseDnField(), m_baseDn);
    dialog->tabs()->setCurrentIndex(2);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QLabel* error = dialog->errors()->errorLabel(QStringLiteral("urls"));
    QVERIFY(error);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QVERIFY2(error->text().contains(QStringLiteral("ldap://")), qPrintable(error->text()));
    QCOMPARE(dialog->tabs()->currentIndex(), 0); // the Connection tab, where the field is

    setPlainText(dialog->urlsField(), m_url);
    test::typeText(dialog->userFilterField(), QStringLiteral("objectClass=person"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QLabel* filterError = dialog->errors()->errorLabel(QStringLiteral("user_filter"));
    QTRY_VERIFY_WITH_TIMEOUT(filterError->isVisible(), 30000);
    QVERIFY(filterError->text().contains(QStringLiteral("RFC 4515")));
    QCOMPARE(dialog->tabs()->currentIndex(), 1); // Users
    QVERIFY(!error->isVisible());
    dialog->reject();
    QCOMPARE(rowOf(QStringLiteral("Broken")), -1);
}

void TestDirectoriesPage::testEditKeepsTheBindPasswordWhenNotRetyped()
{
    m_page->view()->selectRow(rowOf(QStringLiteral("Test OpenLDAP")));
    m_page->editAction()->trigger();
    auto* dialog = waitForVisibleChild<DirectoryDialog>(m_page.get());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->loaded() && dialog->saveButton()->isEnabled(), 30000);
    QVERIFY(dialog->bindPasswordField()->text().isEmpty()); // write-only
    QVERIFY(dialog->bindPasswordField()->placeholderText().contains(QStringLiteral("Unchanged")));
    QCOMPARE(dialog->urlsField()->toPlainText(), QStringLiteral("ldap://127.0.0.1:1\n") + m_url);
    dialog->priorityField()->setValue(20);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<DirectoryDialog*>(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->model()->index(rowOf(QStringLiteral("Test OpenLDAP")), DirectoryModel::PriorityColumn).data().toInt(),
        20, 30000);
    QVERIFY(m_page->model()->itemAt(rowOf(QStringLiteral("Test OpenLDAP"))).hasBindPassword);
    // The audit tells a change of the password from others: this one was not.
    const auto changed = m_console.admin().get("/api/v1/audit?event=directory.update");
    QVERIFY2(changed.body.find("\"directory.update\"") != std::string::npos, changed.body.c_str());
    const auto rotated = m_console.admin().get("/api/v1/audit?event=directory.update_bind_password");
    QVERIFY2(rotated.body.find("update_bind_password") == std::string::npos, rotated.body.c_str());
}

DirectoryTestDialog* TestDirectoriesPage::runTest(const QString& username, const QString& password)
{
    m_page->view()->selectRow(rowOf(QStringLiteral("Test OpenLDAP")));
    m_page->testAction()->trigger();
    auto* dialog = waitForVisibleChild<DirectoryTestDialog>(m_page.get());
    if (!dialog) {
        return nullptr;
    }
    test::typeText(dialog->usernameField(), username);
    test::typeText(dialog->passwordField(), password);
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    // The page stays usable while the server tests: the call does not block the event loop.
    if (!dialog->isRunning() || !dialog->progressBar()->isVisible() || dialog->runButton()->isEnabled()) {
        return nullptr;
    }
    if (!QTest::qWaitFor([dialog] { return !dialog->isRunning(); }, 60000) || !dialog->report()) {
        return nullptr;
    }
    return dialog;
}

void TestDirectoriesPage::testConnectionTestShowsTheUrlAndSecurity()
{
    DirectoryTestDialog* dialog = runTest(QString());
    QVERIFY(dialog);
    const DirectoryTestReport& report = *dialog->report();
    QVERIFY2(report.passed(), qPrintable(report.failure)); // the bind password was kept
    QCOMPARE(report.url, m_url);
    QCOMPARE(report.security, QStringLiteral("start_tls"));
    QCOMPARE(report.attempts.size(), 2); // the dead first URL, then the fixture's
    QVERIFY(!report.attempts.first().error.isEmpty());
    QCOMPARE(report.users, std::optional<qint64>(68));
    QVERIFY(!dialog->progressBar()->isVisible());
    const QString text = dialog->resultView()->toPlainText();
    QVERIFY2(text.contains(m_url), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("StartTLS")));
    QVERIFY(text.contains(report.attempts.first().error)); // why the dead URL did not answer
    QVERIFY(text.contains(QStringLiteral("68")));
    dialog->reject();
}

void TestDirectoriesPage::testUserTestShowsMappedFieldsAndMatchedGroups()
{
    DirectoryTestDialog* dialog = runTest(QStringLiteral("alice"), fixture(QStringLiteral("user_password")).trimmed());
    QVERIFY(dialog);
    const DirectoryTestReport& report = *dialog->report();
    QVERIFY2(report.passed(), qPrintable(report.failure));
    QVERIFY(report.user);
    QCOMPARE(report.user->dn, QStringLiteral("uid=alice,ou=people,") + m_baseDn);
    QCOMPARE(report.user->username, QStringLiteral("alice"));
    QCOMPARE(report.user->fields.value(QStringLiteral("first_name")), QStringLiteral("Alice"));
    QCOMPARE(report.user->fields.value(QStringLiteral("last_name")), QStringLiteral("Archer"));
    QCOMPARE(report.user->matchedGroups, QStringList{QStringLiteral("cn=vpn-users,ou=groups,") + m_baseDn});
    QVERIFY(report.user->allowed);
    QCOMPARE(report.passwordAccepted, std::optional<bool>(true));
    const QString text = dialog->resultView()->toPlainText();
    for (const QString& expected :
         {QStringLiteral("Alice"), QStringLiteral("Archer"), QStringLiteral("alice@castellan.test"),
          QStringLiteral("cn=vpn-users,ou=groups,") + m_baseDn, QStringLiteral("Password: accepted")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + text));
    }
    dialog->reject();

    dialog = runTest(QStringLiteral("carol"));
    QVERIFY(dialog);
    QVERIFY(dialog->report()->user && !dialog->report()->user->allowed);
    QVERIFY(dialog->resultView()->toPlainText().contains(QStringLiteral("No: not in any of the required groups")));
    dialog->reject();
}

void TestDirectoriesPage::testFailedStepIsNamed()
{
    DirectoryTestDialog* dialog = runTest(QStringLiteral("nobody"));
    QVERIFY(dialog);
    QCOMPARE(dialog->report()->failedStep, QStringLiteral("user"));
    const QString text = dialog->resultView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Failed at: Finding the user")), qPrintable(text));
    QVERIFY(text.contains(m_url)); // the connection part still shows
    dialog->reject();
}

void TestDirectoriesPage::testDialogTestButtonTestsTheSavedDirectory()
{
    m_page->view()->selectRow(rowOf(QStringLiteral("Test OpenLDAP")));
    m_page->editAction()->trigger();
    auto* dialog = waitForVisibleChild<DirectoryDialog>(m_page.get());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->loaded() && dialog->testButton()->isEnabled(), 30000);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    auto* test = waitForVisibleChild<DirectoryTestDialog>(dialog);
    QVERIFY(test);
    QTest::mouseClick(test->runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!test->isRunning() && test->report(), 60000);
    QVERIFY(test->report()->passed());
    test->reject();
    dialog->reject();
}

void TestDirectoriesPage::testTurkish()
{
    QVERIFY(m_console.languages().setPreference(QStringLiteral("tr")));
    QTRY_COMPARE(m_page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Dizinler"));
    QCOMPARE(m_page->model()->headerData(DirectoryModel::PriorityColumn, Qt::Horizontal).toString(),
             QStringLiteral("Öncelik"));
    m_page->createItem();
    auto* dialog = waitForVisibleChild<DirectoryDialog>(m_page.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Yeni Dizin"));
    QCOMPARE(dialog->tabs()->tabText(0), QStringLiteral("Bağlantı"));
    // Nothing cut off: the dialog is as wide as its Turkish contents need and fits a laptop screen.
    dialog->adjustSize();
    QVERIFY(dialog->width() >= dialog->minimumSizeHint().width());
    QVERIFY2(dialog->sizeHint().width() < 1000, qPrintable(QString::number(dialog->sizeHint().width())));
    QVERIFY2(dialog->sizeHint().height() < 760, qPrintable(QString::number(dialog->sizeHint().height())));
    for (int tab = 0; tab < dialog->tabs()->count(); ++tab) {
        dialog->tabs()->setCurrentIndex(tab);
        saveScreenshot(dialog, QStringLiteral("dialog-%1").arg(tab));
    }
    dialog->reject();
    saveScreenshot(m_page.get(), QStringLiteral("page"));
    DirectoryTestDialog* tested = runTest(QStringLiteral("alice"));
    QVERIFY(tested);
    QVERIFY2(tested->resultView()->toPlainText().contains(QStringLiteral("Eşleşen gerekli gruplar")),
             qPrintable(tested->resultView()->toPlainText()));
    saveScreenshot(tested, QStringLiteral("test"));
    tested->reject();
    QVERIFY(m_console.languages().setPreference(QStringLiteral("en")));
    QTRY_COMPARE(m_page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Directories"));
}

void TestDirectoriesPage::testAddDirectoryUserOpensTheirPage()
{
    m_users = std::make_unique<LocalUsersPage>(m_console.client());
    m_users->resize(1300, 500);
    m_users->show();
    m_users->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_users->model()->hasLoaded(), 30000);
    QVERIFY(m_console.server().createUser(QStringLiteral("local.user")) > 0);

    m_users->action(QStringLiteral("addDirectoryUser"))->trigger();
    auto* dialog = waitForVisibleChild<AddDirectoryUserDialog>(m_users.get());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->directoriesLoaded(), 30000);
    const int directory = dialog->directoryField()->findText(QStringLiteral("Test OpenLDAP"));
    QVERIFY(directory >= 0);
    dialog->directoryField()->setCurrentIndex(directory);
    QVERIFY(!dialog->addButton()->isEnabled());
    test::typeText(dialog->searchField(), QStringLiteral("ali"));
    QTest::mouseClick(dialog->searchButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->entries().isEmpty(), 30000);
    QCOMPARE(dialog->entries().first().username, QStringLiteral("alice"));
    QCOMPARE(dialog->entriesView()->item(0, AddDirectoryUserDialog::NameColumn)->text(),
             QStringLiteral("Alice Archer"));
    QVERIFY(!dialog->entries().first().userId); // no record yet
    dialog->entriesView()->selectRow(0);
    QVERIFY(dialog->addButton()->isEnabled());
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);

    auto* page = waitForVisibleChild<UserPage>(m_users.get());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 30000);
    QCOMPARE(page->user().username, QStringLiteral("alice"));
    QCOMPARE(page->user().directoryName, QStringLiteral("Test OpenLDAP"));
    QCOMPARE(page->detailLabel(QStringLiteral("name"))->text(), QStringLiteral("Alice Archer"));
    QCOMPARE(page->detailLabel(QStringLiteral("email"))->text(), QStringLiteral("alice@castellan.test"));
    QVERIFY(page->directoryNote()->isVisible());
    QVERIFY2(page->directoryNote()->text().contains(QStringLiteral("Managed by directory “Test OpenLDAP”")),
             qPrintable(page->directoryNote()->text()));
    m_aliceId = page->userId();
    page->close();
}

void TestDirectoriesPage::testUsersListShowsAndFiltersTheSource()
{
    const auto rowOfUser = [this](const QString& username) {
        for (int row = 0; row < m_users->model()->rowCount(); ++row) {
            if (m_users->model()->itemAt(row).username == username) {
                return row;
            }
        }
        return -1;
    };
    m_users->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(rowOfUser(QStringLiteral("alice")) >= 0 && !m_users->model()->isLoading(), 30000);
    QCOMPARE(m_users->model()->headerData(UserModel::SourceColumn, Qt::Horizontal).toString(),
             QStringLiteral("Source"));
    QCOMPARE(m_users->model()->index(rowOfUser(QStringLiteral("alice")), UserModel::SourceColumn).data().toString(),
             QStringLiteral("Test OpenLDAP"));
    QCOMPARE(
        m_users->model()->index(rowOfUser(QStringLiteral("local.user")), UserModel::SourceColumn).data().toString(),
        QStringLiteral("Local"));

    // No password to change or reset here for a directory user; a local one has one.
    m_users->view()->selectRow(rowOfUser(QStringLiteral("alice")));
    QVERIFY(m_users->action(QStringLiteral("edit"))->isEnabled());
    QVERIFY(!m_users->action(QStringLiteral("changePassword"))->isEnabled());
    QVERIFY(!m_users->action(QStringLiteral("resetPasswords"))->isEnabled());
    m_users->view()->selectRow(rowOfUser(QStringLiteral("local.user")));
    QVERIFY(m_users->action(QStringLiteral("changePassword"))->isEnabled());

    QComboBox* source = m_users->sourceFilter();
    source->setCurrentIndex(source->findData(QStringLiteral("directory")));
    emit source->activated(source->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(!m_users->model()->isLoading() && m_users->model()->rowCount() == 1, 30000);
    QCOMPARE(m_users->model()->itemAt(0).username, QStringLiteral("alice"));
    source->setCurrentIndex(source->findData(QStringLiteral("local")));
    emit source->activated(source->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(!m_users->model()->isLoading() && rowOfUser(QStringLiteral("alice")) < 0 &&
                                 rowOfUser(QStringLiteral("local.user")) >= 0,
                             30000);
    source->setCurrentIndex(0);
    emit source->activated(0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_users->model()->isLoading() && rowOfUser(QStringLiteral("alice")) >= 0, 30000);
}

void TestDirectoriesPage::testDirectoryOwnedFieldsAreReadOnly()
{
    UserPage* page = m_users->openUser(m_aliceId);
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 30000);
    page->editUser();
    auto* dialog = waitForVisibleChild<UserDialog>(page);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->field(QStringLiteral("first_name"))->text() == QStringLiteral("Alice"), 30000);
    for (const QString& owned : LocalUser::directoryOwnedFields()) {
        QVERIFY2(dialog->field(owned)->isReadOnly(), qPrintable(owned));
    }
    QVERIFY(!dialog->field(QStringLiteral("sponsor_name"))->isReadOnly());
    test::typeText(dialog->field(QStringLiteral("sponsor_name")), QStringLiteral("IT Desk"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton); // the owned fields are sent unchanged: accepted
    QTRY_VERIFY_WITH_TIMEOUT(!page->findChild<UserDialog*>(), 30000);
    QCOMPARE(page->user().sponsorName, QStringLiteral("IT Desk"));
    page->close();
}

void TestDirectoriesPage::testSearchMarksEntriesAlreadyAdded()
{
    m_users->action(QStringLiteral("addDirectoryUser"))->trigger();
    auto* dialog = waitForVisibleChild<AddDirectoryUserDialog>(m_users.get());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->directoriesLoaded(), 30000);
    dialog->directoryField()->setCurrentIndex(dialog->directoryField()->findText(QStringLiteral("Test OpenLDAP")));
    test::typeText(dialog->searchField(), QStringLiteral("alice"));
    QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->entries().isEmpty(), 30000);
    QCOMPARE(dialog->entries().first().userId, std::optional<qint64>(m_aliceId));
    QCOMPARE(dialog->entriesView()->item(0, AddDirectoryUserDialog::AddedColumn)->text(), QStringLiteral("Added"));
    test::typeText(dialog->searchField(), QStringLiteral("zz-nobody"));
    QTest::mouseClick(dialog->searchButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
    QCOMPARE(dialog->entriesView()->rowCount(), 0);
    QCOMPARE(dialog->messageLabel()->text(), QStringLiteral("No entry matches."));
    dialog->reject();
}

void TestDirectoriesPage::testDeleteAsksFirst()
{
    // A directory whose users have records here is kept: the server says why.
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), 30000);
    m_page->view()->selectRow(rowOf(QStringLiteral("Test OpenLDAP")));
    m_page->deleteSelection();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::Yes));
    auto* refused = waitForVisibleChild<QMessageBox>(m_page.get(), QStringLiteral("failureBox"));
    QVERIFY(refused);
    QVERIFY2((refused->text() + refused->informativeText()).contains(QStringLiteral("users")),
             qPrintable(refused->text() + refused->informativeText()));
    refused->accept();
    QVERIFY(m_console.admin().send("DELETE", "/api/v1/users/" + std::to_string(m_aliceId), "").status == 204);

    const int before = m_page->model()->rowCount();
    m_page->view()->selectRow(rowOf(QStringLiteral("Test OpenLDAP")));
    m_page->deleteSelection();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::No));
    QCOMPARE(m_page->model()->rowCount(), before);
    m_page->view()->selectRow(rowOf(QStringLiteral("Test OpenLDAP")));
    m_page->deleteSelection();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), before - 1, 30000);
    QCOMPARE(rowOf(QStringLiteral("Test OpenLDAP")), -1);
}

QTEST_MAIN(TestDirectoriesPage)
#include "TestDirectoriesPage.moc"
