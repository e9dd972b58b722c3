#include "ConsoleTestServer.h"
#include "GuiTestHelpers.h"
#include "IsolatedSettings.h"
#include "PortalBrowser.h"

#include "api/RestClient.h"
#include "api/TokenStore.h"
#include "app/AdminConsole.h"
#include "app/ConsoleSession.h"
#include "app/LanguageSelector.h"
#include "app/MainWindow.h"
#include "app/ServerPages.h"
#include "dialogs/ApiClientDialog.h"
#include "dialogs/ApplicationDialog.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/CsvImportWizard.h"
#include "dialogs/EnrollmentDialog.h"
#include "dialogs/FactorDialog.h"
#include "dialogs/RadiusClientDialog.h"
#include "dialogs/RemoteConfigurationDialog.h"
#include "dialogs/ServiceProviderDialog.h"
#include "dialogs/UserDialog.h"
#include "models/ApiClientModel.h"
#include "models/ApplicationModel.h"
#include "models/SoftOtpDeviceModel.h"
#include "models/UserModel.h"
#include "pages/ApiClientsPage.h"
#include "pages/ApplicationsPage.h"
#include "pages/AuditLogPage.h"
#include "pages/BlockedUsersPage.h"
#include "pages/DashboardPage.h"
#include "pages/GettingStartedChecklist.h"
#include "pages/LicensePage.h"
#include "pages/LocalUsersPage.h"
#include "pages/PlaceholderPage.h"
#include "pages/RadiusClientsPage.h"
#include "pages/SamlPage.h"
#include "pages/SecuritySettingsPage.h"
#include "pages/SoftOtpUsersPage.h"
#include "pages/SsoSessionsPage.h"
#include "userpage/UserFactorsTab.h"
#include "userpage/UserPage.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

#include <memory>

using namespace castellan::console;
using test::waitForVisibleChild;

/// The whole console against a real server: signing in puts a working page behind every sidebar entry whose
/// routes exist, the shared shortcuts act on the page shown, the session resumes from the token store at the
/// next start, and a session the server ends sends the admin back to the connect dialog.
class TestAdminConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    /// Shortcuts reach only the active window; a test that opened another window must not leave this one inactive.
    void init();

    void testSigningInInstallsThePages();
    void testSharedShortcutsActOnThePageShown();
    void testDeleteNeedsASelection();
    void testListsReloadWhenShownAgain();
    void testPagesFollowTheLanguage();
    void testSessionResumesFromTheTokenStore();
    void testEndedSessionAsksToSignInAgain();
    void testScreenshotsForDocumentation();

private:
    /// Users, clients, devices, blocks and SSO sessions, so the screenshots show pages in use.
    void addSampleData();
    void addSampleSsoSessions();
    /// Opens the main dialogs, saves each to `prefix-<name>.png` and closes it.
    void grabDialogs(const QString& prefix);
    std::unique_ptr<MainWindow> makeWindow(ConsoleSession& session, std::unique_ptr<AdminConsole>& console);

    std::unique_ptr<test::IsolatedSettings> m_settings;
    std::unique_ptr<test::ConsoleTestServer> m_server;
    std::unique_ptr<LanguageSelector> m_languages;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<AdminConsole> m_console;
    std::unique_ptr<MainWindow> m_window;
};

void TestAdminConsole::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_settings = std::make_unique<test::IsolatedSettings>();
    // The sample users sign in with their password alone (license usage in the screenshots); no profile exists.
    m_server = std::make_unique<test::ConsoleTestServer>(
        QStringList{QStringLiteral("--set"), QStringLiteral("auth.password_only_without_profile=true")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
    m_server->admin();
    m_languages = std::make_unique<LanguageSelector>();
    QVERIFY(m_languages->setPreference(QStringLiteral("en")));
    m_tokens = std::make_unique<TokenStore>(TokenStore::Backend::Memory);
    m_session = std::make_unique<ConsoleSession>(m_tokens.get());
    m_window = makeWindow(*m_session, m_console);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_server->signIn(*m_session));
}

void TestAdminConsole::cleanupTestCase()
{
    m_console.reset();
    m_window.reset();
    m_session.reset();
    m_server.reset();
}

