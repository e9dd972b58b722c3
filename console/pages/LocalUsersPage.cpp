#include "pages/LocalUsersPage.h"

#include "dialogs/AddDirectoryUserDialog.h"
#include "dialogs/CsvImportWizard.h"
#include "dialogs/EnrollmentDialog.h"
#include "dialogs/ExpirationDialog.h"
#include "dialogs/MessageBoxes.h"
#include "dialogs/OperationProgress.h"
#include "dialogs/SecretRevealDialog.h"
#include "dialogs/SetPasswordDialog.h"
#include "dialogs/TemporaryPasswordsDialog.h"
#include "dialogs/UserDialog.h"
#include "models/UserModel.h"
#include "userpage/UserPage.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QStyle>
#include <QTableView>
#include <QToolBar>

namespace castellan::console {

LocalUsersPage::LocalUsersPage(RestClient& client, QWidget* parent)
    : TablePage(ConsolePage::LocalUsers, new UserModel(client), parent), m_client(client), m_api(client),
      m_model(static_cast<UserModel*>(view()->model())), m_statusFilter(new QComboBox), m_sourceFilter(new QComboBox)
{
    setObjectName(QStringLiteral("localUsersPage"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sourceFilter->setObjectName(QStringLiteral("sourceFilter"));
    m_sourceFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filterBar()->addWidget(m_sourceFilter);
    filterBar()->addWidget(m_statusFilter);
    connect(m_statusFilter, &QComboBox::activated, this, &LocalUsersPage::applyFilters);
    connect(m_sourceFilter, &QComboBox::activated, this, &LocalUsersPage::applyFilters);

    constexpr auto kMore = Placement::MoreMenu;
    makeAction(QStringLiteral("new"), &LocalUsersPage::createItem, Placement::ToolBar, false)
        ->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    makeAction(QStringLiteral("open"), &LocalUsersPage::openSelected, kMore); // also Enter and double click
    makeAction(QStringLiteral("edit"), &LocalUsersPage::editSelected);
    makeAction(QStringLiteral("changePassword"), &LocalUsersPage::changeSelectedPassword);
    makeAction(QStringLiteral("setExpiration"), &LocalUsersPage::setSelectedExpiration);
    makeAction(QStringLiteral("delete"), &LocalUsersPage::deleteSelection)
        ->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    addContextSeparator();
    connect(makeAction(QStringLiteral("enable"), nullptr, kMore), &QAction::triggered, this,
            [this] { setSelectedEnabled(true); });
    connect(makeAction(QStringLiteral("disable"), nullptr, kMore), &QAction::triggered, this,
            [this] { setSelectedEnabled(false); });
    makeAction(QStringLiteral("resetPasswords"), &LocalUsersPage::resetSelectedPasswords, kMore);
    makeAction(QStringLiteral("terminateSessions"), &LocalUsersPage::terminateSelectedSessions, kMore);
    makeAction(QStringLiteral("enroll"), &LocalUsersPage::enrollSelected, kMore);
    toolBar()->addSeparator();
    makeAction(QStringLiteral("import"), &LocalUsersPage::importCsv, Placement::ToolBar, false);
    makeAction(QStringLiteral("importTokens"), &LocalUsersPage::importHotpTokens, Placement::ToolBar, false);
    makeAction(QStringLiteral("export"), &LocalUsersPage::exportCsv, Placement::ToolBar, false);
    makeAction(QStringLiteral("addDirectoryUser"), &LocalUsersPage::addDirectoryUser, Placement::ToolBar, false);

    setColumnWidths({140, 110, 110, 190, 130, 80, 100, 100, 120, 170, 200, 140, 140});
    retranslateUi();
    updateActions();
}

QAction* LocalUsersPage::makeAction(const QString& name, void (LocalUsersPage::*slot)(), Placement placement,
                                    bool rowAction)
{
    auto* action = new QAction(this);
    action->setObjectName(name + QStringLiteral("Action"));
    m_actions.insert(name, action);
    if (slot) {
        connect(action, &QAction::triggered, this, slot);
    }
    if (rowAction) {
        addRowAction(action, placement);
    } else {
        addToolAction(action);
    }
    return action;
}

QAction* LocalUsersPage::action(const QString& name) const
{
    return m_actions.value(name);
}

void LocalUsersPage::retranslateUi()
{
    TablePage::retranslateUi();
    const QList<std::pair<const char*, QString>> texts{
        {"new", tr("New User…")},
        {"open", tr("Open…")},
        {"edit", tr("Edit…")},
        {"changePassword", tr("Change Password…")},
        {"setExpiration", tr("Set Expiration…")},
        {"enable", tr("Enable")},
        {"disable", tr("Disable")},
        {"resetPasswords", tr("Reset Passwords…")},
        {"terminateSessions", tr("Terminate Sessions…")},
        {"enroll", tr("Enroll SoftOTP…")},
        {"delete", tr("Delete…")},
        {"import", tr("Import CSV…")},
        {"importTokens", tr("Import Hardware Tokens…")},
        {"export", tr("Export CSV…")},
        {"addDirectoryUser", tr("Add Directory User…")},
    };
    for (const auto& [name, text] : texts) {
        m_actions.value(QLatin1String(name))->setText(text);
    }
    fillStatusFilter();
    fillSourceFilter();
}

void LocalUsersPage::fillSourceFilter()
{
    const int current = std::max(0, m_sourceFilter->currentIndex());
    m_sourceFilter->clear();
    m_sourceFilter->addItem(tr("All sources"), QString());
    m_sourceFilter->addItem(tr("Local"), QStringLiteral("local"));
    m_sourceFilter->addItem(tr("Directory"), QStringLiteral("directory"));
    m_sourceFilter->setCurrentIndex(current);
}

void LocalUsersPage::applyFilters()
{
    QUrlQuery filters;
    const QString status = m_statusFilter->currentData().toString();
    if (!status.isEmpty()) {
        filters.addQueryItem(QStringLiteral("status"), status);
    }
    const QString source = m_sourceFilter->currentData().toString();
    if (!source.isEmpty()) {
        filters.addQueryItem(QStringLiteral("source"), source);
    }
    m_model->setFilters(filters);
}

void LocalUsersPage::fillStatusFilter()
{
    const int current = std::max(0, m_statusFilter->currentIndex());
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("All users"), QString());
    for (const LocalUser::Status status : {LocalUser::Status::Active, LocalUser::Status::Disabled,
                                           LocalUser::Status::Expired, LocalUser::Status::Blocked}) {
        m_statusFilter->addItem(UserModel::statusTitle(status), LocalUser::statusName(status));
    }
    m_statusFilter->setCurrentIndex(current);
}

QString LocalUsersPage::emptyText() const
{
    return tr("No local users yet.\nCreate one (Ctrl+N) or import a CSV file.");
}

QList<qint64> LocalUsersPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : selectedRows()) {
        ids.append(m_model->userFromIndex(index)->id);
    }
    return ids;
}

