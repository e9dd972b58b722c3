#include "pages/ApiClientsPage.h"

#include "dialogs/ApiClientDialog.h"
#include "dialogs/MessageBoxes.h"
#include "dialogs/SecretRevealDialog.h"
#include "models/ApiClientModel.h"

#include <QAction>
#include <QStyle>
#include <QTableView>
#include <QToolBar>

namespace castellan::console {

ApiClientsPage::ApiClientsPage(RestClient& client, QWidget* parent)
    : TablePage(ConsolePage::ApiClients, new ApiClientModel(client), parent), m_client(client), m_api(client),
      m_model(static_cast<ApiClientModel*>(view()->model())), m_newAction(new QAction(this)),
      m_renameAction(new QAction(this)), m_rotateAction(new QAction(this)), m_enableAction(new QAction(this)),
      m_disableAction(new QAction(this)), m_deleteAction(new QAction(this))
{
    setObjectName(QStringLiteral("apiClientsPage"));
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    addToolAction(m_newAction);
    addRowAction(m_renameAction);
    addRowAction(m_rotateAction);
    addContextSeparator();
    addRowAction(m_enableAction);
    addRowAction(m_disableAction);
    addContextSeparator();
    addRowAction(m_deleteAction);

    connect(m_newAction, &QAction::triggered, this, &ApiClientsPage::createItem);
    connect(m_renameAction, &QAction::triggered, this, &ApiClientsPage::renameSelected);
    connect(m_rotateAction, &QAction::triggered, this, &ApiClientsPage::rotateSelectedSecret);
    connect(m_enableAction, &QAction::triggered, this, [this] { setSelectedEnabled(true); });
    connect(m_disableAction, &QAction::triggered, this, [this] { setSelectedEnabled(false); });
    connect(m_deleteAction, &QAction::triggered, this, &ApiClientsPage::deleteSelection);

    setColumnWidths({220, 150, 240, 90, 150, 150});
    retranslateUi();
    updateActions();
}

void ApiClientsPage::retranslateUi()
{
    TablePage::retranslateUi();
    m_newAction->setText(tr("New Client…"));
    m_renameAction->setText(tr("Rename…"));
    m_rotateAction->setText(tr("Rotate Secret…"));
    m_enableAction->setText(tr("Enable"));
    m_disableAction->setText(tr("Disable…"));
    m_deleteAction->setText(tr("Delete…"));
}

QString ApiClientsPage::emptyText() const
{
    return tr("No API clients yet.\nCreate one (Ctrl+N) for each login agent or application that calls the API.");
}

const ApiClient* ApiClientsPage::selectedClient() const
{
    const QModelIndexList rows = selectedRows();
    return rows.size() == 1 ? m_model->clientFromIndex(rows.first()) : nullptr;
}

bool ApiClientsPage::canDelete() const
{
    return selectedCount() > 0;
}

void ApiClientsPage::updateActions()
{
    const ApiClient* client = selectedClient();
    m_renameAction->setEnabled(client);
    m_rotateAction->setEnabled(client);
    m_enableAction->setEnabled(client && !client->enabled);
    m_disableAction->setEnabled(client && client->enabled);
    m_deleteAction->setEnabled(canDelete());
    TablePage::updateActions();
}

void ApiClientsPage::openItem(const QModelIndex& index)
{
    if (index.isValid()) {
        renameSelected();
    }
}

void ApiClientsPage::createItem()
{
    auto* dialog = new ApiClientDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApiClientDialog::saved, this, [this](const ApiClient& client) {
        m_model->refresh();
        showSecret(client, tr("API Client Created"));
        emit statusMessage(tr("API client “%1” created").arg(client.name));
    });
    dialog->open();
}

void ApiClientsPage::renameSelected()
{
    const ApiClient* client = selectedClient();
    if (!client) {
        return;
    }
    openEditor<ApiClientDialog, ApiClient>(
        new ApiClientDialog(m_client, *client, this), &ApiClientDialog::saved,
        [this](const ApiClient& renamed) { return tr("API client renamed to “%1”").arg(renamed.name); });
}

void ApiClientsPage::showSecret(const ApiClient& client, const QString& title)
{
    auto* dialog = new SecretRevealDialog(
        title, tr("Give the client ID and secret of “%1” to the agent or application it stands for.").arg(client.name),
        tr("Client ID:"), client.clientId, client.clientSecret, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ApiClientsPage::rotateSelectedSecret()
{
    const ApiClient* selected = selectedClient();
    if (!selected) {
        return;
    }
    const qint64 id = selected->id;
    messages::confirm(this, tr("Rotate Secret"), tr("Rotate the secret of “%1”?").arg(selected->name),
                      tr("The old secret stops working at once and every token issued with it is revoked."),
                      [this, id] {
                          m_api.rotateSecret(id, this, [this](const ApiResult<ApiClient>& result) {
                              if (!result.ok()) {
                                  showFailure(tr("Could not rotate the secret"), result.error());
                                  return;
                              }
                              m_model->refresh();
                              showSecret(result.value(), tr("New Client Secret"));
                          });
                      });
}

void ApiClientsPage::setSelectedEnabled(bool enabled)
{
    const ApiClient* selected = selectedClient();
    if (!selected) {
        return;
    }
    const qint64 id = selected->id;
    auto change = [this, id, enabled] {
        m_api.setEnabled(id, enabled, this, [this](const ApiResult<ApiClient>& result) {
            if (!result.ok()) {
                showFailure(tr("Could not change the API client"), result.error());
                return;
            }
            m_model->refresh();
            emit statusMessage(result.value().enabled ? tr("API client “%1” enabled").arg(result.value().name)
                                                      : tr("API client “%1” disabled").arg(result.value().name));
        });
    };
    if (enabled) {
        change();
        return;
    }
    messages::confirm(this, tr("Disable API Client"), tr("Disable “%1”?").arg(selected->name),
                      tr("Its tokens are revoked and it cannot get new ones until it is enabled again."), change);
}

void ApiClientsPage::deleteSelection()
{
    QList<qint64> ids;
    QStringList names;
    for (const QModelIndex& index : selectedRows()) {
        ids.append(m_model->clientFromIndex(index)->id);
        names.append(m_model->clientFromIndex(index)->name);
    }
    if (ids.isEmpty()) {
        return;
    }
    const QString question = ids.size() == 1 ? tr("Delete the API client “%1”?").arg(names.first())
                                             : tr("Delete %n API client(s)?", nullptr, int(ids.size()));
    messages::confirm(
        this, tr("Delete API Client"), question, tr("Agents and applications using it can no longer call the API."),
        [this, ids] {
            removeEach(ids, tr("Could not delete the API client"),
                       [this](qint64 id, ApiCallback<NoContent> done) { m_api.remove(id, this, std::move(done)); });
        });
}

} // namespace castellan::console