void TestAdminConsole::init()
{
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

std::unique_ptr<MainWindow> TestAdminConsole::makeWindow(ConsoleSession& session,
                                                         std::unique_ptr<AdminConsole>& console)
{
    auto window = std::make_unique<MainWindow>(m_languages.get(), m_tokens.get());
    console = std::make_unique<AdminConsole>(window.get(), &session);
    return window;
}

void TestAdminConsole::testSigningInInstallsThePages()
{
    QVERIFY(m_window->isConnected());
    QVERIFY(qobject_cast<DashboardPage*>(m_window->pageWidget(ConsolePage::Dashboard)));
    QVERIFY(qobject_cast<ApiClientsPage*>(m_window->pageWidget(ConsolePage::ApiClients)));
    QVERIFY(qobject_cast<LocalUsersPage*>(m_window->pageWidget(ConsolePage::LocalUsers)));
    QVERIFY(qobject_cast<SoftOtpUsersPage*>(m_window->pageWidget(ConsolePage::SoftOtpUsers)));
    QVERIFY(qobject_cast<BlockedUsersPage*>(m_window->pageWidget(ConsolePage::BlockedUsers)));
    QVERIFY(qobject_cast<SsoSessionsPage*>(m_window->pageWidget(ConsolePage::SsoSessions)));
    QVERIFY(qobject_cast<SecuritySettingsPage*>(m_window->pageWidget(ConsolePage::SecuritySettings)));
    QVERIFY(qobject_cast<AuditLogPage*>(m_window->pageWidget(ConsolePage::AuditLog)));
    QVERIFY(qobject_cast<LicensePage*>(m_window->pageWidget(ConsolePage::License)));
    QVERIFY(qobject_cast<ApplicationsPage*>(m_window->pageWidget(ConsolePage::Applications)));
    QVERIFY(qobject_cast<RadiusClientsPage*>(m_window->pageWidget(ConsolePage::RadiusClients)));
    // The Dashboard comes first; only the page shown loads, the others wait until they are opened.
    auto* dashboard = qobject_cast<DashboardPage*>(m_window->pageWidget(ConsolePage::Dashboard));
    QCOMPARE(m_window->currentPage(), ConsolePage::Dashboard);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->isLoaded(), 30000);
    QVERIFY(!qobject_cast<ApiClientsPage*>(m_window->pageWidget(ConsolePage::ApiClients))->isActivated());
    QVERIFY(!qobject_cast<AuditLogPage*>(m_window->pageWidget(ConsolePage::AuditLog))->isActivated());

    // This server's OpenAPI document offers every page's route, so none is replaced by "not offered".
    const castellan::test::HttpReply document = m_server->admin().get("/api/v1/openapi.json");
    QCOMPARE(document.status, 200);
    const QJsonObject openApi = QJsonDocument::fromJson(QByteArray::fromStdString(document.body)).object();
    QVERIFY(!openApi.value(QStringLiteral("paths")).toObject().isEmpty());
    QCOMPARE(pagesMissingFrom(openApi), QList<ConsolePage>());
    QJsonObject older = openApi;
    QJsonObject paths = older.value(QStringLiteral("paths")).toObject();
    paths.remove(QStringLiteral("/admins"));
    paths.remove(QStringLiteral("/settings/mail"));
    older.insert(QStringLiteral("paths"), paths);
    QCOMPARE(pagesMissingFrom(older), (QList<ConsolePage>{ConsolePage::Administrators, ConsolePage::Delivery}));
    QCOMPARE(pagesMissingFrom(QJsonObject()), QList<ConsolePage>());
    QTest::qWait(200); // the console's own check of the document has answered by now
    for (const ConsolePage page : kConsolePages) {
        QVERIFY2(qobject_cast<ServerPage*>(m_window->pageWidget(page)), qPrintable(consolePageTitle(page)));
    }
}

void TestAdminConsole::testSharedShortcutsActOnThePageShown()
{
    m_window->showPage(ConsolePage::LocalUsers);
    auto* users = qobject_cast<LocalUsersPage*>(m_window->pageWidget(ConsolePage::LocalUsers));
    QVERIFY(users->isActivated());
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->hasLoaded() && !users->model()->isLoading(), 30000);
    QVERIFY(m_window->newAction()->isEnabled());
    QVERIFY(m_window->findAction()->isEnabled());

    // F5 fetches again: a user made elsewhere appears.
    QVERIFY(m_server->createUser(QStringLiteral("ayse.yilmaz")) > 0);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(users->model()->rowCount(), 1, 30000);

    // Ctrl+F goes to the search field.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(users->searchField()->hasFocus());

    // Ctrl+N on API Clients opens that page's dialog.
    m_window->showPage(ConsolePage::ApiClients);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    auto* dialog = waitForVisibleChild<ApiClientDialog>(m_window->pageWidget(ConsolePage::ApiClients));
    QVERIFY(dialog);
    dialog->reject();
}