const LocalUser* LocalUsersPage::selectedUser() const
{
    const QModelIndexList rows = selectedRows();
    return rows.size() == 1 ? m_model->userFromIndex(rows.first()) : nullptr;
}

QString LocalUsersPage::describeSelection() const
{
    if (const LocalUser* user = selectedUser()) {
        return user->username;
    }
    return tr("%n user(s)", nullptr, selectedCount());
}

void LocalUsersPage::updateActions()
{
    const int count = selectedCount();
    const LocalUser* user = selectedUser();
    for (const char* single : {"open", "edit", "terminateSessions", "enroll"}) {
        m_actions.value(QLatin1String(single))->setEnabled(user);
    }
    for (const char* many : {"setExpiration", "delete"}) {
        m_actions.value(QLatin1String(many))->setEnabled(count > 0);
    }
    // A directory user's password is the directory's: nothing to change or reset here.
    bool anyLocal = false;
    for (const QModelIndex& index : selectedRows()) {
        anyLocal = anyLocal || !m_model->userFromIndex(index)->isDirectoryUser();
    }
    m_actions.value(QStringLiteral("changePassword"))->setEnabled(user && !user->isDirectoryUser());
    m_actions.value(QStringLiteral("resetPasswords"))->setEnabled(anyLocal);
    m_actions.value(QStringLiteral("enable"))->setEnabled(count > 1 || (user && !user->enabled));
    m_actions.value(QStringLiteral("disable"))->setEnabled(count > 1 || (user && user->enabled));
    TablePage::updateActions();
}

