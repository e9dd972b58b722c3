#include "app/MainWindow.h"

#include "api/TokenStore.h"
#include "app/LanguageSelector.h"
#include "app/PageActions.h"
#include "pages/PlaceholderPage.h"
#include "pages/ServerPage.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaMethod>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

#include <optional>

namespace castellan::console {

namespace {

const QString kGeometryKey = QStringLiteral("MainWindow/geometry");
const QString kStateKey = QStringLiteral("MainWindow/state");
const QString kSplitterKey = QStringLiteral("MainWindow/splitter");
const QString kPageKey = QStringLiteral("MainWindow/currentPage"); // a consolePageKey()

constexpr int kSidebarMinimumWidth = 160;
constexpr int kSidebarIconSize = 20;
constexpr int kSidebarRowHeight = 34;
constexpr int kStatusMessageMs = 5000;
constexpr int kStatusLabelMargin = 8;
constexpr int kBusyIndicatorWidth = 80;
constexpr int kBusyIndicatorHeight = 12;

int pageIndex(ConsolePage page)
{
    return static_cast<int>(page);
}

/// Sidebar rows carry their page's stack index; a group heading carries this instead.
constexpr int kHeadingRow = -1;
constexpr int kGroupRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(LanguageSelector* languages, TokenStore* tokens, QWidget* parent)
    : QMainWindow(parent), m_languages(languages), m_tokens(tokens)
{
    Q_ASSERT(languages && tokens);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/castellan.svg")));

    createActions();
    createMenus();
    createCentralArea();
    createStatusBar();

    connect(m_languages, &LanguageSelector::languageChanged, this, &MainWindow::updateLanguageChecks);
    connect(m_tokens, &TokenStore::persistenceChanged, this, &MainWindow::updateTokenNotice);

    retranslateUi();
    updateTokenNotice();
    updateLanguageChecks();
    restoreWindowSettings();
}

MainWindow::~MainWindow()
{
    // Pages cancel their calls as they go, and the session's client tells the window it is idle: that must
    // reach a whole window, not one half destroyed.
    while (m_stack->count() > 0) {
        QWidget* page = m_stack->widget(0);
        m_stack->removeWidget(page);
        delete page;
    }
}

void MainWindow::createActions()
{
    m_connectAction = new QAction(this);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::requestConnection);

    m_logOutAction = new QAction(this);
    m_logOutAction->setObjectName(QStringLiteral("logOutAction"));
    connect(m_logOutAction, &QAction::triggered, this, &MainWindow::logOutRequested);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(Qt::CTRL | Qt::Key_Q);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_pageActions = new PageActions(this);

    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = m_languageGroup->addAction(QString());
    m_systemLanguageAction->setData(QString::fromLatin1(LanguageSelector::kSystemPreference));
    // Languages are listed by their own names, which no translation changes.
    m_languageGroup->addAction(QStringLiteral("English"))->setData(QStringLiteral("en"));
    m_languageGroup->addAction(QStringLiteral("Türkçe"))->setData(QStringLiteral("tr"));
    for (QAction* action : m_languageGroup->actions()) {
        action->setCheckable(true);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction* action) { m_languages->setPreference(action->data().toString()); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_connectAction);
    m_fileMenu->addAction(m_logOutAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_pageActions->refreshAction());
    m_viewMenu->addAction(m_pageActions->findAction());

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createCentralArea()
{
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(kSidebarIconSize, kSidebarIconSize));
    m_sidebar->setMinimumWidth(kSidebarMinimumWidth);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget#sidebar { padding: 6px; }"));

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("pageStack"));

