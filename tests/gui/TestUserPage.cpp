#include "GuiTestHelpers.h"
#include "PortalBrowser.h"
#include "SignedInConsole.h"

#include "dialogs/AliasDialog.h"
#include "dialogs/CsvFilePage.h"
#include "dialogs/CsvImportPage.h"
#include "dialogs/CsvImportWizard.h"
#include "dialogs/CsvPreviewPage.h"
#include "dialogs/FactorDialog.h"
#include "dialogs/FieldErrorPresenter.h"
#include "dialogs/QrCodeView.h"
#include "dialogs/ResyncDialog.h"
#include "dialogs/SecretRevealDialog.h"
#include "models/AuditEntryModel.h"
#include "models/PortalSessionModel.h"
#include "models/SecurityKeyModel.h"
#include "models/UserAliasModel.h"
#include "models/UserFactorModel.h"
#include "models/UserModel.h"
#include "otp/Hotp.h"
#include "pages/LocalUsersPage.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"
#include "userpage/UserAliasesTab.h"
#include "userpage/UserEventsTab.h"
#include "userpage/UserFactorsTab.h"
#include "userpage/UserKeysTab.h"
#include "userpage/UserPage.h"
#include "userpage/UserSessionsTab.h"

#include <Poco/Data/Session.h>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <memory>

using namespace castellan::console;
using castellan::test::PortalBrowser;
using test::waitForVisibleChild;

/// A user's page against a real server, driven through its widgets: opened from Local Users; a TOTP factor whose
/// secret, read from the dialog, makes a code `/auth/validate` accepts, resynchronised to a fast phone clock; an HOTP
/// token assigned (a field error first) and resynchronised with two codes; a factor and a security key removed; portal
/// sessions ended one and all; the user's events searched; the HOTP seed-file import (dry run with a bad line, then the
/// import); aliases added (a taken name refused under the field) and removed; Turkish.
class TestUserPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void testUserOpensFromLocalUsersWithDetails();
    void testTotpSecretShownOnceMakesCodesTheServerAccepts();
    void testHotpTokenIsAssignedAndResynchronisedWithTwoCodes();
    void testFactorIsRemovedAfterConfirmation();
    void testSmsCodesNeedAPhoneNumber();
    void testSecurityKeyIsRemovedAfterConfirmation();
    void testPortalSessionsAreEndedOneAndAll();
    void testRecentEventsAreTheUsersAndSearchable();
    void testHotpImportWizardPreviewsABadLineThenImports();
    void testAliasIsAddedRefusedWhenTakenAndRemoved();
    void testDirectoryUserHasNoAliasActions();
    void testPageInTurkish();

private:
    bool validate(const QString& username, const std::string& otp);
    bool selectFactor(UserFactor::Type type);
    static std::string hotpCode(int counter);
    QString databasePath() const { return m_files.filePath(QStringLiteral("castellan.db")); }

    test::SignedInConsole m_console;
    std::unique_ptr<LocalUsersPage> m_users;
    QPointer<UserPage> m_page;
    std::string m_agent;
    qint64 m_userId = 0;
    QTemporaryDir m_files;
};

namespace {

const QString kUsername = QStringLiteral("deniz.kaya");
const char* const kPassword = "Correct-Horse-77";
// RFC 4226 Appendix D ("12345678901234567890"): oathtool and every token vendor agree on its codes.
const char* const kSeedHex = "3132333435363738393031323334353637383930";

} // namespace

