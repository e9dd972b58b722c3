#include "pages/RadiusClientsPage.h"

#include "dialogs/MessageBoxes.h"
#include "dialogs/RadiusClientDialog.h"
#include "models/RadiusClientModel.h"

#include <QAction>
#include <QStyle>
#include <QTableView>

namespace castellan::console {

RadiusClientsPage::RadiusClientsPage(RestClient& client, QWidget* parent)
    : TablePage(ConsolePage::RadiusClients, new RadiusClientModel(client), parent), m_client(client), m_api(client),
      m_model(static_cast<RadiusClientModel*>(view()->model())), m_newAction(new QAction(this)),
      m_editAction(new QAction(this)), m_enableAction(new QAction(this)), m_disableAction(new QAction(this)),
      m_deleteAction(new QAction(this))
{
    setObjectName(QStringLiteral("radiusClientsPage"));
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    addToolAction(m_newAction);
    addRowAction(m_editAction);
    addContextSeparator();
    addRowAction(m_enableAction);
    addRowAction(m_disableAction);
    addContextSeparator();
    addRowAction(m_deleteAction);
    connect(m_newAction, &QAction::triggered, this, &RadiusClientsPage::createItem);
    connect(m_editAction, &QAction::triggered, this, &RadiusClientsPage::editSelected);
    connect(m_enableAction, &QAction::triggered, this, [this] { setSelectedEnabled(true); });
    connect(m_disableAction, &QAction::triggered, this, [this] { setSelectedEnabled(false); });
    connect(m_deleteAction, &QAction::triggered, this, &RadiusClientsPage::deleteSelection);

    setColumnWidths({170, 120, 120, 150, 80, 140, 280});
    retranslateUi();
    updateActions();
}

void RadiusClientsPage::retranslateUi()
{
    TablePage::retranslateUi();
    m_newAction->setText(tr("New Client…"));
    m_editAction->setText(tr("Edit…"));
    m_enableAction->setText(tr("Enable"));
    m_disableAction->setText(tr("Disable…"));
    m_deleteAction->setText(tr("Delete…"));
}

QString RadiusClientsPage::emptyText() const
{
    return tr("No RADIUS clients yet.\nAdd each VPN concentrator, Wi-Fi controller or switch (Ctrl+N) with the "
              "address it sends from and a shared secret.");
}

const RadiusClient* RadiusClientsPage::selectedClient() const
{
    const QModelIndexList rows = selectedRows();
    return rows.size() == 1 ? m_model->clientFromIndex(rows.first()) : nullptr;
}

bool RadiusClientsPage::canDelete() const
{
    return selectedCount() > 0;
}

void RadiusClientsPage::updateActions()
{
    const RadiusClient* client = selectedClient();
    m_editAction->setEnabled(client);
    m_enableAction->setEnabled(client && !client->enabled);
    m_disableAction->setEnabled(client && client->enabled);
    m_deleteAction->setEnabled(canDelete());
    TablePage::updateActions();
}

void RadiusClientsPage::openItem(const QModelIndex& index)
{
    if (index.isValid()) {
        editSelected();
    }
}

void RadiusClientsPage::createItem()
{
    openEditor<RadiusClientDialog, RadiusClient>(
        new RadiusClientDialog(m_client, this), &RadiusClientDialog::saved,
        [this](const RadiusClient& client) { return tr("RADIUS client “%1” created").arg(client.name); });
}

void RadiusClientsPage::editSelected()
{
    const RadiusClient* client = selectedClient();
    if (!client) {
        return;
    }
    openEditor<RadiusClientDialog, RadiusClient>(
        new RadiusClientDialog(m_client, *client, this), &RadiusClientDialog::saved,
        [this](const RadiusClient& saved) { return tr("RADIUS client “%1” saved").arg(saved.name); });
}

void RadiusClientsPage::setSelectedEnabled(bool enabled)
{
    const RadiusClient* selected = selectedClient();
    if (!selected) {
        return;
    }
    RadiusClient changed = *selected;
    changed.enabled = enabled;
    auto change = [this, changed] {
        m_api.update(changed, QString(), QByteArray(), this, [this](const ApiResult<RadiusClient>& result) {
            if (!result.ok()) {
                showFailure(tr("Could not change the RADIUS client"), result.error());
                return;
            }
            m_model->refresh();
            emit statusMessage(result.value().enabled ? tr("RADIUS client “%1” enabled").arg(result.value().name)
                                                      : tr("RADIUS client “%1” disabled").arg(result.value().name));
        });
    };
    if (enabled) {
        change();
        return;
    }
    messages::confirm(this, tr("Disable RADIUS Client"), tr("Disable “%1”?").arg(selected->name),
                      tr("Requests from its address are no longer answered until it is enabled again."), change);
}

void RadiusClientsPage::deleteSelection()
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
    const QString question = ids.size() == 1 ? tr("Delete the RADIUS client “%1”?").arg(names.first())
                                             : tr("Delete %n RADIUS client(s)?", nullptr, int(ids.size()));
    messages::confirm(
        this, tr("Delete RADIUS Client"), question, tr("Requests from its address are no longer answered."),
        [this, ids] {
            removeEach(ids, tr("Could not delete the RADIUS client"),
                       [this](qint64 id, ApiCallback<NoContent> done) { m_api.remove(id, this, std::move(done)); });
        });
}

} // namespace castellan::console
