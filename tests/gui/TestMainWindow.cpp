#include "IsolatedSettings.h"

#include "api/TokenStore.h"
#include "app/LanguageSelector.h"
#include "app/MainWindow.h"
#include "pages/PlaceholderPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace castellan::console;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testWindowShowsAtTheDefaultSize();
    void testSidebarListsThePagesInOrderWithTheConfigurationGroup();
    void testSelectingAnEntrySwitchesThePage();
    void testEveryPageIsAPlaceholderUntilItsServerSideExists();
    void testPlaceholderConnectButtonAsksToConnect();
    void testConnectWithoutAConnectionDialogSaysSo();
    void testStatusBarSaysNotConnected();
    void testConnectedSessionShowsInStatusBar();
    void testMemoryOnlyTokensAreAnnouncedInStatusBar();
    void testSharedPageShortcutsAreDeclared();
    void testGeometryRoundTripsThroughSettings();
    void testLastPageIsRemembered();
    void testReplacedPageKeepsItsPlaceInTheStack();
    void testScreenshotsForDocumentation();

private:
    std::unique_ptr<MainWindow> makeWindow();
    static QLabel* statusLabel(const MainWindow& window, const char* name);

    std::unique_ptr<test::IsolatedSettings> m_settings;
    std::unique_ptr<LanguageSelector> m_languages;
    std::unique_ptr<TokenStore> m_tokens;
};

void TestMainWindow::initTestCase()
{
    m_settings = std::make_unique<test::IsolatedSettings>();
    QVERIFY(m_settings->isValid());
    m_languages = std::make_unique<LanguageSelector>();
    m_tokens = std::make_unique<TokenStore>(TokenStore::Backend::Memory);
}

void TestMainWindow::init()
{
    test::IsolatedSettings::clear();
    // The texts below are English; the machine's locale must not decide that.
    QVERIFY(m_languages->setPreference(QStringLiteral("en")));
}

void TestMainWindow::cleanup()
{
    test::IsolatedSettings::clear();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    return std::make_unique<MainWindow>(m_languages.get(), m_tokens.get());
}

QLabel* TestMainWindow::statusLabel(const MainWindow& window, const char* name)
{
    return window.statusBar()->findChild<QLabel*>(QString::fromLatin1(name));
}

void TestMainWindow::testWindowShowsAtTheDefaultSize()
{
    const auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    QCOMPARE(window->windowTitle(), QStringLiteral("Castellan Console"));
    // The offscreen screen is 800x800; on it the default size is clamped to what the screen offers.
    const QSize available = window->screen()->availableGeometry().size();
    QCOMPARE(window->size(), MainWindow::kDefaultSize.boundedTo(available));
    const auto* sidebar = window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QVERIFY(sidebar->isVisible());
    QCOMPARE(sidebar->width(), MainWindow::kSidebarWidth);
}

void TestMainWindow::testSidebarListsThePagesInOrderWithTheConfigurationGroup()
{
    const auto window = makeWindow();
    const auto* sidebar = window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    const auto* stack = window->findChild<QStackedWidget*>(QStringLiteral("pageStack"));
    QVERIFY(sidebar && stack);

    const QStringList expected{
        QStringLiteral("Dashboard"),         QStringLiteral("API Clients"),
        QStringLiteral("Local Users"),       QStringLiteral("SoftOTP Users"),
        QStringLiteral("Blocked Users"),     QStringLiteral("SSO Sessions"),
        QStringLiteral("Security Settings"), QStringLiteral("License"),
        QStringLiteral("Audit Log"),         QStringLiteral("Configuration"),
        QStringLiteral("Applications"),      QStringLiteral("RADIUS Clients"),
        QStringLiteral("Directories"),       QStringLiteral("Administrators"),
        QStringLiteral("Mail and SMS"),      QStringLiteral("SAML"),
    };
    QStringList actual;
    for (int row = 0; row < sidebar->count(); ++row) {
        actual << sidebar->item(row)->text();
    }
    QCOMPARE(actual, expected);
    QCOMPARE(stack->count(), expected.size() - 1); // the group heading is no page
    QVERIFY(sidebar->item(9)->flags() == Qt::NoItemFlags);

    // A page after the heading shows its own widget.
    window->showPage(ConsolePage::RadiusClients);
    QCOMPARE(sidebar->currentRow(), 11);
    QCOMPARE(window->currentPage(), ConsolePage::RadiusClients);
    QCOMPARE(stack->currentWidget(), window->pageWidget(ConsolePage::RadiusClients));
}

