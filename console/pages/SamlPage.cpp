#include "pages/SamlPage.h"

#include "dialogs/MessageBoxes.h"
#include "dialogs/ServiceProviderDialog.h"
#include "models/ServiceProviderModel.h"
#include "pages/SamlIdpPanel.h"
#include "pages/ServiceProviderDetails.h"

#include <QAction>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace castellan::console {

SamlPage::SamlPage(RestClient& client, QWidget* parent)
    : TablePage(ConsolePage::Saml, new ServiceProviderModel(client), parent), m_client(client), m_api(client),
      m_model(static_cast<ServiceProviderModel*>(view()->model())), m_details(new ServiceProviderDetails),
      m_idp(new SamlIdpPanel(client)), m_newAction(new QAction(this)), m_editAction(new QAction(this)),
      m_enableAction(new QAction(this)), m_disableAction(new QAction(this)), m_deleteAction(new QAction(this))
{
    setObjectName(QStringLiteral("samlPage"));
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    addToolAction(m_newAction);
    addRowAction(m_editAction);
    addContextSeparator();
    addRowAction(m_enableAction);
    addRowAction(m_disableAction);
    addContextSeparator();
    addRowAction(m_deleteAction);
    connect(m_newAction, &QAction::triggered, this, &SamlPage::createItem);
    connect(m_editAction, &QAction::triggered, this, &SamlPage::editSelected);
    connect(m_enableAction, &QAction::triggered, this, [this] { setSelectedEnabled(true); });
    connect(m_disableAction, &QAction::triggered, this, [this] { setSelectedEnabled(false); });
    connect(m_deleteAction, &QAction::triggered, this, &SamlPage::deleteSelection);
    connect(m_idp, &SamlIdpPanel::statusMessage, this, &SamlPage::statusMessage);
    // Under the list: the selected SP's metadata, then the IdP itself.
    if (auto* box = qobject_cast<QVBoxLayout*>(layout())) {
        box->addWidget(m_details);
        box->addWidget(m_idp);
    }

    setColumnWidths({180, 260, 140, 200, 170, 100, 90});
    retranslateUi();
    updateActions();
}

void SamlPage::retranslateUi()
{
    TablePage::retranslateUi();
    m_newAction->setText(tr("Add Service Provider…"));
    m_editAction->setText(tr("Edit…"));
    m_enableAction->setText(tr("Enable"));
    m_disableAction->setText(tr("Disable…"));
    m_deleteAction->setText(tr("Delete…"));
}

QString SamlPage::emptyText() const
{
    return tr("No service providers yet.\nAdd each web application that signs in with this server (Ctrl+N) from "
              "its SAML metadata; give it this server's metadata URL below.");
}

void SamlPage::refresh()
{
    TablePage::refresh();
    m_idp->refresh();
}

const ServiceProvider* SamlPage::selectedProvider() const
{
    const QModelIndexList rows = selectedRows();
    return rows.size() == 1 ? m_model->providerFromIndex(rows.first()) : nullptr;
}

void SamlPage::updateActions()
{
    const ServiceProvider* sp = selectedProvider();
    m_editAction->setEnabled(sp);
    m_enableAction->setEnabled(sp && !sp->enabled);
    m_disableAction->setEnabled(sp && sp->enabled);
    m_deleteAction->setEnabled(canDelete());
    m_details->showProvider(sp);
    TablePage::updateActions();
}

void SamlPage::openItem(const QModelIndex& index)
{
    if (index.isValid()) {
        editSelected();
    }
}

void SamlPage::createItem()
{
    openEditor<ServiceProviderDialog, ServiceProvider>(
        new ServiceProviderDialog(m_client, this), &ServiceProviderDialog::saved,
        [this](const ServiceProvider& sp) { return tr("Service provider “%1” added").arg(sp.name); });
}

void SamlPage::editSelected()
{
    const ServiceProvider* sp = selectedProvider();
    if (!sp) {
        return;
    }
    openEditor<ServiceProviderDialog, ServiceProvider>(
        new ServiceProviderDialog(m_client, *sp, this), &ServiceProviderDialog::saved,
        [this](const ServiceProvider& saved) { return tr("Service provider “%1” saved").arg(saved.name); });
}

void SamlPage::setSelectedEnabled(bool enabled)
{
    const ServiceProvider* selected = selectedProvider();
    if (!selected) {
        return;
    }
    ServiceProvider changed = *selected;
    changed.enabled = enabled;
    auto change = [this, changed] {
        m_api.update(changed, std::nullopt, this, [this](const ApiResult<ServiceProvider>& result) {
            if (!result.ok()) {
                showFailure(tr("Could not change the service provider"), result.error());
                return;
            }
            m_model->refresh();
            emit statusMessage(result.value().enabled ? tr("Service provider “%1” enabled").arg(result.value().name)
                                                      : tr("Service provider “%1” disabled").arg(result.value().name));
        });
    };
    if (enabled) {
        change();
        return;
    }
    messages::confirm(this, tr("Disable Service Provider"), tr("Disable “%1”?").arg(selected->name),
                      tr("Its users can no longer sign in to it with this server until it is enabled again."), change);
}

void SamlPage::deleteSelection()
{
    QList<qint64> ids;
    QStringList names;
    for (const QModelIndex& index : selectedRows()) {
        ids.append(m_model->providerFromIndex(index)->id);
        names.append(m_model->providerFromIndex(index)->name);
    }
    if (ids.isEmpty()) {
        return;
    }
    const QString question = ids.size() == 1 ? tr("Delete the service provider “%1”?").arg(names.first())
                                             : tr("Delete %n service provider(s)?", nullptr, int(ids.size()));
    messages::confirm(
        this, tr("Delete Service Provider"), question,
        tr("Its users can no longer sign in to it with this server; adding it again needs its "
           "metadata."),
        [this, ids] {
            removeEach(ids, tr("Could not delete the service provider"),
                       [this](qint64 id, ApiCallback<NoContent> done) { m_api.remove(id, this, std::move(done)); });
        });
}

} // namespace castellan::console