void TestUserPage::initTestCase()
{
    // The server's database is a file the test reaches too: security keys are put there as the portal stores them.
    QVERIFY2(m_console.start({QStringLiteral("--set"), QStringLiteral("db.url=sqlite:") + databasePath()}),
             qPrintable(m_console.errorText()));
    auto& admin = m_console.admin();
    QCOMPARE(admin
                 .send("POST", "/api/v1/applications",
                       "{\"name\":\"VPN\",\"type\":\"api\",\"allowed_factors\":[\"totp\",\"hotp\"]}")
                 .status,
             201);
    QCOMPARE(admin
                 .send("POST", "/api/v1/applications",
                       "{\"name\":\"Portal\",\"type\":\"registration\",\"allowed_factors\":[],"
                       "\"second_factor_required\":false}")
                 .status,
             201);
    m_agent = admin.createClientToken("agent", "VPN");
    m_userId = m_console.server().createUser(kUsername);
    QVERIFY(m_userId > 0);
    QVERIFY(m_console.server().createUser(QStringLiteral("token.one")) > 0);
    QVERIFY(m_console.server().createUser(QStringLiteral("token.two")) > 0);

    m_users = std::make_unique<LocalUsersPage>(m_console.client());
    m_users->resize(1100, 700);
    m_users->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_users.get()));
    m_users->activate();
    QTRY_COMPARE_WITH_TIMEOUT(m_users->model()->rowCount(), 3, 30000);
}

void TestUserPage::cleanupTestCase()
{
    delete m_page;
    m_users.reset();
}

bool TestUserPage::validate(const QString& username, const std::string& otp)
{
    const auto reply = m_console.admin().client().send(
        "POST", "/api/v1/auth/validate",
        castellan::test::json({{"username", username.toStdString()}, {"password", kPassword}, {"otp", otp}}),
        "application/json", {{"Authorization", "Bearer " + m_agent}});
    return reply.status == 200 && reply.json()->getValue<std::string>("result") == "accept";
}

std::string TestUserPage::hotpCode(int counter)
{
    const std::string seed = "12345678901234567890";
    return castellan::hotp({reinterpret_cast<const std::uint8_t*>(seed.data()), seed.size()},
                           static_cast<std::uint64_t>(counter), 6, castellan::OtpAlgorithm::Sha1);
}

bool TestUserPage::selectFactor(UserFactor::Type type)
{
    UserFactorsTab* tab = m_page->factorsTab();
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        if (tab->model()->rows().at(row).type == type) {
            tab->view()->selectRow(row);
            return true;
        }
    }
    return false;
}

void TestUserPage::testUserOpensFromLocalUsersWithDetails()
{
    QTableView* view = m_users->view();
    for (int row = 0; row < m_users->model()->rowCount(); ++row) {
        if (m_users->model()->itemAt(row).username == kUsername) {
            view->selectRow(row);
        }
    }
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return); // Enter opens the user, as a double click does
    m_page = waitForVisibleChild<UserPage>(m_users.get());
    QVERIFY(m_page);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isLoaded(), 30000);
    QCOMPARE(m_page->userId(), m_userId);
    QCOMPARE(m_page->windowTitle(), QStringLiteral("User deniz.kaya"));
    QCOMPARE(m_page->detailLabel(QStringLiteral("status"))->text(), QStringLiteral("Active"));
    QCOMPARE(m_page->detailLabel(QStringLiteral("expires"))->text(), QStringLiteral("Never"));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->detailLabel(QStringLiteral("license"))->text(),
                              QStringLiteral("Not counted: no sign-in this month yet"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->factorsTab()->statusLabel()->text(),
                              QStringLiteral("No second factors yet: add one above."), 30000);
    // Opening the same user again brings the open page forward instead of a second one.
    QCOMPARE(m_users->openUser(m_userId), m_page.data());
    QCOMPARE(m_users->findChildren<UserPage*>().size(), 1);
}