void TestMainWindow::testSelectingAnEntrySwitchesThePage()
{
    const auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* sidebar = window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    const auto* stack = window->findChild<QStackedWidget*>(QStringLiteral("pageStack"));
    QCOMPARE(window->currentPage(), ConsolePage::Dashboard); // the first page

    // A real click, as the admin would do it.
    const QRect blockedRow = sidebar->visualItemRect(sidebar->item(4));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, blockedRow.center());
    QCOMPARE(window->currentPage(), ConsolePage::BlockedUsers);
    QCOMPARE(stack->currentWidget(), window->pageWidget(ConsolePage::BlockedUsers));

    sidebar->setCurrentRow(8);
    QCOMPARE(window->currentPage(), ConsolePage::AuditLog);
    QCOMPARE(qobject_cast<PlaceholderPage*>(stack->currentWidget())->page(), ConsolePage::AuditLog);

    window->showPage(ConsolePage::SecuritySettings);
    QCOMPARE(sidebar->currentRow(), 6);
    QCOMPARE(stack->currentIndex(), 6);
}

void TestMainWindow::testEveryPageIsAPlaceholderUntilItsServerSideExists()
{
    const auto window = makeWindow();
    for (const ConsolePage page : kConsolePages) {
        const auto* placeholder = qobject_cast<PlaceholderPage*>(window->pageWidget(page));
        QVERIFY(placeholder);
        QCOMPARE(placeholder->page(), page);
        QCOMPARE(placeholder->findChild<QLabel*>(QStringLiteral("titleLabel"))->text(), consolePageTitle(page));
        QCOMPARE(placeholder->findChild<QLabel*>(QStringLiteral("messageLabel"))->text(),
                 QStringLiteral("This page needs a connection to a Castellan server."));
    }
}

void TestMainWindow::testPlaceholderConnectButtonAsksToConnect()
{
    const auto window = makeWindow();
    QSignalSpy connectSpy(window.get(), &MainWindow::connectRequested);
    auto* button =
        window->pageWidget(ConsolePage::License)->findChild<QAbstractButton*>(QStringLiteral("connectButton"));
    QVERIFY(button);
    button->click();
    QCOMPARE(connectSpy.count(), 1);
}

void TestMainWindow::testConnectWithoutAConnectionDialogSaysSo()
{
    const auto window = makeWindow();
    auto* connectAction = window->findChild<QAction*>(QStringLiteral("connectAction"));
    QVERIFY(connectAction);
    QCOMPARE(connectAction->text(), QStringLiteral("&Connect…"));
    connectAction->trigger();
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("The connection dialog is not available yet."));
}

void TestMainWindow::testStatusBarSaysNotConnected()
{
    const auto window = makeWindow();
    QCOMPARE(statusLabel(*window, "connectionLabel")->text(), QStringLiteral("Not connected"));
    QCOMPARE(statusLabel(*window, "serverLabel")->text(), QStringLiteral("No server"));
    QCOMPARE(statusLabel(*window, "adminLabel")->text(), QStringLiteral("Not signed in"));
    QVERIFY(!window->isConnected());
    QVERIFY(!window->refreshAction()->isEnabled());
}

void TestMainWindow::testConnectedSessionShowsInStatusBar()
{
    const auto window = makeWindow();
    window->showConnected(QStringLiteral("mfa.example.com:8443"), QStringLiteral("admin"));
    QCOMPARE(statusLabel(*window, "connectionLabel")->text(), QStringLiteral("Connected"));
    QCOMPARE(statusLabel(*window, "serverLabel")->text(), QStringLiteral("Server: mfa.example.com:8443"));
    QCOMPARE(statusLabel(*window, "adminLabel")->text(), QStringLiteral("Admin: admin"));
    QVERIFY(window->refreshAction()->isEnabled());

    window->showDisconnected();
    QCOMPARE(statusLabel(*window, "connectionLabel")->text(), QStringLiteral("Not connected"));
    QVERIFY(!window->refreshAction()->isEnabled());
}

