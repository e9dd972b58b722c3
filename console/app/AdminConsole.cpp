#include "app/AdminConsole.h"

#include "api/RestClient.h"
#include "app/ConsoleSession.h"
#include "app/MainWindow.h"
#include "app/ServerPages.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/MessageBoxes.h"
#include "pages/PlaceholderPage.h"
#include "pages/ServerPage.h"

#include <QStatusBar>

namespace castellan::console {

namespace {

constexpr int kStatusMessageMs = 5000;

} // namespace

AdminConsole::AdminConsole(MainWindow* window, ConsoleSession* session, QObject* parent)
    : QObject(parent), m_window(window), m_session(session)
{
    connect(m_window, &MainWindow::connectRequested, this, &AdminConsole::openConnectDialog);
    connect(m_window, &MainWindow::logOutRequested, m_session, &ConsoleSession::logOut);
    connect(m_session, &ConsoleSession::signedIn, this, &AdminConsole::onSignedIn);
    connect(m_session, &ConsoleSession::signedOut, this, &AdminConsole::onSignedOut);
    connect(m_session, &ConsoleSession::sessionExpired, this, &AdminConsole::onSessionExpired);
    RestClient* client = m_session->client();
    connect(client, &RestClient::reachabilityChanged, m_window, &MainWindow::setReachable);
    connect(client, &RestClient::busyChanged, m_window, &MainWindow::setBusy);
}

ConnectDialog* AdminConsole::connectDialog() const
{
    return m_dialog;
}

void AdminConsole::start()
{
    connect(
        m_session, &ConsoleSession::restoreFinished, this,
        [this](bool signedIn) {
            if (!signedIn) {
                openConnectDialog();
            }
        },
        Qt::SingleShotConnection);
    m_session->restore();
}

void AdminConsole::openConnectDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    if (m_session->isSignedIn()) {
        m_session->logOut(); // connecting again replaces the session
    }
    m_showDashboard = true; // a sign-in through the dialog starts on the dashboard; a resumed session stays put
    m_dialog = new ConnectDialog(m_session, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
}

void AdminConsole::onSignedIn()
{
    RestClient& client = *m_session->client();
    for (const ConsolePage page : kConsolePages) {
        if (ServerPage* serverPage = createServerPage(page, client)) {
            m_window->setPageWidget(page, serverPage);
        } else if (auto* placeholder = qobject_cast<PlaceholderPage*>(m_window->pageWidget(page))) {
            placeholder->showUnavailable();
        }
    }
    disablePagesTheServerLacks();
    if (m_showDashboard) {
        m_showDashboard = false;
        m_window->showPage(ConsolePage::Dashboard);
    }
    m_window->showConnected(m_session->serverName(), m_session->adminName());
    m_window->statusBar()->showMessage(tr("Signed in to %1").arg(m_session->serverName()), kStatusMessageMs);
}

void AdminConsole::disablePagesTheServerLacks()
{
    RestReply* reply = m_session->client()->send(RestRequest::get(QStringLiteral("/openapi.json")));
    connect(reply, &RestReply::finished, this, [this, reply] {
        if (!reply->succeeded() || !m_session->isSignedIn()) {
            return; // without the document, every page stays and says what fails when it fails
        }
        for (const ConsolePage page : pagesMissingFrom(reply->json())) {
            auto* placeholder = new PlaceholderPage(page);
            placeholder->showUnavailable();
            m_window->setPageWidget(page, placeholder);
        }
    });
}

void AdminConsole::onSignedOut()
{
    m_window->showDisconnected();
    m_window->showPlaceholders();
    m_window->statusBar()->showMessage(tr("Signed out"), kStatusMessageMs);
}

void AdminConsole::onSessionExpired()
{
    messages::information(m_window, tr("Session Ended"), tr("Your session has ended. Sign in again to continue."));
    openConnectDialog();
}

} // namespace castellan::console
