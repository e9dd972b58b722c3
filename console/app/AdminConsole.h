#pragma once

#include <QObject>
#include <QPointer>

namespace castellan::console {

class ConnectDialog;
class ConsoleSession;
class MainWindow;

/// Ties the window to the session: resumes the last session or asks to connect, puts the server pages in
/// the window once signed in (opening the Dashboard after a sign-in through the connect dialog) and the
/// placeholders back after signing out, and says so when the server ends the session.
class AdminConsole : public QObject
{
    Q_OBJECT

public:
    /// Neither is owned; both must outlive the console.
    AdminConsole(MainWindow* window, ConsoleSession* session, QObject* parent = nullptr);

    /// Resumes the last session from the stored tokens, or opens the connect dialog.
    void start();
    /// The connect dialog while it is open.
    ConnectDialog* connectDialog() const;

public slots:
    void openConnectDialog();

private:
    void onSignedIn();
    /// Asks the server for its OpenAPI document and puts a "not offered by this server" page where a route is
    /// missing (an older server).
    void disablePagesTheServerLacks();
    void onSignedOut();
    void onSessionExpired();

    MainWindow* m_window;
    ConsoleSession* m_session;
    QPointer<ConnectDialog> m_dialog;
    bool m_showDashboard = false;
};

} // namespace castellan::console
