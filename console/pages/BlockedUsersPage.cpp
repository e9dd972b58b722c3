#include "pages/BlockedUsersPage.h"

#include "dialogs/BlockUserDialog.h"
#include "dialogs/MessageBoxes.h"
#include "models/BlockModel.h"

#include <QAction>
#include <QStyle>
#include <QTableView>
#include <QToolBar>

namespace castellan::console {

BlockedUsersPage::BlockedUsersPage(RestClient& client, QWidget* parent)
    : TablePage(ConsolePage::BlockedUsers, new BlockModel(client), parent), m_client(client), m_api(client),
      m_model(static_cast<BlockModel*>(view()->model())), m_blockAction(new QAction(this)),
      m_removeAction(new QAction(this))
{
    setObjectName(QStringLiteral("blockedUsersPage"));
    m_blockAction->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_removeAction->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    addToolAction(m_blockAction);
    addRowAction(m_removeAction);
    connect(m_blockAction, &QAction::triggered, this, &BlockedUsersPage::createItem);
    connect(m_removeAction, &QAction::triggered, this, &BlockedUsersPage::deleteSelection);
    connect(m_model, &BlockModel::blockExpired, m_model, &PagedTableModel::refresh);
    setColumnWidths({160, 280, 150, 150, 110});
    retranslateUi();
    updateActions();
}

void BlockedUsersPage::retranslateUi()
{
    TablePage::retranslateUi();
    m_blockAction->setText(tr("Block User…"));
    m_removeAction->setText(tr("Remove Block…"));
}

QString BlockedUsersPage::emptyText() const
{
    return tr("No user is blocked.\nUsers are blocked after too many failed attempts (see Security Settings), or "
              "by hand (Ctrl+N).");
}

void BlockedUsersPage::updateActions()
{
    m_removeAction->setEnabled(canDelete());
    TablePage::updateActions();
}

void BlockedUsersPage::createItem()
{
    auto* dialog = new BlockUserDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BlockUserDialog::saved, this, [this](const UserBlock& block) {
        m_model->refresh();
        emit statusMessage(tr("“%1” blocked").arg(block.username));
    });
    dialog->open();
}

void BlockedUsersPage::deleteSelection()
{
    QStringList usernames;
    for (const QModelIndex& index : selectedRows()) {
        usernames.append(m_model->blockFromIndex(index)->username);
    }
    if (usernames.isEmpty()) {
        return;
    }
    const QString question = usernames.size() == 1 ? tr("Remove the block on “%1”?").arg(usernames.first())
                                                   : tr("Remove %n block(s)?", nullptr, int(usernames.size()));
    messages::confirm(this, tr("Remove Block"), question, tr("The failed attempts counted so far are forgotten too."),
                      [this, usernames] {
                          auto remaining = std::make_shared<int>(int(usernames.size()));
                          for (const QString& username : usernames) {
                              m_api.unblock(username, this, [this, remaining, username](const ApiResult<NoContent>& r) {
                                  if (!r.ok()) {
                                      showFailure(tr("Could not remove the block"), r.error());
                                  } else {
                                      emit statusMessage(tr("Block on “%1” removed").arg(username));
                                  }
                                  if (--*remaining == 0) {
                                      m_model->refresh();
                                  }
                              });
                          }
                      });
}

} // namespace castellan::console
