#include "userpage/UserAliasesTab.h"

#include "dialogs/AliasDialog.h"
#include "dialogs/MessageBoxes.h"
#include "dialogs/OperationProgress.h"
#include "models/UserAliasModel.h"

#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>

namespace castellan::console {

UserAliasesTab::UserAliasesTab(RestClient& client, QWidget* parent)
    : UserTab(parent), m_client(client), m_api(client), m_model(new UserAliasModel(this)), m_directoryNote(new QLabel)
{
    setObjectName(QStringLiteral("aliasesTab"));
    setModel(m_model);
    auto* explanation = new QLabel(tr("Other login names of this user: they sign in with the same password and "
                                      "factors."));
    explanation->setObjectName(QStringLiteral("explanationLabel"));
    explanation->setWordWrap(true);
    m_directoryNote->setObjectName(QStringLiteral("directoryNote"));
    m_directoryNote->setWordWrap(true);
    m_directoryNote->setText(tr("A directory user has no aliases: they sign in with the login names their "
                                "directory knows, and other names are added there."));
    m_directoryNote->hide();
    addAboveButtons(explanation);
    addAboveButtons(m_directoryNote);
    connect(addButton(QStringLiteral("add"), tr("&Add…")), &QPushButton::clicked, this, &UserAliasesTab::addAlias);
    addStretch();
    connect(addButton(QStringLiteral("remove"), tr("&Remove…")), &QPushButton::clicked, this,
            &UserAliasesTab::removeSelected);
    auto* removeKey = new QShortcut(QKeySequence::Delete, view(), nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &UserAliasesTab::removeSelected);
    updateButtons();
}

void UserAliasesTab::reload()
{
    m_directoryNote->setVisible(user().isDirectoryUser());
    updateButtons(); // the actions follow the user at once, not when the list arrives
    showLoading();
    m_api.aliases(user().id, this, [this](const ApiResult<QList<UserAlias>>& result) {
        if (!result.ok()) {
            showError(result.error());
            return;
        }
        m_model->setRows(result.value());
        showLoaded(int(result.value().size()),
                   user().isDirectoryUser() ? QString() : tr("No aliases: the user signs in with the username only."));
    });
}

void UserAliasesTab::updateButtons()
{
    const bool local = user().id != 0 && !user().isDirectoryUser();
    button(QStringLiteral("add"))->setVisible(!user().isDirectoryUser());
    button(QStringLiteral("remove"))->setVisible(!user().isDirectoryUser());
    button(QStringLiteral("add"))->setEnabled(local);
    button(QStringLiteral("remove"))->setEnabled(local && selectedRow() >= 0);
}

void UserAliasesTab::addAlias()
{
    if (user().id == 0 || user().isDirectoryUser()) {
        return;
    }
    auto* dialog = new AliasDialog(m_client, user().id, user().username, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AliasDialog::added, this, [this](const UserAlias& alias) {
        reload();
        emit changed(tr("Alias “%1” added").arg(alias.alias));
    });
    dialog->open();
}

void UserAliasesTab::removeSelected()
{
    const int row = selectedRow();
    if (row < 0 || user().isDirectoryUser()) {
        return;
    }
    const UserAlias alias = m_model->rows().at(row);
    messages::confirm(this, tr("Remove Alias"), tr("Remove the alias “%1” of %2?").arg(alias.alias, user().username),
                      tr("The user no longer signs in with this name; the name is free for others."), [this, alias] {
                          OperationProgress::track(
                              m_api.removeAlias(user().id, alias.alias, this,
                                                [this, alias](const ApiResult<NoContent>& result) {
                                                    if (!result.ok()) {
                                                        messages::failure(this, tr("Could not remove the alias"),
                                                                          result.error());
                                                        return;
                                                    }
                                                    reload();
                                                    emit changed(tr("Alias “%1” removed").arg(alias.alias));
                                                }),
                              this, tr("Removing the alias…"));
                      });
}

} // namespace castellan::console