void TestUserPage::testTotpSecretShownOnceMakesCodesTheServerAccepts()
{
    QVERIFY(m_page);
    m_page->factorsTab()->button(QStringLiteral("addTotp"))->click();
    auto* dialog = waitForVisibleChild<FactorDialog>(m_page);
    QVERIFY(dialog);
    test::typeText(dialog->field(QStringLiteral("label")), QStringLiteral("Deniz's phone"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    auto* reveal = waitForVisibleChild<SecretRevealDialog>(m_page->factorsTab());
    QVERIFY(reveal);
    QVERIFY(reveal->qrCodeView() && reveal->qrCodeView()->hasCode());
    const QString secret = reveal->secret();
    QCOMPARE(secret.size(), 32); // 20 bytes in base32, whole
    QVERIFY(validate(kUsername, castellan::test::totpNow(secret.toStdString())));
    reveal->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->factorsTab()->model()->rowCount(), 1, 30000);
    QVERIFY(m_page->factorsTab()->model()->rows().first().type == UserFactor::Type::Totp);
    QCOMPARE(m_page->factorsTab()->model()->rows().first().label, QStringLiteral("Deniz's phone"));
    // The phone's clock is two minutes fast: the app is resynchronised with the code it shows and the next.
    QVERIFY(selectFactor(UserFactor::Type::Totp));
    m_page->factorsTab()->button(QStringLiteral("resync"))->click();
    QPointer<ResyncDialog> resync = waitForVisibleChild<ResyncDialog>(m_page->factorsTab());
    QVERIFY(resync);
    QCOMPARE(resync->windowTitle(), QStringLiteral("Resynchronise Authenticator App"));
    test::typeText(resync->firstCodeField(), QString::fromStdString(castellan::test::totpNow(secret.toStdString(), 3)));
    test::typeText(resync->secondCodeField(),
                   QString::fromStdString(castellan::test::totpNow(secret.toStdString(), 4)));
    QTest::mouseClick(resync->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!resync || !resync->isVisible(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->factorsTab()
                                 ->model()
                                 ->index(0, UserFactorModel::DetailColumn)
                                 .data()
                                 .toString()
                                 .contains(QStringLiteral("device clock +")),
                             30000);
    QVERIFY(validate(kUsername, castellan::test::totpNow(secret.toStdString(), 5)));
    // The secret is not shown again: the list has no secret.
    QVERIFY(m_console.admin()
                .get("/api/v1/users/" + std::to_string(m_userId) + "/factors")
                .body.find(secret.toStdString()) == std::string::npos);
}

void TestUserPage::testHotpTokenIsAssignedAndResynchronisedWithTwoCodes()
{
    QVERIFY(m_page);
    UserFactorsTab* tab = m_page->factorsTab();
    tab->button(QStringLiteral("assignToken"))->click();
    QPointer<FactorDialog> dialog = waitForVisibleChild<FactorDialog>(m_page);
    QVERIFY(dialog);
    test::typeText(dialog->field(QStringLiteral("serial")), QStringLiteral("HW-7001"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton); // no seed: refused on its field
    QTRY_VERIFY_WITH_TIMEOUT(dialog->errors()->errorLabel(QStringLiteral("secret"))->isVisible(), 30000);
    const QString seedError = dialog->errors()->errorLabel(QStringLiteral("secret"))->text();
    QVERIFY2(seedError.contains(QStringLiteral("required")), qPrintable(seedError));
    test::typeText(dialog->field(QStringLiteral("secret")), QString::fromLatin1(kSeedHex));
    dialog->seedEncoding()->setCurrentIndex(1); // hexadecimal
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 30000); // saved and closed
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 2, 30000);

    // The token was pressed 50 times without a sign-in: too far for the login look-ahead.
    QVERIFY(!validate(kUsername, hotpCode(50)));
    QVERIFY(selectFactor(UserFactor::Type::Hotp));
    QVERIFY(tab->button(QStringLiteral("resync"))->isEnabled());
    tab->button(QStringLiteral("resync"))->click();
    QPointer<ResyncDialog> resync = waitForVisibleChild<ResyncDialog>(tab);
    QVERIFY(resync);
    test::typeText(resync->firstCodeField(), QString::fromStdString(hotpCode(55)));
    test::typeText(resync->secondCodeField(), QString::fromStdString(hotpCode(57))); // not consecutive
    QTest::mouseClick(resync->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(resync->errors()->errorLabel(QStringLiteral("code1"))->isVisible(), 30000);
    QVERIFY(resync->errors()->errorLabel(QStringLiteral("code1"))->text().contains(QStringLiteral("consecutive")));
    test::typeText(resync->secondCodeField(), QString::fromStdString(hotpCode(56)));
    QTest::mouseClick(resync->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!resync || !resync->isVisible(), 30000); // accepted and closed
    QVERIFY(validate(kUsername, hotpCode(57)));                       // in step again
}

void TestUserPage::testFactorIsRemovedAfterConfirmation()
{
    QVERIFY(m_page);
    UserFactorsTab* tab = m_page->factorsTab();
    QVERIFY(selectFactor(UserFactor::Type::Totp));
    tab->button(QStringLiteral("remove"))->click();
    QVERIFY(test::answerMessageBox(tab, QStringLiteral("confirmationBox"), QMessageBox::No));
    QCOMPARE(tab->model()->rowCount(), 2);
    tab->button(QStringLiteral("remove"))->click();
    QVERIFY(test::answerMessageBox(tab, QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, 30000);
    QVERIFY(tab->model()->rows().first().type == UserFactor::Type::Hotp);
    QCOMPARE(
        m_console.admin().get("/api/v1/users/" + std::to_string(m_userId) + "/factors").json()->getValue<int>("total"),
        1);
}

void TestUserPage::testSmsCodesNeedAPhoneNumber()
{
    QVERIFY(m_page);
    UserFactorsTab* tab = m_page->factorsTab();
    tab->button(QStringLiteral("addSms"))->click();
    QPointer<FactorDialog> dialog = waitForVisibleChild<FactorDialog>(m_page);
    QVERIFY(dialog);
    QCOMPARE(dialog->field(QStringLiteral("phone"))->text(), QString()); // the user has no phone number
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->errors()->errorLabel(QStringLiteral("phone"))->isVisible(), 30000);
    test::typeText(dialog->field(QStringLiteral("phone")), QStringLiteral("+90 555 111 22 33"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 2, 30000);
    QVERIFY(selectFactor(UserFactor::Type::Sms));
    QCOMPARE(tab->model()->index(tab->selectedRow(), UserFactorModel::DetailColumn).data().toString(),
             QStringLiteral("+905551112233"));
    QVERIFY(!tab->button(QStringLiteral("resync"))->isEnabled());
    tab->button(QStringLiteral("remove"))->click();
    QVERIFY(test::answerMessageBox(tab, QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, 30000);
}

void TestUserPage::testSecurityKeyIsRemovedAfterConfirmation()
{
    QVERIFY(m_page);
    // Registering a key needs a browser with an authenticator (tests/browser); here the row is stored directly.
    castellan::Database::registerConnectors();
    auto url = castellan::DatabaseUrl::parse("sqlite:" + databasePath().toStdString()).value();
    {
        Poco::Data::Session session(url.connector, url.connectionString);
        using Poco::Data::Keywords::into;
        using Poco::Data::Keywords::now;
        using Poco::Data::Keywords::use;
        Poco::Int64 user = m_userId;
        Poco::Int64 factorId = 0;
        session << "INSERT INTO factors (user_id, type, label, verified, algorithm, digits, period, counter, "
                   "destination, created_at) VALUES ($1, 'webauthn', 'YubiKey 5C', 1, 'SHA1', 6, 30, 0, '', "
                   "1770000000) RETURNING id",
            use(user), into(factorId), now;
        session << "INSERT INTO webauthn_credentials (factor_id, user_id, credential_id, public_key, algorithm, "
                   "sign_count, format, aaguid, created_at) VALUES ($1, $2, 'gui-cred-1', 'AAAA', -7, 0, 'none', '', "
                   "1770000000)",
            use(factorId), use(user), now;
    }
    UserKeysTab* tab = m_page->keysTab();
    m_page->tabs()->setCurrentWidget(tab);
    tab->reload();
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, 30000);
    QCOMPARE(tab->model()->index(0, SecurityKeyModel::NameColumn).data().toString(), QStringLiteral("YubiKey 5C"));
    QCOMPARE(tab->model()->index(0, SecurityKeyModel::AlgorithmColumn).data().toString(), QStringLiteral("ES256"));
    QVERIFY(!tab->button(QStringLiteral("remove"))->isEnabled());
    tab->view()->selectRow(0);
    tab->button(QStringLiteral("remove"))->click();
    QVERIFY(test::answerMessageBox(tab, QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 0, 30000);
    QCOMPARE(tab->statusLabel()->text(),
             QStringLiteral("No security keys. Users register keys and passkeys themselves in the portal."));
    QCOMPARE(m_console.admin()
                 .get("/api/v1/users/" + std::to_string(m_userId) + "/security-keys")
                 .json()
                 ->getValue<int>("total"),
             0);
}

void TestUserPage::testPortalSessionsAreEndedOneAndAll()
{
    QVERIFY(m_page);
    const int port = m_console.server().process().httpsPort();
    PortalBrowser first(port);
    PortalBrowser second(port);
    for (PortalBrowser* browser : {&first, &second}) {
        browser->get("/portal/login");
        browser->postForm("/portal/login", {{"username", kUsername.toStdString()}, {"password", kPassword}});
        QVERIFY(browser->currentPath().rfind("/portal/login", 0) != 0);
    }
    UserSessionsTab* tab = m_page->sessionsTab();
    m_page->tabs()->setCurrentWidget(tab);
    tab->reload();
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 2, 30000);
    QCOMPARE(tab->model()->index(0, PortalSessionModel::SourceIpColumn).data().toString(), QStringLiteral("127.0.0.1"));
    QVERIFY(!tab->button(QStringLiteral("end"))->isEnabled());
    tab->view()->selectRow(0);
    tab->button(QStringLiteral("end"))->click();
    QVERIFY(test::answerMessageBox(tab, QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, 30000);
    tab->button(QStringLiteral("endAll"))->click();
    QVERIFY(test::answerMessageBox(tab, QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 0, 30000);
    QCOMPARE(tab->statusLabel()->text(), QStringLiteral("Not signed in to the portal or any application."));
    // Both browsers must sign in again.
    first.get("/portal/home");
    QCOMPARE(first.currentPath().rfind("/portal/login", 0), std::size_t(0));
    // The sign-ins counted the user for the license this month.
    m_page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->detailLabel(QStringLiteral("license"))->text().startsWith(QStringLiteral("Counted since")), 30000);
}

void TestUserPage::testRecentEventsAreTheUsersAndSearchable()
{
    QVERIFY(m_page);
    UserEventsTab* tab = m_page->eventsTab();
    m_page->tabs()->setCurrentWidget(tab);
    tab->reload();
    QTRY_VERIFY_WITH_TIMEOUT(tab->model()->hasLoaded() && !tab->model()->isLoading(), 30000);
    QVERIFY(tab->model()->rowCount() > 5);
    QStringList events;
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        QCOMPARE(tab->model()->itemAt(row).username, kUsername); // only this user's
        events.append(tab->model()->itemAt(row).event);
    }
    QVERIFY2(events.contains(QStringLiteral("factor.create")), qPrintable(events.join(QLatin1Char(' '))));
    QVERIFY(events.contains(QStringLiteral("factor.delete")));
    QVERIFY(events.contains(QStringLiteral("user.sessions.terminate")));

    test::typeText(tab->searchField(), QStringLiteral("FACTOR.RESYNC"));
    QTest::keyClick(tab->searchField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(tab->model()->query().search == QStringLiteral("FACTOR.RESYNC") &&
                                 tab->model()->hasLoaded() && !tab->model()->isLoading(),
                             30000);
    QCOMPARE(tab->model()->rowCount(), 3); // the app's, the token's refused attempt and the token's
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        QCOMPARE(tab->model()->itemAt(row).event, QStringLiteral("factor.resync"));
    }
    test::typeText(tab->searchField(), QStringLiteral("no such event anywhere"));
    QTest::keyClick(tab->searchField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 0, 30000);
    tab->searchField()->clear();
    QTest::keyClick(tab->searchField(), Qt::Key_Return);
}

void TestUserPage::testHotpImportWizardPreviewsABadLineThenImports()
{
    const QString path = m_files.filePath(QStringLiteral("tokens.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("username,serial,secret_hex,counter\n"
               "token.one,IMP-1001,3132333435363738393031323334353637383930,0\n"
               "nobody.here,IMP-1002,3132333435363738393031323334353637383931,0\n"
               "token.two,IMP-1003,3132333435363738393031323334353637383932,5\n");
    file.close();

    m_users->action(QStringLiteral("importTokens"))->trigger();
    auto* wizard = waitForVisibleChild<CsvImportWizard>(m_users.get(), QStringLiteral("hotpImportWizard"));
    QVERIFY(wizard);
    QVERIFY(wizard->content() == CsvImportWizard::Content::HotpTokens);
    QCOMPARE(wizard->windowTitle(), QStringLiteral("Import Hardware Tokens"));
    QVERIFY(wizard->filePage()->subTitle().contains(QStringLiteral("secret_hex")));
    wizard->filePage()->setFileName(path);
    wizard->filePage()->skipInvalidButton()->setChecked(true);
    wizard->next();

    CsvPreviewPage* preview = wizard->previewPage();
    QTRY_VERIFY_WITH_TIMEOUT(preview->isChecked(), 30000);
    QCOMPARE(preview->report()->totalRows, 3);
    QCOMPARE(preview->report()->validRows, 2);
    QCOMPARE(preview->issueTable()->rowCount(), 1);
    QCOMPARE(preview->issueTable()->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(preview->issueTable()->item(0, 1)->text(), QStringLiteral("username"));
    QCOMPARE(preview->previewTable()->item(1, 1)->text(), QStringLiteral("nobody.here"));
    QVERIFY(m_console.admin().get("/api/v1/audit?event=factor.import").json()->getValue<int>("total") == 0);

    wizard->next();
    CsvImportPage* import = wizard->importPage();
    QTRY_VERIFY_WITH_TIMEOUT(import->isFinished(), 30000);
    QCOMPARE(import->report()->imported, 2);
    QVERIFY2(import->resultLabel()->text().startsWith(QStringLiteral("2 tokens imported")),
             qPrintable(import->resultLabel()->text()));
    wizard->accept();
    const auto tokenTwo = m_console.admin().get("/api/v1/users?q=token.two");
    const auto id = tokenTwo.json()->getArray("items")->getObject(0)->getValue<std::int64_t>("id");
    QVERIFY(m_console.admin().get("/api/v1/users/" + std::to_string(id) + "/factors").body.find("IMP-1003") !=
            std::string::npos);
}

void TestUserPage::testAliasIsAddedRefusedWhenTakenAndRemoved()
{
    QVERIFY(m_page);
    m_page->tabs()->setCurrentIndex(UserPage::AliasesTab);
    UserAliasesTab* tab = m_page->aliasesTab();
    QTRY_COMPARE_WITH_TIMEOUT(tab->statusLabel()->text(),
                              QStringLiteral("No aliases: the user signs in with the username only."), 30000);
    QVERIFY(!tab->directoryNote()->isVisible());
    QVERIFY(!tab->button(QStringLiteral("remove"))->isEnabled());

    tab->button(QStringLiteral("add"))->click();
    QPointer<AliasDialog> dialog = waitForVisibleChild<AliasDialog>(tab);
    QVERIFY(dialog);
    test::typeText(dialog->aliasField(), QStringLiteral("TOKEN.ONE")); // another user's name, in another case
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->errors()->errorLabel(QStringLiteral("alias"))->isVisible(), 30000);
    QCOMPARE(dialog->errors()->errorLabel(QStringLiteral("alias"))->text(),
             QStringLiteral("is already taken by a username or an alias"));
    QVERIFY(dialog->isVisible());
    test::typeText(dialog->aliasField(), QStringLiteral("deniz.work"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, 30000);
    QCOMPARE(tab->model()->index(0, UserAliasModel::AliasColumn).data().toString(), QStringLiteral("deniz.work"));
    const std::string aliasesPath = "/api/v1/users/" + std::to_string(m_userId) + "/aliases";
    QCOMPARE(m_console.admin().get(aliasesPath).json()->getArray("items")->size(), std::size_t(1));

    tab->view()->selectRow(0);
    QVERIFY(tab->button(QStringLiteral("remove"))->isEnabled());
    tab->button(QStringLiteral("remove"))->click();
    QVERIFY(test::answerMessageBox(tab, QStringLiteral("confirmationBox"), QMessageBox::No));
    QCOMPARE(tab->model()->rowCount(), 1);
    tab->button(QStringLiteral("remove"))->click();
    QVERIFY(test::answerMessageBox(tab, QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 0, 30000);
    QCOMPARE(m_console.admin().get(aliasesPath).json()->getArray("items")->size(), std::size_t(0));
}

void TestUserPage::testDirectoryUserHasNoAliasActions()
{
    // No directory in this test: the tab is given a user as the server describes a directory user.
    UserAliasesTab tab(m_console.client());
    LocalUser user;
    user.id = m_userId;
    user.username = kUsername;
    user.directoryId = 1;
    tab.setUser(user);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QVERIFY(tab.directoryNote()->isVisible());
    QVERIFY(!tab.button(QStringLiteral("add"))->isVisible());
    QVERIFY(!tab.button(QStringLiteral("remove"))->isVisible());
    tab.addAlias();
    QVERIFY(!tab.findChild<AliasDialog*>());
}

void TestUserPage::testPageInTurkish()
{
    LanguageSelector& languages = m_console.languages();
    QVERIFY(languages.setPreference(QStringLiteral("tr")));
    delete m_page;
    QVERIFY(m_users->view()->model()->rowCount() > 0);
    UserPage* page = m_users->openUser(m_userId);
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 30000);
    QCOMPARE(page->windowTitle(), QStringLiteral("Kullanıcı deniz.kaya"));
    QCOMPARE(page->tabs()->tabText(UserPage::FactorsTab), QStringLiteral("&Faktörler"));
    QCOMPARE(page->tabs()->tabText(UserPage::EventsTab), QStringLiteral("Son &Olaylar"));
    QCOMPARE(page->tabs()->tabText(UserPage::AliasesTab), QStringLiteral("Takma &Adlar"));
    QCOMPARE(page->aliasesTab()->findChild<QLabel*>(QStringLiteral("explanationLabel"))->text(),
             QStringLiteral("Bu kullanıcının diğer oturum açma adları: bu adlarla aynı parola ve faktörlerle oturum "
                            "açılır."));
    QCOMPARE(page->aliasesTab()->button(QStringLiteral("add"))->text(), QStringLiteral("&Ekle…"));
    QCOMPARE(page->detailLabel(QStringLiteral("status"))->text(), QStringLiteral("Etkin"));
    QTRY_COMPARE_WITH_TIMEOUT(page->factorsTab()->model()->rowCount(), 1, 30000);
    QCOMPARE(page->factorsTab()->model()->index(0, UserFactorModel::TypeColumn).data().toString(),
             QStringLiteral("Donanım anahtarı (HOTP)"));
    QCOMPARE(page->factorsTab()->button(QStringLiteral("resync"))->text(), QStringLiteral("&Yeniden Eşitle…"));
    m_users->importHotpTokens();
    auto* wizard = waitForVisibleChild<CsvImportWizard>(m_users.get(), QStringLiteral("hotpImportWizard"));
    QVERIFY(wizard);
    QCOMPARE(wizard->windowTitle(), QStringLiteral("Donanım Anahtarlarını İçe Aktar"));
    wizard->reject();
    page->close();
    QVERIFY(languages.setPreference(QStringLiteral("en")));
}

QTEST_MAIN(TestUserPage)
#include "TestUserPage.moc"
