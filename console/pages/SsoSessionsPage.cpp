#include "pages/SsoSessionsPage.h"

#include "dialogs/MessageBoxes.h"
#include "models/SsoSessionModel.h"

#include <QAction>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>

#include <memory>

namespace castellan::console {

SsoSessionsPage::SsoSessionsPage(RestClient& client, QWidget* parent)
    : TablePage(ConsolePage::SsoSessions, new SsoSessionModel(client), parent), m_api(client),
      m_model(static_cast<SsoSessionModel*>(view()->model())), m_endAction(new QAction(this))
{
    setObjectName(QStringLiteral("ssoSessionsPage"));
    m_endAction->setObjectName(QStringLiteral("endSessionAction"));
    m_endAction->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    addRowAction(m_endAction);
    connect(m_endAction, &QAction::triggered, this, &SsoSessionsPage::deleteSelection);
    setColumnWidths({160, 130, 150, 150, 150, 320});
    retranslateUi();
    updateActions();
}

void SsoSessionsPage::retranslateUi()
{
    TablePage::retranslateUi();
    searchField()->setPlaceholderText(tr("Username…"));
    searchField()->setToolTip(tr("Shows the sessions of the user with exactly this username"));
    m_endAction->setText(tr("End Session…"));
    m_endAction->setToolTip(tr("End the selected sessions: the browser must sign in again (Del)"));
}

QString SsoSessionsPage::emptyText() const
{
    return tr("No one is signed in to a SAML application.\nA session starts when a user signs in to a service "
              "provider through Castellan.");
}

void SsoSessionsPage::updateActions()
{
    m_endAction->setEnabled(canDelete());
    TablePage::updateActions();
}

void SsoSessionsPage::deleteSelection()
{
    QStringList ids;
    QStringList usernames;
    for (const QModelIndex& index : selectedRows()) {
        const SsoSession* session = m_model->sessionFromIndex(index);
        ids.append(session->id);
        usernames.append(session->username);
    }
    if (ids.isEmpty()) {
        return;
    }
    const QString question = ids.size() == 1 ? tr("End the SSO session of “%1”?").arg(usernames.first())
                                             : tr("End %n SSO session(s)?", nullptr, int(ids.size()));
    messages::confirm(this, tr("End Session"), question,
                      tr("The browser must sign in again before it opens another application."),
                      [this, ids] { endSessions(ids); });
}

void SsoSessionsPage::endSessions(const QStringList& ids)
{
    auto remaining = std::make_shared<int>(int(ids.size()));
    auto ended = std::make_shared<int>(0);
    for (const QString& id : ids) {
        m_api.end(id, this, [this, remaining, ended](const ApiResult<NoContent>& result) {
            constexpr int kNotFound = 404;
            if (result.ok() || result.error().status() == kNotFound) { // 404: it ended meanwhile
                ++*ended;
            } else {
                showFailure(tr("Could not end the session"), result.error());
            }
            if (--*remaining == 0) {
                emit statusMessage(tr("%n SSO session(s) ended", nullptr, *ended));
                m_model->refresh();
            }
        });
    }
}

} // namespace castellan::console