void LocalUsersPage::openItem(const QModelIndex& index)
{
    if (index.isValid()) {
        openSelected();
    }
}

void LocalUsersPage::openSelected()
{
    if (const LocalUser* user = selectedUser()) {
        openUser(user->id);
    }
}

UserPage* LocalUsersPage::openUser(qint64 id)
{
    if (UserPage* open = m_userPages.value(id)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto* page = new UserPage(m_client, id, this);
    page->setAttribute(Qt::WA_DeleteOnClose);
    connect(page, &UserPage::changed, this, &LocalUsersPage::afterChange);
    m_userPages.insert(id, page);
    page->show();
    return page;
}

void LocalUsersPage::afterChange(const QString& message)
{
    m_model->refresh();
    emit statusMessage(message);
}

void LocalUsersPage::createItem()
{
    auto* dialog = new UserDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::saved, this, [this](const LocalUser& user, const QString& temporaryPassword) {
        afterChange(tr("User “%1” created").arg(user.username));
        if (!temporaryPassword.isEmpty()) {
            auto* reveal = new SecretRevealDialog(tr("Temporary Password"),
                                                  tr("Give this temporary password to %1; it must be changed at "
                                                     "the first sign-in.")
                                                      .arg(user.username),
                                                  tr("Username:"), user.username, temporaryPassword, this);
            reveal->setAttribute(Qt::WA_DeleteOnClose);
            reveal->open();
        }
    });
    dialog->open();
}

void LocalUsersPage::editSelected()
{
    const LocalUser* user = selectedUser();
    if (!user) {
        return;
    }
    auto* dialog = new UserDialog(m_client, user->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::saved, this,
            [this](const LocalUser& saved) { afterChange(tr("User “%1” saved").arg(saved.username)); });
    dialog->open();
}

void LocalUsersPage::setSelectedEnabled(bool enabled)
{
    const QList<qint64> ids = selectedIds();
    auto remaining = std::make_shared<int>(int(ids.size()));
    for (const qint64 id : ids) {
        m_api.setEnabled(id, enabled, this, [this, remaining, enabled](const ApiResult<LocalUser>& result) {
            if (!result.ok()) {
                showFailure(tr("Could not change the user"), result.error());
            }
            if (--*remaining == 0) {
                afterChange(enabled ? tr("Enabled") : tr("Disabled"));
            }
        });
    }
}

void LocalUsersPage::changeSelectedPassword()
{
    const LocalUser* user = selectedUser();
    if (!user || user->isDirectoryUser()) {
        return;
    }
    const QString username = user->username;
    auto* dialog = new SetPasswordDialog(m_client, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SetPasswordDialog::saved, this, [this, username](const QString& temporaryPassword) {
        afterChange(tr("Password of “%1” changed").arg(username));
        if (!temporaryPassword.isEmpty()) {
            TemporaryPasswordsDialog* reveal = new TemporaryPasswordsDialog({{0, username, temporaryPassword}}, this);
            reveal->setAttribute(Qt::WA_DeleteOnClose);
            reveal->open();
        }
    });
    dialog->open();
}

void LocalUsersPage::setSelectedExpiration()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        return;
    }
    const LocalUser* user = selectedUser();
    auto* dialog = new ExpirationDialog(m_client, ids, tr("Expiration of %1.").arg(describeSelection()),
                                        user ? user->expiresAt : QDateTime(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExpirationDialog::saved, this,
            [this](qint64 updated) { afterChange(tr("Expiration set for %n user(s)", nullptr, int(updated))); });
    dialog->open();
}