    std::optional<ConsolePageGroup> group;
    for (const ConsolePage page : kConsolePages) {
        if (group && consolePageGroup(page) != *group) {
            // A heading row: not selectable, skipped by the keyboard, bold.
            auto* heading = new QListWidgetItem(m_sidebar);
            heading->setData(Qt::UserRole, kHeadingRow);
            heading->setData(kGroupRole, static_cast<int>(consolePageGroup(page)));
            heading->setFlags(Qt::NoItemFlags);
            QFont font = heading->font();
            font.setBold(true);
            heading->setFont(font);
            heading->setSizeHint(QSize(0, kSidebarRowHeight));
        }
        group = consolePageGroup(page);
        auto* item = new QListWidgetItem(QIcon(consolePageIconPath(page)), QString(), m_sidebar);
        item->setData(Qt::UserRole, pageIndex(page));
        item->setSizeHint(QSize(0, kSidebarRowHeight));

        auto* placeholder = new PlaceholderPage(page);
        connect(placeholder, &PlaceholderPage::connectRequested, m_connectAction, &QAction::trigger);
        m_stack->addWidget(placeholder);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem* item = m_sidebar->item(row); item && item->data(Qt::UserRole).toInt() != kHeadingRow) {
            m_stack->setCurrentIndex(item->data(Qt::UserRole).toInt());
        }
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::onPageChanged);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({kSidebarWidth, kDefaultSize.width() - kSidebarWidth});
    setCentralWidget(m_splitter);

    m_sidebar->setCurrentRow(0);
}

void MainWindow::createStatusBar()
{
    m_serverLabel = new QLabel;
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_adminLabel = new QLabel;
    m_adminLabel->setObjectName(QStringLiteral("adminLabel"));
    m_connectionLabel = new QLabel;
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_tokenNoticeLabel = new QLabel;
    m_tokenNoticeLabel->setObjectName(QStringLiteral("tokenNoticeLabel"));
    m_busyIndicator = new QProgressBar;
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setFixedSize(kBusyIndicatorWidth, kBusyIndicatorHeight);
    m_busyIndicator->hide();

    // Gaps keep "No server  Not signed in  Not connected" from reading as one sentence.
    for (QLabel* label : {m_tokenNoticeLabel, m_serverLabel, m_adminLabel, m_connectionLabel}) {
        label->setContentsMargins(kStatusLabelMargin, 0, kStatusLabelMargin, 0);
    }
    statusBar()->addPermanentWidget(m_busyIndicator);
    statusBar()->addPermanentWidget(m_tokenNoticeLabel);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_adminLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Castellan Console"));

    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));

    m_connectAction->setText(tr("&Connect…"));
    m_logOutAction->setText(tr("&Log Out"));
    m_quitAction->setText(tr("&Quit"));
    m_pageActions->retranslate();
    m_systemLanguageAction->setText(tr("&System Default"));
    m_aboutAction->setText(tr("&About Castellan Console"));

    for (int row = 0; row < m_sidebar->count(); ++row) {
        QListWidgetItem* item = m_sidebar->item(row);
        const int page = item->data(Qt::UserRole).toInt();
        item->setText(page == kHeadingRow
                          ? consolePageGroupTitle(static_cast<ConsolePageGroup>(item->data(kGroupRole).toInt()))
                          : consolePageTitle(static_cast<ConsolePage>(page)));
    }

    m_tokenNoticeLabel->setText(tr("Token kept in memory only (no keychain)"));
    m_tokenNoticeLabel->setToolTip(
        tr("No system keychain is available, so you will have to sign in again after restarting the console."));
    updateSessionWidgets();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowSettings();
    event->accept();
}

QAction* MainWindow::newAction() const
{
    return m_pageActions->newAction();
}

QAction* MainWindow::deleteAction() const
{
    return m_pageActions->deleteAction();
}

QAction* MainWindow::refreshAction() const
{
    return m_pageActions->refreshAction();
}

QAction* MainWindow::findAction() const
{
    return m_pageActions->findAction();
}

ConsolePage MainWindow::currentPage() const
{
    return static_cast<ConsolePage>(m_stack->currentIndex());
}

void MainWindow::showPage(ConsolePage page)
{
    m_sidebar->setCurrentRow(sidebarRow(page));
}

int MainWindow::sidebarRow(ConsolePage page) const
{
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(Qt::UserRole).toInt() == pageIndex(page)) {
            return row;
        }
    }
    return 0;
}

QWidget* MainWindow::pageWidget(ConsolePage page) const
{
    return m_stack->widget(pageIndex(page));
}