void TestMainWindow::testMemoryOnlyTokensAreAnnouncedInStatusBar()
{
    const auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QLabel* notice = statusLabel(*window, "tokenNoticeLabel");
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("Token kept in memory only (no keychain)"));
}

void TestMainWindow::testSharedPageShortcutsAreDeclared()
{
    const auto window = makeWindow();
    QCOMPARE(window->newAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(window->deleteAction()->shortcut(), QKeySequence(Qt::Key_Delete));
    QCOMPARE(window->refreshAction()->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(window->findAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
    // Actions without a menu only fire when the window carries them.
    for (QAction* action : {window->newAction(), window->deleteAction(), window->findAction()}) {
        QVERIFY(window->actions().contains(action));
    }

    // A page that enables an action gets its shortcut (window shortcuts need the active window).
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    window->newAction()->setEnabled(true);
    QSignalSpy newSpy(window->newAction(), &QAction::triggered);
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(newSpy.count(), 1);
}

void TestMainWindow::testGeometryRoundTripsThroughSettings()
{
    const QSize chosenSize(900, 620);
    {
        const auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->resize(chosenSize);
        auto* splitter = window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        splitter->setSizes({260, chosenSize.width() - 260});
        window->close(); // saves, as quitting does
    }
    const auto restored = makeWindow();
    QCOMPARE(restored->size(), chosenSize);
    restored->show();
    QVERIFY(QTest::qWaitForWindowExposed(restored.get()));
    QCOMPARE(restored->findChild<QListWidget*>(QStringLiteral("sidebar"))->width(), 260);
}

void TestMainWindow::testLastPageIsRemembered()
{
    {
        const auto window = makeWindow();
        window->showPage(ConsolePage::License);
        window->saveWindowSettings();
    }
    const auto restored = makeWindow();
    QCOMPARE(restored->currentPage(), ConsolePage::License);

    // Remembered by a name that stays when pages are added before it, not by its place in the sidebar.
    QSet<QString> keys;
    for (const ConsolePage page : kConsolePages) {
        const QString key = consolePageKey(page);
        QVERIFY(!key.isEmpty());
        keys.insert(key);
        QVERIFY(consolePageFromKey(key) == page);
    }
    QCOMPARE(keys.size(), qsizetype(kConsolePages.size()));
    QCOMPARE(consolePageKey(ConsolePage::License), QStringLiteral("license"));
    QVERIFY(!consolePageFromKey(QStringLiteral("7")));
}

void TestMainWindow::testReplacedPageKeepsItsPlaceInTheStack()
{
    const auto window = makeWindow();
    window->showPage(ConsolePage::LocalUsers);
    auto* page = new QWidget;
    window->setPageWidget(ConsolePage::LocalUsers, page);
    QCOMPARE(window->pageWidget(ConsolePage::LocalUsers), page);
    QCOMPARE(window->currentPage(), ConsolePage::LocalUsers);
    QVERIFY(qobject_cast<PlaceholderPage*>(window->pageWidget(ConsolePage::SoftOtpUsers)));
    QCOMPARE(window->findChild<QStackedWidget*>(QStringLiteral("pageStack"))->count(),
             static_cast<int>(kConsolePages.size()));
}

void TestMainWindow::testScreenshotsForDocumentation()
{
    // Opt-in, under a real X server: CASTELLAN_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=xcb
    // xvfb-run -a -s "-screen 0 1600x1000x24" bin/TestMainWindow testScreenshotsForDocumentation
    const QString directory = qEnvironmentVariable("CASTELLAN_SCREENSHOT_DIR");
    if (directory.isEmpty()) {
        QSKIP("set CASTELLAN_SCREENSHOT_DIR to write screenshots");
    }
    QVERIFY(QDir().mkpath(directory));
    const auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->showPage(ConsolePage::LocalUsers);
    QVERIFY(window->grab().save(directory + QStringLiteral("/console-en.png")));

    QVERIFY(m_languages->setPreference(QStringLiteral("tr")));
    QTRY_COMPARE(window->windowTitle(), QStringLiteral("Castellan Konsolu"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // longer texts, wider labels
    QVERIFY(window->grab().save(directory + QStringLiteral("/console-tr.png")));
    QVERIFY(m_languages->setPreference(QStringLiteral("en")));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
