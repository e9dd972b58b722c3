#pragma once

#include "pages/ConsolePage.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;

namespace castellan::console {

class LanguageSelector;
class PageActions;
class ServerPage;
class TokenStore;

/// The console's window: a sidebar listing the pages (ConsolePage order), the pages in a stack,
/// menus, and a status bar with the server, the signed-in admin and the connection state.
///
/// The window also owns the shortcuts every page shares (new, delete, refresh, find); pages connect
/// to newAction() etc. and enable them while they can act on them. Geometry, window state, splitter
/// and last page are remembered in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr QSize kDefaultSize{1100, 700};
    static constexpr int kSidebarWidth = 200;

    /// Neither languages nor tokens is owned; both must outlive the window.
    MainWindow(LanguageSelector* languages, TokenStore* tokens, QWidget* parent = nullptr);
    ~MainWindow() override;

    ConsolePage currentPage() const;
    void showPage(ConsolePage page);
    QWidget* pageWidget(ConsolePage page) const;
    /// Replaces a page's widget (the placeholder, until its page exists); the window takes ownership.
    void setPageWidget(ConsolePage page, QWidget* widget);

    QAction* newAction() const;
    QAction* deleteAction() const;
    QAction* refreshAction() const;
    QAction* findAction() const;

    /// Puts the placeholders back on every page (after signing out).
    void showPlaceholders();

    /// Shows a signed-in session in the status bar and enables what needs a connection.
    void showConnected(const QString& server, const QString& admin);
    void showDisconnected();
    bool isConnected() const { return m_connected; }
    /// Whether the server answered the last call ("Connected") or not ("Connection lost").
    void setReachable(bool reachable);
    /// Shows the busy indicator while calls are under way.
    void setBusy(bool busy);

    void saveWindowSettings() const;

signals:
    void connectRequested();
    void logOutRequested();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createStatusBar();
    void retranslateUi();
    void restoreWindowSettings();
    void updateSessionWidgets();
    void updateTokenNotice();
    void updateLanguageChecks();
    void requestConnection();
    void showAbout();
    void onPageChanged(int index);
    /// The sidebar row of a page (group headings take rows too).
    int sidebarRow(ConsolePage page) const;
    void watchPage(QWidget* widget);
    ServerPage* currentServerPage() const;

    LanguageSelector* m_languages;
    TokenStore* m_tokens;
    bool m_connected = false;
    bool m_reachable = true;
    QString m_server;
    QString m_admin;

    QSplitter* m_splitter = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;

    QLabel* m_serverLabel = nullptr;
    QLabel* m_adminLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_tokenNoticeLabel = nullptr;
    QProgressBar* m_busyIndicator = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;

    QAction* m_connectAction = nullptr;
    QAction* m_logOutAction = nullptr;
    QAction* m_quitAction = nullptr;
    PageActions* m_pageActions = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_systemLanguageAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace castellan::console