void MainWindow::setPageWidget(ConsolePage page, QWidget* widget)
{
    const int index = pageIndex(page);
    const bool wasCurrent = m_stack->currentIndex() == index;
    QWidget* old = m_stack->widget(index);
    m_stack->blockSignals(true); // the page in between is not "shown"
    m_stack->insertWidget(index, widget);
    m_stack->removeWidget(old);
    m_stack->blockSignals(false);
    old->deleteLater();
    watchPage(widget);
    if (wasCurrent) {
        m_stack->setCurrentIndex(index);
        onPageChanged(index);
    }
}

void MainWindow::showPlaceholders()
{
    for (const ConsolePage page : kConsolePages) {
        if (qobject_cast<PlaceholderPage*>(pageWidget(page))) {
            continue;
        }
        auto* placeholder = new PlaceholderPage(page);
        connect(placeholder, &PlaceholderPage::connectRequested, m_connectAction, &QAction::trigger);
        setPageWidget(page, placeholder);
    }
}

void MainWindow::watchPage(QWidget* widget)
{
    if (auto* page = qobject_cast<ServerPage*>(widget)) {
        connect(page, &ServerPage::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
        connect(page, &ServerPage::pageRequested, this, &MainWindow::showPage);
    }
}

ServerPage* MainWindow::currentServerPage() const
{
    return qobject_cast<ServerPage*>(m_stack->currentWidget());
}

void MainWindow::onPageChanged(int)
{
    if (ServerPage* page = currentServerPage(); page && m_connected) {
        page->activate();
    }
    m_pageActions->setPage(currentServerPage());
}

void MainWindow::showConnected(const QString& server, const QString& admin)
{
    m_connected = true;
    m_reachable = true;
    m_server = server;
    m_admin = admin;
    updateSessionWidgets();
    onPageChanged(m_stack->currentIndex());
}

void MainWindow::showDisconnected()
{
    m_connected = false;
    m_server.clear();
    m_admin.clear();
    setBusy(false);
    updateSessionWidgets();
}

void MainWindow::setReachable(bool reachable)
{
    m_reachable = reachable;
    updateSessionWidgets();
}

void MainWindow::setBusy(bool busy)
{
    m_busyIndicator->setVisible(busy);
}

void MainWindow::updateSessionWidgets()
{
    m_serverLabel->setText(m_connected ? tr("Server: %1").arg(m_server) : tr("No server"));
    m_adminLabel->setText(m_connected ? tr("Admin: %1").arg(m_admin) : tr("Not signed in"));
    if (!m_connected) {
        m_connectionLabel->setText(tr("Not connected"));
    } else {
        m_connectionLabel->setText(m_reachable ? tr("Connected") : tr("Connection lost"));
    }
    m_connectionLabel->setStyleSheet(m_connected && !m_reachable ? QStringLiteral("color: #b3261e;") : QString());
    m_logOutAction->setEnabled(m_connected);
    m_pageActions->setConnected(m_connected);
}

void MainWindow::updateTokenNotice()
{
    m_tokenNoticeLabel->setVisible(!m_tokens->isPersistent());
}

void MainWindow::updateLanguageChecks()
{
    const QString preference = m_languages->preference();
    for (QAction* action : m_languageGroup->actions()) {
        action->setChecked(action->data().toString() == preference);
    }
}

void MainWindow::requestConnection()
{
    // Until the connection dialog exists nothing listens; say so rather than do nothing.
    if (isSignalConnected(QMetaMethod::fromSignal(&MainWindow::connectRequested))) {
        emit connectRequested();
        return;
    }
    statusBar()->showMessage(tr("The connection dialog is not available yet."), kStatusMessageMs);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Castellan Console"),
                       tr("<h3>Castellan Console %1</h3><p>Administration console for the Castellan MFA server.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::saveWindowSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kPageKey, consolePageKey(currentPage()));
}

void MainWindow::restoreWindowSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(kDefaultSize.boundedTo(screen()->availableGeometry().size()));
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    if (const auto page = consolePageFromKey(settings.value(kPageKey).toString())) {
        m_sidebar->setCurrentRow(sidebarRow(*page));
    }
}

} // namespace castellan::console
