#include "ConsoleTestServer.h"
#include "FirstSignIn.h"
#include "GuiTestHelpers.h"
#include "IsolatedSettings.h"

#include "RadiusPeers.h"
#include "api/TokenStore.h"
#include "app/AdminConsole.h"
#include "app/ConsoleSession.h"
#include "app/LanguageSelector.h"
#include "app/MainWindow.h"
#include "dialogs/AdministratorDialog.h"
#include "dialogs/ApplicationDialog.h"
#include "dialogs/FactorDialog.h"
#include "dialogs/RadiusClientDialog.h"
#include "dialogs/SecretRevealDialog.h"
#include "dialogs/ServiceProviderDialog.h"
#include "dialogs/SharedSecret.h"
#include "dialogs/UserDialog.h"
#include "models/AdministratorModel.h"
#include "models/ApplicationModel.h"
#include "models/RadiusClientModel.h"
#include "models/ServiceProviderModel.h"
#include "models/UserFactorModel.h"
#include "models/UserModel.h"
#include "pages/AdministratorsPage.h"
#include "pages/ApplicationsPage.h"
#include "pages/DashboardPage.h"
#include "pages/DeliveryChannelForm.h"
#include "pages/DeliverySettingsPage.h"
#include "pages/GettingStartedChecklist.h"
#include "pages/LocalUsersPage.h"
#include "pages/RadiusClientsPage.h"
#include "pages/SamlIdpPanel.h"
#include "pages/SamlPage.h"
#include "userpage/UserFactorsTab.h"
#include "userpage/UserPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

using namespace castellan::console;
using test::waitForVisibleChild;
using Item = GettingStartedChecklist::Item;

namespace {

const QString kAdminPassword = QStringLiteral("Gatekeeper-Tower-2026!");
const QString kUsername = QStringLiteral("deniz.kaya");
const QString kUserPassword = QStringLiteral("Journey-Pass-2026!");
const QString kSpEntity = QStringLiteral("https://sp.example.test/metadata");
const QString kSpAcs = QStringLiteral("https://sp.example.test/acs");
constexpr int kTimeoutMs = 30000;

} // namespace

/// The whole first-day journey on a fresh server, through the console's widgets only (REST is never used for a
/// step): the bootstrap admin signs in with the connect dialog (certificate trusted, password changed, TOTP
/// enrolled from the secret the dialog shows) and lands on the Dashboard's open getting-started checklist; a
/// registration and a radius profile, a RADIUS client with a generated secret, mail delivery, a user with a TOTP
/// factor whose secret the dialog shows once, and a service provider from a pysaml2 SP's metadata are set up from
/// their pages; then a pysaml2 sign-in through the portal (password + TOTP) and FreeRADIUS's radclient (password +
/// an oathtool code) are accepted, the checklist is complete, and a second administrator added on the
/// Administrators page signs in with the console using the one-time password the page showed.
class TestConsoleJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void testBootstrapAdminSignsInWithPasswordChangeAndTotp();
    void testDashboardShowsTheChecklistOpen();
    void testRegistrationAndRadiusProfilesAreCreated();
    void testRadiusClientGetsAGeneratedSecret();
    void testMailDeliveryIsSetUp();
    void testUserGetsATotpFactorShownOnce();
    void testServiceProviderIsImportedFromPysaml2Metadata();
    void testPysaml2SignInThroughThePortalSucceeds();
    void testRadclientWithPasswordAndOathtoolCodeIsAccepted();
    void testDashboardChecklistIsComplete();
    void testSecondAdministratorSignsInWithTheConsole();

private:
    /// Shows `page` in the window, as a click in the sidebar does, and waits for its first answer.
    template <typename T> T* showPage(ConsolePage page);
    bool firstSignIn(const QString& username, const QString& oneTimePassword, const QString& newPassword)
    {
        return test::firstSignIn(*m_window, *m_console, *m_session, *m_server, username, oneTimePassword, newPassword);
    }
    /// The pysaml2 SP (tests/integration/saml/pysaml2_sp.py) of the journey with `args`; its JSON answer.
    QJsonObject runPysaml2(const QStringList& args)
    {
        return test::runPysaml2(args + QStringList{QStringLiteral("--entity"), kSpEntity, QStringLiteral("--acs"),
                                                   kSpAcs, QStringLiteral("--state"), m_files.path()});
    }
    /// Opens the current page's "new" dialog with Ctrl+N's action.
    bool triggerNew();

    std::unique_ptr<test::IsolatedSettings> m_settings;
    std::unique_ptr<test::ConsoleTestServer> m_server;
    std::unique_ptr<LanguageSelector> m_languages;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AdminConsole> m_console;
    QTemporaryDir m_files;
    QString m_radiusSecret;
    QString m_userTotpSecret;
    QString m_idpMetadataFile;
};