void LocalUsersPage::resetSelectedPasswords()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        return;
    }
    messages::confirm(
        this, tr("Reset Passwords"), tr("Give %1 a new temporary password?").arg(describeSelection()),
        tr("Their current passwords stop working; each must choose a new one at the next sign-in."), [this, ids] {
            RestReply* reply = m_api.resetPasswords(
                ids, UsersApi::ResetMode::Temporary, this, [this](const ApiResult<QList<TemporaryPassword>>& result) {
                    if (!result.ok()) {
                        showFailure(tr("Could not reset the passwords"), result.error());
                        return;
                    }
                    afterChange(tr("%n password(s) reset", nullptr, int(result.value().size())));
                    auto* dialog = new TemporaryPasswordsDialog(result.value(), this);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    dialog->open();
                });
            OperationProgress::track(reply, this, tr("Resetting passwords…"));
        });
}

void LocalUsersPage::terminateSelectedSessions()
{
    const LocalUser* user = selectedUser();
    if (!user) {
        return;
    }
    const qint64 id = user->id;
    const QString username = user->username;
    messages::confirm(this, tr("Terminate Sessions"), tr("End every session of %1?").arg(username),
                      tr("Sign-ins in progress are cancelled; the user must sign in again."), [this, id, username] {
                          m_api.terminateSessions(id, this, [this, username](const ApiResult<qint64>& result) {
                              if (!result.ok()) {
                                  showFailure(tr("Could not terminate the sessions"), result.error());
                                  return;
                              }
                              emit statusMessage(
                                  tr("%n session(s) of %1 ended", nullptr, int(result.value())).arg(username));
                          });
                      });
}

void LocalUsersPage::enrollSelected()
{
    const LocalUser* user = selectedUser();
    if (!user) {
        return;
    }
    auto* dialog = new EnrollmentDialog(m_client, user->id, user->username, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LocalUsersPage::deleteSelection()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        return;
    }
    messages::confirm(this, tr("Delete Users"), tr("Delete %1?").arg(describeSelection()),
                      tr("Their second factors and devices are deleted with them. This cannot be undone."),
                      [this, ids] {
                          auto remaining = std::make_shared<int>(int(ids.size()));
                          for (const qint64 id : ids) {
                              m_api.remove(id, this, [this, remaining, ids](const ApiResult<NoContent>& result) {
                                  if (!result.ok()) {
                                      showFailure(tr("Could not delete the user"), result.error());
                                  }
                                  if (--*remaining == 0) {
                                      afterChange(tr("%n user(s) deleted", nullptr, int(ids.size())));
                                  }
                              });
                          }
                      });
}

void LocalUsersPage::importCsv()
{
    auto* wizard = new CsvImportWizard(m_client, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CsvImportWizard::imported, this,
            [this](qint64 count) { afterChange(tr("%n user(s) imported", nullptr, int(count))); });
    wizard->open();
}

void LocalUsersPage::importHotpTokens()
{
    auto* wizard = new CsvImportWizard(m_client, CsvImportWizard::Content::HotpTokens, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CsvImportWizard::imported, this,
            [this](qint64 count) { afterChange(tr("%n hardware token(s) imported", nullptr, int(count))); });
    wizard->open();
}

void LocalUsersPage::exportCsv()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Users"), QStringLiteral("users.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

void LocalUsersPage::exportTo(const QString& path)
{
    RestReply* reply =
        m_api.exportCsv(m_model->query().search, this, [this, path](const ApiResult<QByteArray>& result) {
            if (!result.ok()) {
                showFailure(tr("Could not export the users"), result.error());
                return;
            }
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(result.value()) < 0) {
                messages::information(this, tr("Not Saved"), tr("Cannot write %1.").arg(path), file.errorString());
                return;
            }
            emit statusMessage(tr("Users exported to %1").arg(path));
        });
    OperationProgress::track(reply, this, tr("Exporting users…"));
}

void LocalUsersPage::addDirectoryUser()
{
    auto* dialog = new AddDirectoryUserDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddDirectoryUserDialog::added, this, [this](const LocalUser& user) {
        afterChange(tr("Directory user “%1” added").arg(user.username));
        openUser(user.id);
    });
    dialog->open();
}

} // namespace castellan::console
