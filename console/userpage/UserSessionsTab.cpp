#include "userpage/UserSessionsTab.h"

#include "dialogs/MessageBoxes.h"
#include "dialogs/OperationProgress.h"
#include "models/PortalSessionModel.h"

#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>

namespace castellan::console {

UserSessionsTab::UserSessionsTab(RestClient& client, QWidget* parent)
    : UserTab(parent), m_api(client), m_users(client), m_model(new PortalSessionModel(this))
{
    setObjectName(QStringLiteral("sessionsTab"));
    setModel(m_model);
    addStretch();
    connect(addButton(QStringLiteral("end"), tr("&End Session…")), &QPushButton::clicked, this,
            &UserSessionsTab::endSelected);
    connect(addButton(QStringLiteral("endAll"), tr("End &All…")), &QPushButton::clicked, this,
            &UserSessionsTab::endAll);
    auto* endKey = new QShortcut(QKeySequence::Delete, view(), nullptr, nullptr, Qt::WidgetShortcut);
    connect(endKey, &QShortcut::activated, this, &UserSessionsTab::endSelected);
    updateButtons();
}

void UserSessionsTab::reload()
{
    showLoading();
    m_api.sessions(user().id, this, [this](const ApiResult<QList<PortalSession>>& result) {
        if (!result.ok()) {
            showError(result.error());
            return;
        }
        m_model->setRows(result.value());
        showLoaded(int(result.value().size()), tr("Not signed in to the portal or any application."));
    });
}

void UserSessionsTab::updateButtons()
{
    button(QStringLiteral("end"))->setEnabled(selectedRow() >= 0);
}

void UserSessionsTab::endSelected()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    const PortalSession session = m_model->rows().at(row);
    messages::confirm(
        this, tr("End Session"), tr("End the session of %1 from %2?").arg(user().username, session.sourceIp),
        tr("The browser must sign in again; the applications it signed into are told to sign out."), [this, session] {
            OperationProgress::track(m_api.endSession(user().id, session.id, this,
                                                      [this](const ApiResult<NoContent>& result) {
                                                          if (!result.ok()) {
                                                              messages::failure(this, tr("Could not end the session"),
                                                                                result.error());
                                                              return;
                                                          }
                                                          reload();
                                                          emit changed(tr("Session of %1 ended").arg(user().username));
                                                      }),
                                     this, tr("Ending the session…"));
        });
}

void UserSessionsTab::endAll()
{
    messages::confirm(
        this, tr("End All Sessions"), tr("End every session of %1?").arg(user().username),
        tr("Portal and SSO sessions end and sign-ins in progress are cancelled; the user must sign in "
           "again."),
        [this] {
            OperationProgress::track(
                m_users.terminateSessions(
                    user().id, this,
                    [this](const ApiResult<qint64>& result) {
                        if (!result.ok()) {
                            messages::failure(this, tr("Could not end the sessions"), result.error());
                            return;
                        }
                        reload();
                        emit changed(
                            tr("%n session(s) of %1 ended", nullptr, int(result.value())).arg(user().username));
                    }),
                this, tr("Ending the sessions…"));
        });
}

} // namespace castellan::console
