#include "GuiTestHelpers.h"
#include "SignedInConsole.h"

#include "dialogs/CsvFilePage.h"
#include "dialogs/CsvImportPage.h"
#include "dialogs/CsvImportWizard.h"
#include "dialogs/CsvPreviewPage.h"
#include "dialogs/ExpirationDialog.h"
#include "dialogs/ExpiryField.h"
#include "dialogs/FieldErrorPresenter.h"
#include "dialogs/TemporaryPasswordsDialog.h"
#include "dialogs/UserDialog.h"
#include "models/StatusPalette.h"
#include "models/UserModel.h"
#include "pages/LocalUsersPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

using namespace castellan::console;
using test::waitForVisibleChild;

/// The Local Users page against a real server, driven through its widgets: a create refused on a field and then
/// accepted, search, a CSV import with a bad line (preview, per-line errors, report), a file over the upload limit
/// refused before reading, a large file read off the GUI thread, expiration and password reset on a
/// multi-selection, disable, export.
class TestLocalUsersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void testCreateShowsTheServersFieldErrorThenSucceeds();
    void testServerFieldErrorsComeInTheConsolesLanguage();
    void testSearchAsksTheServer();
    void testCsvImportPreviewsLineErrorsAndImportsTheValidLines();
    void testCsvFileOverTheUploadLimitIsRefusedBeforeReading();
    void testLargeCsvFileIsReadInTheBackgroundAndTheCheckCanBeStopped();
    void testExpirationIsSetForASelectionOfUsers();
    void testExtensionMovesEachUsersOwnDate();
    void testPasswordsAreResetForASelectionOfUsers();
    void testDisabledUserIsGreyedOut();
    void testExportWritesTheUsers();

private:
    void selectUsers(const QStringList& usernames);
    static void type(QLineEdit* field, const QString& text);
    bool waitForLoad();

    test::SignedInConsole m_console;
    std::unique_ptr<LocalUsersPage> m_page;
    QTemporaryDir m_files;
};

void TestLocalUsersPage::initTestCase()
{
    QVERIFY2(m_console.start(), qPrintable(m_console.errorText()));
    m_page = std::make_unique<LocalUsersPage>(m_console.client());
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
    QVERIFY(waitForLoad());
    QCOMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("emptyStateLabel"))->isVisible(), true);
}

void TestLocalUsersPage::cleanupTestCase()
{
    m_page.reset();
}

bool TestLocalUsersPage::waitForLoad()
{
    return QTest::qWaitFor([this] { return m_page->model()->hasLoaded() && !m_page->model()->isLoading(); }, 30000);
}

void TestLocalUsersPage::type(QLineEdit* field, const QString& text)
{
    test::typeText(field, text);
}