void TestConsoleJourney::initTestCase()
{
    QVERIFY(m_files.isValid());
    m_settings = std::make_unique<test::IsolatedSettings>();
    m_server = std::make_unique<test::ConsoleTestServer>(
        QStringList{QStringLiteral("--set"), QStringLiteral("radius.port=auto")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
    QVERIFY(m_server->process().radiusPort() > 0);
    m_languages = std::make_unique<LanguageSelector>();
    QVERIFY(m_languages->setPreference(QStringLiteral("en")));
    m_tokens = std::make_unique<TokenStore>(TokenStore::Backend::Memory);
    m_session = std::make_unique<ConsoleSession>(m_tokens.get());
    m_window = std::make_unique<MainWindow>(m_languages.get(), m_tokens.get());
    m_console = std::make_unique<AdminConsole>(m_window.get(), m_session.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestConsoleJourney::cleanupTestCase()
{
    m_console.reset();
    m_window.reset();
    m_session.reset();
    m_server.reset();
}

template <typename T> T* TestConsoleJourney::showPage(ConsolePage page)
{
    m_window->showPage(page);
    auto* widget = qobject_cast<T*>(m_window->pageWidget(page));
    if (!widget || !QTest::qWaitFor([widget] { return widget->model()->hasLoaded(); }, kTimeoutMs)) {
        return nullptr;
    }
    return widget;
}

bool TestConsoleJourney::triggerNew()
{
    QAction* action = m_window->newAction();
    if (!action->isEnabled()) {
        return false;
    }
    action->trigger();
    return true;
}

void TestConsoleJourney::testBootstrapAdminSignsInWithPasswordChangeAndTotp()
{
    QVERIFY(!m_session->isSignedIn());
    QVERIFY2(firstSignIn(QStringLiteral("admin"), m_server->bootstrapPassword(), kAdminPassword),
             qPrintable(m_server->errorText().right(2000)));
    QVERIFY(m_window->isConnected());
    QCOMPARE(m_window->statusBar()->findChild<QLabel*>(QStringLiteral("adminLabel"))->text(),
             QStringLiteral("Admin: admin"));
}

void TestConsoleJourney::testDashboardShowsTheChecklistOpen()
{
    QCOMPARE(m_window->currentPage(), ConsolePage::Dashboard); // the first page after the sign-in
    auto* dashboard = qobject_cast<DashboardPage*>(m_window->pageWidget(ConsolePage::Dashboard));
    QVERIFY(dashboard);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->isLoaded() && !dashboard->isLoading(), kTimeoutMs);
    QVERIFY(dashboard->checklist()->isVisible());
    for (const Item item : GettingStartedChecklist::kItems) {
        QVERIFY(!dashboard->checklist()->isDone(item));
    }
    // The checklist's first step opens the page that completes it.
    QTest::mouseClick(dashboard->checklist()->button(Item::RegistrationProfile), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), ConsolePage::Applications);
}

void TestConsoleJourney::testRegistrationAndRadiusProfilesAreCreated()
{
    auto* page = showPage<ApplicationsPage>(ConsolePage::Applications);
    QVERIFY(page);

    // The portal's profile: password, then a TOTP code (what the SAML sign-in goes through).
    QVERIFY(triggerNew());
    auto* dialog = waitForVisibleChild<ApplicationDialog>(page);
    QVERIFY(dialog);
    dialog->typeField()->setCurrentIndex(dialog->typeField()->findData(QStringLiteral("registration")));
    test::typeText(dialog->nameField(), QStringLiteral("Portal"));
    QVERIFY(dialog->factorField(QStringLiteral("totp"))->isChecked());
    QVERIFY(dialog->passwordRequiredField()->isChecked());
    QVERIFY(dialog->secondFactorRequiredField()->isChecked());
    QVERIFY(!dialog->appendedOtpField()->isVisible());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->findChild<ApplicationDialog*>(), kTimeoutMs);

    // The VPN's profile: the 6-digit code typed after the password.
    QVERIFY(triggerNew());
    dialog = waitForVisibleChild<ApplicationDialog>(page);
    QVERIFY(dialog);
    dialog->typeField()->setCurrentIndex(dialog->typeField()->findData(QStringLiteral("radius")));
    test::typeText(dialog->nameField(), QStringLiteral("VPN"));
    QVERIFY(dialog->appendedOtpField()->isVisible());
    dialog->appendedOtpField()->setCurrentIndex(dialog->appendedOtpField()->findData(6));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->findChild<ApplicationDialog*>(), kTimeoutMs);

    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, kTimeoutMs);
    QStringList types;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        types << page->model()->itemAt(row).name + QLatin1Char(':') + page->model()->itemAt(row).type;
    }
    types.sort();
    QCOMPARE(types, (QStringList{QStringLiteral("Portal:registration"), QStringLiteral("VPN:radius")}));
}