void TestAdminConsole::testDeleteNeedsASelection()
{
    m_window->showPage(ConsolePage::LocalUsers);
    auto* users = qobject_cast<LocalUsersPage*>(m_window->pageWidget(ConsolePage::LocalUsers));
    users->view()->clearSelection();
    QVERIFY(!m_window->deleteAction()->isEnabled());
    users->view()->selectRow(0);
    QVERIFY(m_window->deleteAction()->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Delete);
    QVERIFY(test::answerMessageBox(users, QStringLiteral("confirmationBox"), QMessageBox::No));
    m_window->showPage(ConsolePage::SecuritySettings);
    QVERIFY(!m_window->deleteAction()->isEnabled());
    QVERIFY(!m_window->newAction()->isEnabled());
}

void TestAdminConsole::testListsReloadWhenShownAgain()
{
    m_window->showPage(ConsolePage::LocalUsers);
    auto* users = qobject_cast<LocalUsersPage*>(m_window->pageWidget(ConsolePage::LocalUsers));
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->hasLoaded() && !users->model()->isLoading(), 30000);
    auto listed = [users] {
        for (const LocalUser& user : users->model()->items()) {
            if (user.username == QStringLiteral("late.arrival")) {
                return true;
            }
        }
        return false;
    };
    QVERIFY(!listed());
    // Someone adds a user elsewhere (another console, an import); coming back to the page shows it.
    QVERIFY(m_server->createUser(QStringLiteral("late.arrival")) > 0);
    m_window->showPage(ConsolePage::ApiClients);
    m_window->showPage(ConsolePage::LocalUsers);
    QTRY_VERIFY_WITH_TIMEOUT(!users->model()->isLoading() && listed(), 30000);
}