void TestLocalUsersPage::selectUsers(const QStringList& usernames)
{
    QItemSelectionModel* selection = m_page->view()->selectionModel();
    selection->clearSelection();
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (usernames.contains(m_page->model()->itemAt(row).username)) {
            selection->select(m_page->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
}

void TestLocalUsersPage::testCreateShowsTheServersFieldErrorThenSucceeds()
{
    QVERIFY(m_page->canCreate());
    m_page->createItem();
    auto* dialog = waitForVisibleChild<UserDialog>(m_page.get());
    QVERIFY(dialog);
    type(dialog->field(QStringLiteral("username")), QStringLiteral("ayse.yilmaz"));
    type(dialog->field(QStringLiteral("first_name")), QStringLiteral("Ayşe"));
    type(dialog->field(QStringLiteral("email")), QStringLiteral("ayse-at-example.com"));
    type(dialog->field(QStringLiteral("password")), QStringLiteral("Correct-Horse-77"));
    type(dialog->field(QStringLiteral("password_confirmation")), QStringLiteral("Correct-Horse-77"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

    QLabel* emailError = dialog->errors()->errorLabel(QStringLiteral("email"));
    QTRY_VERIFY_WITH_TIMEOUT(emailError->isVisible(), 30000);
    QVERIFY(!emailError->text().isEmpty());
    QVERIFY(dialog->field(QStringLiteral("email"))->property("invalid").toBool());
    QVERIFY(!dialog->errors()->errorLabel(QStringLiteral("username"))->isVisible());
    QVERIFY(dialog->isVisible());

    type(dialog->field(QStringLiteral("email")), QStringLiteral("ayse@example.com"));
    QVERIFY(!emailError->isVisible());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<UserDialog*>(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 30000);
    QCOMPARE(m_page->model()->itemAt(0).username, QStringLiteral("ayse.yilmaz"));
    QCOMPARE(m_page->model()->itemAt(0).email, QStringLiteral("ayse@example.com"));
}

void TestLocalUsersPage::testServerFieldErrorsComeInTheConsolesLanguage()
{
    // The console asks for its language (Accept-Language); the server's field errors come back in Turkish.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Turkish, QLocale::Turkey));
    m_page->createItem();
    auto* dialog = waitForVisibleChild<UserDialog>(m_page.get());
    QVERIFY(dialog);
    type(dialog->field(QStringLiteral("username")), QStringLiteral("zeynep.kaya"));
    type(dialog->field(QStringLiteral("email")), QStringLiteral("zeynep-at-example.com"));
    type(dialog->field(QStringLiteral("password")), QStringLiteral("Correct-Horse-78"));
    type(dialog->field(QStringLiteral("password_confirmation")), QStringLiteral("Correct-Horse-78"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QLabel* emailError = dialog->errors()->errorLabel(QStringLiteral("email"));
    QTRY_VERIFY_WITH_TIMEOUT(emailError->isVisible(), 30000);
    QLocale::setDefault(before);
    QCOMPARE(emailError->text(), QStringLiteral("tam olarak bir @ içermelidir"));
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<UserDialog*>(), 30000);
}

void TestLocalUsersPage::testSearchAsksTheServer()
{
    QVERIFY(m_console.server().createUser(QStringLiteral("bora.sahin")) > 0);
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, 30000);
    type(m_page->searchField(), QStringLiteral("bora"));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 30000);
    QCOMPARE(m_page->model()->query().search, QStringLiteral("bora"));
    QCOMPARE(m_page->model()->itemAt(0).username, QStringLiteral("bora.sahin"));
    m_page->searchField()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, 30000);
}

void TestLocalUsersPage::testCsvImportPreviewsLineErrorsAndImportsTheValidLines()
{
    const QString path = m_files.filePath(QStringLiteral("users.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("username,email,password\n"
               "selin.kaya,selin@example.com,Correct-Horse-77\n"
               "mert.demir,mert-at-example,Correct-Horse-77\n"
               "deniz.ak,deniz@example.com,Correct-Horse-77\n");
    file.close();

    m_page->action(QStringLiteral("import"))->trigger();
    auto* wizard = waitForVisibleChild<CsvImportWizard>(m_page.get());
    QVERIFY(wizard);
    wizard->filePage()->setFileName(path);
    wizard->filePage()->skipInvalidButton()->setChecked(true);
    wizard->next();

    CsvPreviewPage* preview = wizard->previewPage();
    QTRY_VERIFY_WITH_TIMEOUT(preview->isChecked(), 30000);
    QCOMPARE(preview->report()->totalRows, 3);
    QCOMPARE(preview->report()->validRows, 2);
    QCOMPARE(preview->issueTable()->rowCount(), 1);
    QCOMPARE(preview->issueTable()->item(0, 0)->text(), QStringLiteral("3")); // the physical line
    QCOMPARE(preview->issueTable()->item(0, 1)->text(), QStringLiteral("email"));
    QCOMPARE(preview->previewTable()->rowCount(), 3);
    QCOMPARE(preview->previewTable()->item(1, 1)->text(), QStringLiteral("mert.demir"));
    QCOMPARE(preview->previewTable()->item(1, 1)->background(), StatusPalette::alertBackground());
    QVERIFY(preview->isComplete());
    QCOMPARE(m_console.admin().get("/api/v1/users?q=selin").json()->getValue<int>("total"), 0); // dry run only

    wizard->next();
    CsvImportPage* import = wizard->importPage();
    QTRY_VERIFY_WITH_TIMEOUT(import->isFinished(), 30000);
    QVERIFY(import->report());
    QCOMPARE(import->report()->imported, 2);
    QCOMPARE(import->report()->skipped, 1);
    QVERIFY(import->resultLabel()->text().startsWith(QStringLiteral("2 users imported")));
    wizard->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 4, 30000);
}

void TestLocalUsersPage::testCsvFileOverTheUploadLimitIsRefusedBeforeReading()
{
    const QString path = m_files.filePath(QStringLiteral("huge.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(CsvImportWizard::kMaxFileBytes + 1)); // sparse: nothing to write
    file.close();

    m_page->action(QStringLiteral("import"))->trigger();
    auto* wizard = waitForVisibleChild<CsvImportWizard>(m_page.get());
    QVERIFY(wizard);
    wizard->filePage()->setFileName(path);
    wizard->next();
    auto* box = waitForVisibleChild<QMessageBox>(wizard, QStringLiteral("informationBox"));
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), QStringLiteral("File Too Large"));
    QVERIFY2(box->text().contains(QStringLiteral("64")), qPrintable(box->text()));
    box->button(QMessageBox::Ok)->click();
    QCOMPARE(wizard->currentId(), int(CsvImportWizard::FilePageId)); // still choosing the file
    QVERIFY(wizard->csv().isEmpty());
    wizard->reject();
}

void TestLocalUsersPage::testLargeCsvFileIsReadInTheBackgroundAndTheCheckCanBeStopped()
{
    const QString path = m_files.filePath(QStringLiteral("large.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray text = "username,email,description\n";
    for (int line = 1; line <= 500'000; ++line) { // about 40 MB
        const QByteArray n = QByteArray::number(line).rightJustified(7, '0');
        text += "bulk" + n + ",bulk" + n + "@example.com,Moved from the old directory in the large import\n";
    }
    file.write(text);
    file.close();

    m_page->action(QStringLiteral("import"))->trigger();
    auto* wizard = waitForVisibleChild<CsvImportWizard>(m_page.get());
    QVERIFY(wizard);
    wizard->filePage()->setFileName(path);
    wizard->next();
    CsvPreviewPage* preview = wizard->previewPage();
    // next() came back before the file was read: the preview page shows the read under way.
    QCOMPARE(wizard->currentId(), int(CsvImportWizard::PreviewPageId));
    QVERIFY(preview->isReading());
    QVERIFY(preview->cancelButton()->isVisible());
    QVERIFY(preview->summaryLabel()->text().startsWith(QStringLiteral("Reading ")));
    QVERIFY(wizard->csv().isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(preview->previewTable()->rowCount(), CsvPreviewPage::kPreviewRows, 60000);
    QCOMPARE(wizard->csv().size(), QFileInfo(path).size());
    QCOMPARE(preview->previewTable()->item(0, 1)->text(), QStringLiteral("bulk0000001"));
    QCOMPARE(preview->summaryLabel()->text(), QStringLiteral("Checking the file on the server…"));
    QVERIFY(preview->cancelButton()->isVisible());
    QTest::mouseClick(preview->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(preview->summaryLabel()->text(), QStringLiteral("The check was cancelled."), 30000);
    QVERIFY(!preview->cancelButton()->isVisible());
    QVERIFY(!preview->isComplete());
    wizard->reject();
    QCOMPARE(m_console.admin().get("/api/v1/users?q=bulk").json()->getValue<int>("total"), 0);
}

void TestLocalUsersPage::testExpirationIsSetForASelectionOfUsers()
{
    selectUsers({QStringLiteral("selin.kaya"), QStringLiteral("deniz.ak")});
    QCOMPARE(m_page->view()->selectionModel()->selectedRows().size(), 2);
    QVERIFY(m_page->action(QStringLiteral("setExpiration"))->isEnabled());
    QVERIFY(!m_page->action(QStringLiteral("edit"))->isEnabled()); // one user at a time
    m_page->action(QStringLiteral("setExpiration"))->trigger();
    auto* dialog = waitForVisibleChild<ExpirationDialog>(m_page.get());
    QVERIFY(dialog);
    QVERIFY(dialog->extendButton()->isChecked()); // several users: extending, which shortens no one's date
    dialog->setButton()->click();
    dialog->expiryField()->extendBy(5);
    const QDate expected = QDate::currentDate().addDays(5);
    QVERIFY(dialog->effectLabel()->text().startsWith(QStringLiteral("Apply sets the expiration of the 2 selected")));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<ExpirationDialog*>(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() == 4 && !m_page->model()->isLoading(), 30000);
    int highlighted = 0;
    for (const LocalUser& user : m_page->model()->items()) {
        const bool selected =
            user.username == QStringLiteral("selin.kaya") || user.username == QStringLiteral("deniz.ak");
        QCOMPARE(user.expiresAt.isValid(), selected);
        if (selected) {
            QCOMPARE(user.expiresAt.toLocalTime().date(), expected);
            const QModelIndex cell = m_page->model()->indexFromUserId(user.id, UserModel::ExpiresColumn);
            highlighted += cell.data(Qt::BackgroundRole).value<QBrush>() == StatusPalette::warningBackground();
        }
    }
    QCOMPARE(highlighted, 2);                                             // five days away: near
    QCOMPARE(m_page->view()->selectionModel()->selectedRows().size(), 2); // kept across the refresh
}

void TestLocalUsersPage::testExtensionMovesEachUsersOwnDate()
{
    // Selin's date is years away, Deniz's days away: "+1 year" must move each from their own date.
    qint64 selin = 0;
    for (const LocalUser& user : m_page->model()->items()) {
        selin = user.username == QStringLiteral("selin.kaya") ? user.id : selin;
    }
    QVERIFY(selin > 0);
    QCOMPARE(m_console.admin()
                 .send("PATCH", "/api/v1/users/" + std::to_string(selin), R"({"expires_at":"2030-06-15"})")
                 .status,
             200);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), 30000);
    QMap<QString, QDate> before;
    for (const LocalUser& user : m_page->model()->items()) {
        before.insert(user.username, user.expiresAt.toUTC().date());
    }
    QCOMPARE(before.value(QStringLiteral("selin.kaya")), QDate(2030, 6, 15));
    selectUsers({QStringLiteral("selin.kaya"), QStringLiteral("deniz.ak")});
    m_page->action(QStringLiteral("setExpiration"))->trigger();
    auto* dialog = waitForVisibleChild<ExpirationDialog>(m_page.get());
    QVERIFY(dialog);
    QVERIFY(dialog->extendButton()->isChecked());
    QVERIFY(!dialog->expiryField()->isEnabled());
    dialog->extensionBox()->setCurrentIndex(2);
    QVERIFY(dialog->effectLabel()->text().contains(QStringLiteral("own date")));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<ExpirationDialog*>(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading() && m_page->model()->items().size() == 4 &&
                                 std::any_of(m_page->model()->items().begin(), m_page->model()->items().end(),
                                             [](const LocalUser& u) {
                                                 return u.expiresAt.isValid() &&
                                                        u.expiresAt.toUTC().date() == QDate(2031, 6, 15);
                                             }),
                             30000);
    for (const LocalUser& user : m_page->model()->items()) {
        if (user.username == QStringLiteral("selin.kaya") || user.username == QStringLiteral("deniz.ak")) {
            QCOMPARE(user.expiresAt.toUTC().date(), before.value(user.username).addYears(1));
        } else {
            QCOMPARE(user.expiresAt.isValid(), false); // users not selected are untouched
        }
    }
}

void TestLocalUsersPage::testPasswordsAreResetForASelectionOfUsers()
{
    selectUsers({QStringLiteral("selin.kaya"), QStringLiteral("deniz.ak")});
    m_page->action(QStringLiteral("resetPasswords"))->trigger();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::Yes));
    auto* dialog = waitForVisibleChild<TemporaryPasswordsDialog>(m_page.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->table()->rowCount(), 2);
    QVERIFY(!dialog->table()->item(0, 1)->text().isEmpty());
    QVERIFY(dialog->asText().contains(QStringLiteral("selin.kaya\t")));
    dialog->accept();
}

void TestLocalUsersPage::testDisabledUserIsGreyedOut()
{
    selectUsers({QStringLiteral("bora.sahin")});
    QVERIFY(m_page->action(QStringLiteral("disable"))->isEnabled());
    QVERIFY(!m_page->action(QStringLiteral("enable"))->isEnabled());
    m_page->action(QStringLiteral("disable"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            for (const LocalUser& user : m_page->model()->items()) {
                if (user.username == QStringLiteral("bora.sahin")) {
                    return user.status == LocalUser::Status::Disabled;
                }
            }
            return false;
        }(),
        30000);
    for (const LocalUser& user : m_page->model()->items()) {
        if (user.username == QStringLiteral("bora.sahin")) {
            const QModelIndex status = m_page->model()->indexFromUserId(user.id, UserModel::StatusColumn);
            QCOMPARE(status.data().toString(), QStringLiteral("Disabled"));
            QCOMPARE(status.data(Qt::ForegroundRole).value<QBrush>(), StatusPalette::inactiveText());
        }
    }
    QVERIFY(m_page->action(QStringLiteral("enable"))->isEnabled());
}

void TestLocalUsersPage::testExportWritesTheUsers()
{
    const QString path = m_files.filePath(QStringLiteral("export.csv"));
    m_page->exportTo(path);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 30000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("username"));
    for (const char* name : {"ayse.yilmaz", "bora.sahin", "selin.kaya", "deniz.ak"}) {
        QVERIFY2(csv.contains(name), name);
    }
}

QTEST_MAIN(TestLocalUsersPage)
#include "TestLocalUsersPage.moc"