void TestConsoleJourney::testRadiusClientGetsAGeneratedSecret()
{
    auto* page = showPage<RadiusClientsPage>(ConsolePage::RadiusClients);
    QVERIFY(page);
    QVERIFY(triggerNew());
    auto* dialog = waitForVisibleChild<RadiusClientDialog>(page);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->profilesLoaded(), kTimeoutMs);
    test::typeText(dialog->nameField(), QStringLiteral("Loopback VPN"));
    test::typeText(dialog->sourceField(), QStringLiteral("127.0.0.1"));
    QTest::mouseClick(dialog->generateButton(), Qt::LeftButton);
    m_radiusSecret = dialog->secretField()->text(); // shown once, here: the VPN gateway is configured with it
    QCOMPARE(int(m_radiusSecret.size()), sharedSecret::kLength);
    const int vpn = dialog->profileField()->findText(QStringLiteral("VPN"));
    QVERIFY(vpn > 0);
    dialog->profileField()->setCurrentIndex(vpn);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->findChild<RadiusClientDialog*>(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, kTimeoutMs);
    QCOMPARE(page->model()->itemAt(0).name, QStringLiteral("Loopback VPN"));
    QCOMPARE(page->model()->index(0, RadiusClientModel::ProfileColumn).data().toString(), QStringLiteral("VPN"));
}

void TestConsoleJourney::testMailDeliveryIsSetUp()
{
    m_window->showPage(ConsolePage::Delivery);
    auto* page = qobject_cast<DeliverySettingsPage*>(m_window->pageWidget(ConsolePage::Delivery));
    QVERIFY(page);
    DeliveryChannelForm* mail = page->mailForm();
    QTRY_VERIFY_WITH_TIMEOUT(mail->isLoaded(), kTimeoutMs);
    test::typeText(qobject_cast<QLineEdit*>(mail->input(QStringLiteral("host"))), QStringLiteral("127.0.0.1"));
    qobject_cast<QSpinBox*>(mail->input(QStringLiteral("port")))->setValue(2525);
    qobject_cast<QCheckBox*>(mail->input(QStringLiteral("starttls")))->setChecked(false);
    test::typeText(qobject_cast<QLineEdit*>(mail->input(QStringLiteral("from"))),
                   QStringLiteral("Castellan <mfa@example.com>"));
    QTest::mouseClick(mail->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!mail->isBusy() && mail->sourceLabel()->text().startsWith(QStringLiteral("Stored")),
                             kTimeoutMs);
}