void TestAdminConsole::testPagesFollowTheLanguage()
{
    m_window->showPage(ConsolePage::LocalUsers);
    auto* users = qobject_cast<LocalUsersPage*>(m_window->pageWidget(ConsolePage::LocalUsers));
    QVERIFY(m_languages->setPreference(QStringLiteral("tr")));
    QTRY_COMPARE(users->action(QStringLiteral("new"))->text(), QStringLiteral("Yeni Kullanıcı…"));
    QCOMPARE(users->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Yerel Kullanıcılar"));
    QCOMPARE(users->model()->headerData(UserModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Durum"));
    QCOMPARE(users->searchField()->placeholderText(), QStringLiteral("Ara…"));
    QCOMPARE(m_window->statusBar()->findChild<QLabel*>(QStringLiteral("connectionLabel"))->text(),
             QStringLiteral("Bağlı"));
    QVERIFY(m_languages->setPreference(QStringLiteral("en")));
    QTRY_COMPARE(users->action(QStringLiteral("new"))->text(), QStringLiteral("New User…"));
}

void TestAdminConsole::testSessionResumesFromTheTokenStore()
{
    // A second console with the same token store, as after a restart with a keychain.
    ConsoleSession resumed(m_tokens.get());
    std::unique_ptr<AdminConsole> console;
    const auto window = makeWindow(resumed, console);
    QSignalSpy finished(&resumed, &ConsoleSession::restoreFinished);
    console->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(window->isConnected());
    QCOMPARE(window->statusBar()->findChild<QLabel*>(QStringLiteral("adminLabel"))->text(),
             QStringLiteral("Admin: admin"));
    QVERIFY(!console->connectDialog());
}

void TestAdminConsole::testEndedSessionAsksToSignInAgain()
{
    // Another console's logout revokes this session's tokens on the server; the next call finds out.
    m_session->client()->setTokens({QStringLiteral("cst_revoked"), QStringLiteral("crt_revoked")});
    m_window->showPage(ConsolePage::LocalUsers);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isSignedIn(), 30000);
    QVERIFY(test::answerMessageBox(m_window.get(), QStringLiteral("informationBox"), QMessageBox::Ok));
    QTRY_VERIFY(m_console->connectDialog());
    QVERIFY(!m_window->isConnected());
    QVERIFY(qobject_cast<PlaceholderPage*>(m_window->pageWidget(ConsolePage::LocalUsers)));
    m_console->connectDialog()->reject();
}

void TestAdminConsole::addSampleData()
{
    castellan::test::AdminSession& admin = m_server->admin();
    const QStringList people{QStringLiteral("bora.sahin"), QStringLiteral("cem.aydin"), QStringLiteral("deniz.kaya"),
                             QStringLiteral("elif.demir"), QStringLiteral("mert.ozturk")};
    for (const QString& username : people) {
        const qint64 id = m_server->createUser(username);
        admin.send("POST", "/api/v1/users/" + std::to_string(id) + "/enrollments", "{}");
    }
    admin.send(
        "POST", "/api/v1/users/bulk/expiration",
        castellan::test::json(
            {{"ids", "=[2,3]"}, {"expires_at", QDate::currentDate().addDays(5).toString(Qt::ISODate).toStdString()}}));
    admin.send("PATCH", "/api/v1/users/4", castellan::test::json({{"enabled", "false"}}));
    admin.send(
        "POST", "/api/v1/blocks",
        castellan::test::json({{"username", "mert.ozturk"}, {"reason", "Lost laptop"}, {"duration_seconds", "=7200"}}));
    admin.send("POST", "/api/v1/blocks", castellan::test::json({{"username", "intruder"}, {"reason", "Reported"}}));
    const std::string agent = admin.createClientToken("agent", "VPN gateway");
    admin.createClientToken("user", "Intranet portal");
    for (const char* username : {"bora.sahin", "cem.aydin", "deniz.kaya"}) { // counted in the license month
        admin.client().send("POST", "/api/v1/auth/validate",
                            castellan::test::json({{"username", username}, {"password", "Correct-Horse-77"}}),
                            "application/json", {{"Authorization", "Bearer " + agent}});
    }
    addSampleSsoSessions();
    const auto vpn =
        admin.send("POST", "/api/v1/applications",
                   R"({"name":"VPN","type":"radius","allowed_factors":["totp","push"],)"
                   R"("appended_otp_length":6,"reply_attributes":[{"attribute":"Filter-Id","value":"vpn"}]})");
    for (const auto& [name, source] :
         {std::pair{"Head office firewall", "192.0.2.10"}, std::pair{"Branch Wi-Fi", "10.20.0.0/16"}}) {
        admin.send(
            "POST", "/api/v1/radius-clients",
            castellan::test::json({{"name", name},
                                   {"source", source},
                                   {"secret", "sample-shared-secret-0123456789"},
                                   {"application_id", "=" + std::to_string(vpn.json()->getValue<qint64>("id"))}}));
    }
}

void TestAdminConsole::addSampleSsoSessions()
{
    castellan::test::AdminSession& admin = m_server->admin();
    admin.send("POST", "/api/v1/applications",
               "{\"name\":\"Portal\",\"type\":\"registration\",\"allowed_factors\":[],"
               "\"second_factor_required\":false}");
    std::vector<std::string> providers;
    for (const char* entityId : {"https://crm.example.com/saml", "https://wiki.example.com/saml"}) {
        const std::string metadata =
            std::string("<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"") +
            entityId +
            "\"><md:SPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
            "<md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Location=\"" +
            entityId + "/acs\" index=\"0\"/></md:SPSSODescriptor></md:EntityDescriptor>";
        const auto created =
            admin.send("POST", "/api/v1/service-providers", castellan::test::json({{"metadata", metadata}}));
        const std::string id = std::to_string(created.json()->getValue<qint64>("id"));
        admin.send("PATCH", "/api/v1/service-providers/" + id, "{\"idp_initiated\":true}");
        providers.push_back(id);
    }
    for (const char* username : {"bora.sahin", "cem.aydin"}) {
        castellan::test::PortalBrowser browser(m_server->process().httpsPort());
        for (const std::string& sp : providers) {
            browser.signInToServiceProvider(sp, username, "Correct-Horse-77");
        }
    }
}

void TestAdminConsole::grabDialogs(const QString& prefix)
{
    const auto grab = [&prefix](QDialog* dialog, const QString& name) {
        QVERIFY(dialog);
        QTest::qWait(600);
        QVERIFY(dialog->grab().save(prefix + QLatin1Char('-') + name + QStringLiteral(".png")));
        dialog->reject();
    };
    m_window->showPage(ConsolePage::LocalUsers);
    auto* users = qobject_cast<LocalUsersPage*>(m_window->pageWidget(ConsolePage::LocalUsers));
    users->createItem();
    grab(waitForVisibleChild<UserDialog>(users), QStringLiteral("user"));
    users->view()->selectRow(0);
    users->enrollSelected();
    grab(waitForVisibleChild<EnrollmentDialog>(users), QStringLiteral("enrollment"));
    // The user's page, on each of its tabs, and the HOTP hardware token import.
    users->openSelected();
    auto* userPage = waitForVisibleChild<UserPage>(users);
    QVERIFY(userPage);
    QTRY_VERIFY_WITH_TIMEOUT(userPage->isLoaded(), 30000);
    for (int tab = 0; tab < userPage->tabs()->count(); ++tab) {
        userPage->tabs()->setCurrentIndex(tab);
        QTest::qWait(600);
        QVERIFY(userPage->grab().save(prefix + QStringLiteral("-user-page-%1.png").arg(tab)));
    }
    userPage->factorsTab()->addFactor(QStringLiteral("hotp"));
    grab(waitForVisibleChild<FactorDialog>(userPage), QStringLiteral("hardware-token"));
    userPage->close();
    users->importHotpTokens();
    grab(waitForVisibleChild<CsvImportWizard>(users, QStringLiteral("hotpImportWizard")),
         QStringLiteral("hotp-import"));
    m_window->showPage(ConsolePage::Applications);
    auto* applications = qobject_cast<ApplicationsPage*>(m_window->pageWidget(ConsolePage::Applications));
    QTRY_VERIFY_WITH_TIMEOUT(applications->model()->rowCount() > 0, 30000);
    for (int row = 0; row < applications->model()->rowCount(); ++row) {
        if (applications->model()->itemAt(row).type == QStringLiteral("radius")) {
            applications->view()->selectRow(row); // the dialog with the RADIUS fields
        }
    }
    applications->editSelected();
    grab(waitForVisibleChild<ApplicationDialog>(applications), QStringLiteral("application"));
    m_window->showPage(ConsolePage::RadiusClients);
    auto* radiusClients = qobject_cast<RadiusClientsPage*>(m_window->pageWidget(ConsolePage::RadiusClients));
    radiusClients->createItem();
    auto* radiusDialog = waitForVisibleChild<RadiusClientDialog>(radiusClients);
    QVERIFY(radiusDialog);
    radiusDialog->generateButton()->click();
    grab(radiusDialog, QStringLiteral("radius-client"));
    m_window->showPage(ConsolePage::Saml);
    auto* saml = qobject_cast<SamlPage*>(m_window->pageWidget(ConsolePage::Saml));
    saml->createItem();
    grab(waitForVisibleChild<ServiceProviderDialog>(saml), QStringLiteral("service-provider"));
    m_window->showPage(ConsolePage::SoftOtpUsers);
    auto* devices = qobject_cast<SoftOtpUsersPage*>(m_window->pageWidget(ConsolePage::SoftOtpUsers));
    QTRY_VERIFY_WITH_TIMEOUT(devices->model()->rowCount() > 1, 30000);
    devices->view()->selectAll();
    devices->configureSelected();
    grab(waitForVisibleChild<RemoteConfigurationDialog>(devices), QStringLiteral("remote-configuration"));
}

void TestAdminConsole::testScreenshotsForDocumentation()
{
    // Opt-in, under a real X server: tests/gui/render-screenshots.sh
    const QString directory = qEnvironmentVariable("CASTELLAN_SCREENSHOT_DIR");
    if (directory.isEmpty()) {
        QSKIP("set CASTELLAN_SCREENSHOT_DIR to write screenshots");
    }
    QVERIFY(QDir().mkpath(directory));
    if (!m_session->isSignedIn()) {
        QVERIFY(m_server->signIn(*m_session));
    }
    m_window->resize(1280, 760);
    // Before the sample data the server is not set up: the Dashboard shows the getting-started checklist. With the
    // data, the loop below shows its figures (it is the first page).
    m_window->showPage(ConsolePage::Dashboard);
    auto* dashboard = qobject_cast<DashboardPage*>(m_window->pageWidget(ConsolePage::Dashboard));
    QVERIFY(dashboard);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("tr")}) {
        QVERIFY(m_languages->setPreference(language));
        dashboard->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->isLoaded() && !dashboard->isLoading(), 30000);
        QVERIFY(dashboard->checklist()->isVisible());
        QTest::qWait(300); // layout only
        QVERIFY(
            m_window->grab().save(QStringLiteral("%1/console-%2-dashboard-checklist.png").arg(directory, language)));
    }
    addSampleData();
    dashboard->refresh(); // it is the page shown, so the loop's showPage() alone would not load it again
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isLoading(), 30000);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("tr")}) {
        QVERIFY(m_languages->setPreference(language));
        for (const ConsolePage page : kConsolePages) {
            m_window->showPage(page);
            QTest::qWait(600); // let the page load and lay out; screenshots only
            const QString name = QStringLiteral("%1/console-%2-%3-%4.png")
                                     .arg(directory, language)
                                     .arg(int(page))
                                     .arg(QFileInfo(consolePageIconPath(page)).baseName());
            QVERIFY(m_window->grab().save(name));
        }
        grabDialogs(directory + QStringLiteral("/dialog-") + language);
    }
    QVERIFY(m_languages->setPreference(QStringLiteral("en")));
}

QTEST_MAIN(TestAdminConsole)
#include "TestAdminConsole.moc"
