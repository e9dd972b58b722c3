#include "pages/AdministratorsPage.h"

#include "dialogs/AdministratorDialog.h"
#include "dialogs/MessageBoxes.h"
#include "dialogs/SecretRevealDialog.h"
#include "models/AdministratorModel.h"

#include <QAction>
#include <QStyle>
#include <QTableView>

namespace castellan::console {

AdministratorsPage::AdministratorsPage(RestClient& client, QWidget* parent)
    : TablePage(ConsolePage::Administrators, new AdministratorModel(client), parent), m_client(client), m_api(client),
      m_model(static_cast<AdministratorModel*>(view()->model())), m_newAction(new QAction(this)),
      m_resetAction(new QAction(this)), m_enableAction(new QAction(this)), m_disableAction(new QAction(this)),
      m_deleteAction(new QAction(this))
{
    setObjectName(QStringLiteral("administratorsPage"));
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    addToolAction(m_newAction);
    addRowAction(m_resetAction);
    addContextSeparator();
    addRowAction(m_enableAction);
    addRowAction(m_disableAction);
    addContextSeparator();
    addRowAction(m_deleteAction);

    connect(m_newAction, &QAction::triggered, this, &AdministratorsPage::createItem);
    connect(m_resetAction, &QAction::triggered, this, &AdministratorsPage::resetSelected);
    connect(m_enableAction, &QAction::triggered, this, [this] { setSelectedEnabled(true); });
    connect(m_disableAction, &QAction::triggered, this, [this] { setSelectedEnabled(false); });
    connect(m_deleteAction, &QAction::triggered, this, &AdministratorsPage::deleteSelection);

    setColumnWidths({220, 260, 170, 150, 150});
    retranslateUi();
    updateActions();
}

void AdministratorsPage::retranslateUi()
{
    TablePage::retranslateUi();
    m_newAction->setText(tr("New Administrator…"));
    m_resetAction->setText(tr("Reset Password and TOTP…"));
    m_enableAction->setText(tr("Enable"));
    m_disableAction->setText(tr("Disable…"));
    m_deleteAction->setText(tr("Remove…"));
}

QString AdministratorsPage::emptyText() const
{
    return tr("No administrator matches the search.");
}

const Administrator* AdministratorsPage::selectedAdmin() const
{
    const QModelIndexList rows = selectedRows();
    return rows.size() == 1 ? m_model->adminFromIndex(rows.first()) : nullptr;
}

bool AdministratorsPage::canDelete() const
{
    return selectedAdmin() != nullptr;
}

void AdministratorsPage::updateActions()
{
    const Administrator* admin = selectedAdmin();
    m_resetAction->setEnabled(admin);
    m_enableAction->setEnabled(admin && !admin->enabled);
    m_disableAction->setEnabled(admin && admin->enabled);
    m_deleteAction->setEnabled(canDelete());
    TablePage::updateActions();
}

void AdministratorsPage::showPassword(const Administrator& admin, const QString& title)
{
    auto* dialog = new SecretRevealDialog(
        title,
        tr("Give this one-time password to “%1” in person or over a channel you trust. It works once: at the "
           "first sign-in they choose their own password and enroll an authenticator app.")
            .arg(admin.username),
        tr("Username:"), admin.username, admin.temporaryPassword, this);
    dialog->setObjectName(QStringLiteral("oneTimePasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AdministratorsPage::createItem()
{
    auto* dialog = new AdministratorDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AdministratorDialog::saved, this, [this](const Administrator& admin) {
        m_model->refresh();
        showPassword(admin, tr("Administrator Added"));
        emit statusMessage(tr("Administrator “%1” added").arg(admin.username));
    });
    dialog->open();
}

void AdministratorsPage::resetSelected()
{
    const Administrator* selected = selectedAdmin();
    if (!selected) {
        return;
    }
    const qint64 id = selected->id;
    messages::confirm(this, tr("Reset Administrator"),
                      tr("Reset the password and TOTP of “%1”?").arg(selected->username),
                      tr("Their sessions end at once. They sign in with a new one-time password, choose a password "
                         "and enroll an authenticator app again."),
                      [this, id] {
                          m_api.reset(id, this, [this](const ApiResult<Administrator>& result) {
                              if (!result.ok()) {
                                  showFailure(tr("Could not reset the administrator"), result.error());
                                  return;
                              }
                              m_model->refresh();
                              showPassword(result.value(), tr("New One-Time Password"));
                          });
                      });
}

void AdministratorsPage::setSelectedEnabled(bool enabled)
{
    const Administrator* selected = selectedAdmin();
    if (!selected) {
        return;
    }
    const qint64 id = selected->id;
    auto change = [this, id, enabled] {
        m_api.setEnabled(id, enabled, this, [this](const ApiResult<Administrator>& result) {
            if (!result.ok()) {
                showFailure(tr("Could not change the administrator"), result.error());
                return;
            }
            m_model->refresh();
            emit statusMessage(result.value().enabled ? tr("Administrator “%1” enabled").arg(result.value().username)
                                                      : tr("Administrator “%1” disabled").arg(result.value().username));
        });
    };
    if (enabled) {
        change();
        return;
    }
    messages::confirm(this, tr("Disable Administrator"), tr("Disable “%1”?").arg(selected->username),
                      tr("Their sessions end at once and they cannot sign in until enabled again."), change);
}

void AdministratorsPage::deleteSelection()
{
    const Administrator* selected = selectedAdmin();
    if (!selected) {
        return;
    }
    const qint64 id = selected->id;
    const QString username = selected->username;
    messages::confirm(this, tr("Remove Administrator"), tr("Remove the administrator “%1”?").arg(username),
                      tr("Their sessions end at once. The audit log keeps what they did."), [this, id, username] {
                          m_api.remove(id, this, [this, username](const ApiResult<NoContent>& result) {
                              if (!result.ok()) {
                                  showFailure(tr("Could not remove the administrator"), result.error());
                                  return;
                              }
                              m_model->refresh();
                              emit statusMessage(tr("Administrator “%1” removed").arg(username));
                          });
                      });
}

} // namespace castellan::console