void TestConsoleJourney::testUserGetsATotpFactorShownOnce()
{
    auto* users = showPage<LocalUsersPage>(ConsolePage::LocalUsers);
    QVERIFY(users);
    QVERIFY(triggerNew());
    auto* dialog = waitForVisibleChild<UserDialog>(users);
    QVERIFY(dialog);
    test::typeText(dialog->field(QStringLiteral("username")), kUsername);
    test::typeText(dialog->field(QStringLiteral("first_name")), QStringLiteral("Deniz"));
    test::typeText(dialog->field(QStringLiteral("last_name")), QStringLiteral("Kaya"));
    test::typeText(dialog->field(QStringLiteral("email")), QStringLiteral("deniz.kaya@example.com"));
    test::typeText(dialog->field(QStringLiteral("password")), kUserPassword);
    test::typeText(dialog->field(QStringLiteral("password_confirmation")), kUserPassword);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!users->findChild<UserDialog*>(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(users->model()->rowCount(), 1, kTimeoutMs);
    QCOMPARE(users->model()->itemAt(0).username, kUsername);

    // Enter on the row opens the user's page.
    users->view()->selectRow(0);
    users->view()->setFocus();
    QTest::keyClick(users->view(), Qt::Key_Return);
    QPointer<UserPage> user = waitForVisibleChild<UserPage>(users);
    QVERIFY(user);
    QTRY_VERIFY_WITH_TIMEOUT(user->isLoaded(), kTimeoutMs);
    user->factorsTab()->button(QStringLiteral("addTotp"))->click();
    auto* factor = waitForVisibleChild<FactorDialog>(user.data());
    QVERIFY(factor);
    test::typeText(factor->field(QStringLiteral("label")), QStringLiteral("Deniz's phone"));
    QTest::mouseClick(factor->saveButton(), Qt::LeftButton);
    auto* reveal = waitForVisibleChild<SecretRevealDialog>(user->factorsTab());
    QVERIFY(reveal);
    auto* secretField = reveal->findChild<QLineEdit*>(QStringLiteral("secretField"));
    QVERIFY(secretField && secretField->isVisible());
    m_userTotpSecret = secretField->text(); // what the user's authenticator app is given, shown once
    QCOMPARE(m_userTotpSecret, reveal->secret());
    QCOMPARE(m_userTotpSecret.size(), 32);
    reveal->accept();
    QTRY_COMPARE_WITH_TIMEOUT(user->factorsTab()->model()->rowCount(), 1, kTimeoutMs);
    QVERIFY(user->factorsTab()->model()->rows().first().type == UserFactor::Type::Totp);
    user->close();
}

void TestConsoleJourney::testServiceProviderIsImportedFromPysaml2Metadata()
{
    auto* page = showPage<SamlPage>(ConsolePage::Saml);
    QVERIFY(page);

    // The IdP's metadata for the SP, saved with "Save IdP metadata as…".
    m_idpMetadataFile = m_files.filePath(QStringLiteral("idp-metadata.xml"));
    QTest::mouseClick(page->idpPanel()->saveMetadataButton(), Qt::LeftButton);
    auto* chooser = waitForVisibleChild<QFileDialog>(page->idpPanel(), QStringLiteral("saveMetadataChooser"));
    QVERIFY(chooser);
    chooser->selectFile(m_idpMetadataFile);
    static_cast<QDialog*>(chooser)->accept(); // QFileDialog::accept, public in QDialog
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_idpMetadataFile) && QFileInfo(m_idpMetadataFile).size() > 0, kTimeoutMs);

    // The SP's metadata, pasted into the dialog.
    const QJsonObject sp = runPysaml2({QStringLiteral("metadata")});
    const QString metadata = sp.value(QStringLiteral("metadata")).toString();
    QVERIFY(metadata.contains(kSpEntity));
    QVERIFY(triggerNew());
    auto* dialog = waitForVisibleChild<ServiceProviderDialog>(page);
    QVERIFY(dialog);
    QCOMPARE(dialog->source(), ServiceProviderDialog::Source::Xml);
    dialog->xmlField()->setPlainText(metadata);
    test::typeText(dialog->nameField(), QStringLiteral("pysaml2 SP"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->findChild<ServiceProviderDialog*>(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, kTimeoutMs);
    QCOMPARE(page->model()->itemAt(0).name, QStringLiteral("pysaml2 SP"));
    QCOMPARE(page->model()->index(0, ServiceProviderModel::EntityIdColumn).data().toString(), kSpEntity);
}

void TestConsoleJourney::testPysaml2SignInThroughThePortalSucceeds()
{
    QVERIFY(!m_idpMetadataFile.isEmpty() && !m_userTotpSecret.isEmpty());
    // The SP sends the browser to the IdP; the portal asks for the password, then a TOTP code (oathtool's).
    const QJsonObject result =
        runPysaml2({QStringLiteral("login"), QStringLiteral("--base"), m_server->url().toString(),
                    QStringLiteral("--idp-metadata"), m_idpMetadataFile, QStringLiteral("--binding"),
                    QStringLiteral("post"), QStringLiteral("--user"), kUsername, QStringLiteral("--password"),
                    kUserPassword, QStringLiteral("--totp-secret"), m_userTotpSecret});
    const QByteArray text = QJsonDocument(result).toJson(QJsonDocument::Compact);
    QVERIFY2(result.contains(QStringLiteral("name_id")), text.constData());
    QCOMPARE(result.value(QStringLiteral("name_id")).toString(), kUsername);
    QCOMPARE(result.value(QStringLiteral("authn_context")).toString(),
             QStringLiteral("https://refeds.org/profile/mfa"));
    QVERIFY2(result.value(QStringLiteral("in_response_to")).toBool(), text.constData());
    QVERIFY2(result.value(QStringLiteral("xmlsec_verified")).toBool(), text.constData());
}

void TestConsoleJourney::testRadclientWithPasswordAndOathtoolCodeIsAccepted()
{
    QVERIFY(!m_radiusSecret.isEmpty() && !m_userTotpSecret.isEmpty());
    // A TOTP code is accepted once per time step and the portal sign-in just used the current one: the VPN login
    // takes the next step's code (within the server's ±1 step window), as a phone a little ahead would show.
    const QString code = test::oathtoolCode(m_userTotpSecret, QStringLiteral("now + 30 seconds"));
    QCOMPARE(int(code.size()), 6);
    const QString server = QStringLiteral("127.0.0.1:%1").arg(m_server->process().radiusPort());
    const QString request = QStringLiteral("User-Name = \"%1\"\nUser-Password = \"%2%3\"\n"
                                           "Message-Authenticator = 0x00\n")
                                .arg(kUsername, kUserPassword, code);
    const castellan::test::RadclientResult result =
        castellan::test::RadiusPeers::radclient(QStringLiteral("auth"), server, m_radiusSecret, request, 5);
    QVERIFY2(result.received(QStringLiteral("Access-Accept")), qPrintable(result.out));

    // The RADIUS Clients page counts it.
    auto* page = showPage<RadiusClientsPage>(ConsolePage::RadiusClients);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && page->model()->rowCount() == 1 &&
                                 page->model()->itemAt(0).accepts == 1,
                             kTimeoutMs);
}

