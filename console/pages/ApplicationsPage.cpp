#include "pages/ApplicationsPage.h"

#include "dialogs/ApplicationDialog.h"
#include "dialogs/MessageBoxes.h"
#include "models/ApplicationModel.h"

#include <QAction>
#include <QStyle>
#include <QTableView>

namespace castellan::console {

namespace {

constexpr int kConflict = 409;

} // namespace

ApplicationsPage::ApplicationsPage(RestClient& client, QWidget* parent)
    : TablePage(ConsolePage::Applications, new ApplicationModel(client), parent), m_client(client), m_api(client),
      m_model(static_cast<ApplicationModel*>(view()->model())), m_newAction(new QAction(this)),
      m_editAction(new QAction(this)), m_deleteAction(new QAction(this))
{
    setObjectName(QStringLiteral("applicationsPage"));
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    addToolAction(m_newAction);
    addRowAction(m_editAction);
    addContextSeparator();
    addRowAction(m_deleteAction);
    connect(m_newAction, &QAction::triggered, this, &ApplicationsPage::createItem);
    connect(m_editAction, &QAction::triggered, this, &ApplicationsPage::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &ApplicationsPage::deleteSelection);

    setColumnWidths({160, 130, 180, 70, 100, 300, 80});
    retranslateUi();
    updateActions();
}

void ApplicationsPage::retranslateUi()
{
    TablePage::retranslateUi();
    m_newAction->setText(tr("New Profile…"));
    m_editAction->setText(tr("Edit…"));
    m_deleteAction->setText(tr("Delete…"));
}

QString ApplicationsPage::emptyText() const
{
    return tr("No application profiles yet.\nCreate a registration profile (Ctrl+N) so users can use the portal, "
              "and a RADIUS or SAML profile for each kind of login you protect.");
}

const ApplicationProfile* ApplicationsPage::selectedProfile() const
{
    const QModelIndexList rows = selectedRows();
    return rows.size() == 1 ? m_model->profileFromIndex(rows.first()) : nullptr;
}

bool ApplicationsPage::canDelete() const
{
    return selectedProfile() != nullptr;
}

void ApplicationsPage::updateActions()
{
    m_editAction->setEnabled(selectedProfile());
    m_deleteAction->setEnabled(canDelete());
    TablePage::updateActions();
}

void ApplicationsPage::openItem(const QModelIndex& index)
{
    if (index.isValid()) {
        editSelected();
    }
}

void ApplicationsPage::createItem()
{
    openEditor<ApplicationDialog, ApplicationProfile>(
        new ApplicationDialog(m_client, this), &ApplicationDialog::saved,
        [this](const ApplicationProfile& profile) { return tr("Profile “%1” created").arg(profile.name); });
}

void ApplicationsPage::editSelected()
{
    const ApplicationProfile* profile = selectedProfile();
    if (!profile) {
        return;
    }
    openEditor<ApplicationDialog, ApplicationProfile>(
        new ApplicationDialog(m_client, *profile, this), &ApplicationDialog::saved,
        [this](const ApplicationProfile& saved) { return tr("Profile “%1” saved").arg(saved.name); });
}

void ApplicationsPage::deleteSelection()
{
    const ApplicationProfile* profile = selectedProfile();
    if (!profile) {
        return;
    }
    if (profile->isUsed()) {
        messages::information(this, tr("Profile In Use"),
                              tr("“%1” is used by %2.").arg(profile->name, ApplicationModel::usersText(*profile)),
                              tr("Give them another profile first; then the profile can be deleted."));
        return;
    }
    const qint64 id = profile->id;
    const QString name = profile->name;
    messages::confirm(this, tr("Delete Profile"), tr("Delete the profile “%1”?").arg(name),
                      tr("Logins that use it are refused until they have another profile."),
                      [this, id, name] { remove(id, name); });
}

void ApplicationsPage::remove(qint64 id, const QString& name)
{
    m_api.remove(id, this, [this, name](const ApiResult<NoContent>& result) {
        m_model->refresh();
        if (result.ok()) {
            emit statusMessage(tr("Profile “%1” deleted").arg(name));
            return;
        }
        if (result.error().status() == kConflict) { // taken into use meanwhile: name who uses it now
            ApplicationProfile used;
            used.readUsers(result.error().problem().value(QStringLiteral("used_by")).toObject());
            messages::information(this, tr("Profile In Use"),
                                  tr("“%1” is used by %2.").arg(name, ApplicationModel::usersText(used)),
                                  tr("Give them another profile first; then the profile can be deleted."));
            return;
        }
        showFailure(tr("Could not delete the profile"), result.error());
    });
}

} // namespace castellan::console