void TestConsoleJourney::testDashboardChecklistIsComplete()
{
    m_window->showPage(ConsolePage::Dashboard);
    auto* dashboard = qobject_cast<DashboardPage*>(m_window->pageWidget(ConsolePage::Dashboard));
    QVERIFY(dashboard);
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isLoading() && dashboard->summary() && dashboard->summary()->setup.complete,
                             kTimeoutMs);
    for (const Item item : GettingStartedChecklist::kItems) {
        QVERIFY(dashboard->checklist()->isDone(item));
    }
    QVERIFY(!dashboard->checklist()->isVisible());
}

void TestConsoleJourney::testSecondAdministratorSignsInWithTheConsole()
{
    auto* page = showPage<AdministratorsPage>(ConsolePage::Administrators);
    QVERIFY(page);
    QVERIFY(triggerNew());
    auto* dialog = waitForVisibleChild<AdministratorDialog>(page);
    QVERIFY(dialog);
    test::typeText(dialog->usernameField(), QStringLiteral("ops.ayse"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    auto* reveal = waitForVisibleChild<SecretRevealDialog>(page, QStringLiteral("oneTimePasswordDialog"));
    QVERIFY(reveal);
    const QString oneTimePassword = reveal->findChild<QLineEdit*>(QStringLiteral("secretField"))->text();
    QVERIFY(oneTimePassword.size() >= 20);
    reveal->accept();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, kTimeoutMs);

    // The bootstrap admin signs out; the new administrator signs in on the same console.
    m_window->findChild<QAction*>(QStringLiteral("logOutAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isSignedIn() && !m_window->isConnected(), kTimeoutMs);
    QVERIFY(firstSignIn(QStringLiteral("ops.ayse"), oneTimePassword, QStringLiteral("Night-Shift-Keeper-2026")));
    QCOMPARE(m_window->statusBar()->findChild<QLabel*>(QStringLiteral("adminLabel"))->text(),
             QStringLiteral("Admin: ops.ayse"));
    QCOMPARE(m_window->currentPage(), ConsolePage::Dashboard);

    auto* admins = showPage<AdministratorsPage>(ConsolePage::Administrators);
    QVERIFY(admins);
    QTRY_COMPARE_WITH_TIMEOUT(admins->model()->rowCount(), 2, kTimeoutMs);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(admins->model()->index(row, AdministratorModel::TotpColumn).data().toString(),
                 QStringLiteral("Enrolled"));
    }
}

QTEST_MAIN(TestConsoleJourney)
#include "TestConsoleJourney.moc"
