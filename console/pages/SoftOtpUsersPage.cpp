#include "pages/SoftOtpUsersPage.h"

#include "dialogs/EnrollmentDialog.h"
#include "dialogs/MessageBoxes.h"
#include "dialogs/RemoteConfigurationDialog.h"
#include "dialogs/UserPickerDialog.h"
#include "models/SoftOtpDeviceModel.h"

#include <QAction>
#include <QStyle>
#include <QTableView>
#include <QToolBar>

namespace castellan::console {

SoftOtpUsersPage::SoftOtpUsersPage(RestClient& client, QWidget* parent)
    : TablePage(ConsolePage::SoftOtpUsers, new SoftOtpDeviceModel(client), parent), m_client(client), m_api(client),
      m_model(static_cast<SoftOtpDeviceModel*>(view()->model())), m_newAction(new QAction(this)),
      m_enrollAction(new QAction(this)), m_configureAction(new QAction(this)), m_deleteAction(new QAction(this))
{
    setObjectName(QStringLiteral("softOtpUsersPage"));
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    addToolAction(m_newAction);
    addRowAction(m_enrollAction);
    addRowAction(m_configureAction);
    addContextSeparator();
    addRowAction(m_deleteAction);
    connect(m_newAction, &QAction::triggered, this, &SoftOtpUsersPage::createItem);
    connect(m_enrollAction, &QAction::triggered, this, &SoftOtpUsersPage::enrollSelectedUser);
    connect(m_configureAction, &QAction::triggered, this, &SoftOtpUsersPage::configureSelected);
    connect(m_deleteAction, &QAction::triggered, this, &SoftOtpUsersPage::deleteSelection);
    setColumnWidths({140, 160, 90, 220, 100, 130, 110, 140, 140});
    retranslateUi();
    updateActions();
}

void SoftOtpUsersPage::retranslateUi()
{
    TablePage::retranslateUi();
    m_newAction->setText(tr("New Enrollment…"));
    m_enrollAction->setText(tr("Enrollment QR Code…"));
    m_configureAction->setText(tr("Remote Configuration…"));
    m_deleteAction->setText(tr("Remove Device…"));
}

QString SoftOtpUsersPage::emptyText() const
{
    return tr("No SoftOTP devices yet.\nStart an enrollment (Ctrl+N) and let the user scan its QR code.");
}

QList<SoftOtpDevice> SoftOtpUsersPage::selectedDevices() const
{
    QList<SoftOtpDevice> devices;
    for (const QModelIndex& index : selectedRows()) {
        devices.append(*m_model->deviceFromIndex(index));
    }
    return devices;
}

void SoftOtpUsersPage::updateActions()
{
    const int count = selectedCount();
    m_enrollAction->setEnabled(count == 1);
    m_configureAction->setEnabled(count > 0);
    m_deleteAction->setEnabled(count > 0);
    TablePage::updateActions();
}

void SoftOtpUsersPage::openItem(const QModelIndex& index)
{
    if (index.isValid()) {
        configureSelected();
    }
}

void SoftOtpUsersPage::createItem()
{
    auto* picker = new UserPickerDialog(m_client, tr("New SoftOTP Enrollment"), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &UserPickerDialog::chosen, this, &SoftOtpUsersPage::showEnrollment);
    picker->open();
}

void SoftOtpUsersPage::enrollSelectedUser()
{
    const QList<SoftOtpDevice> devices = selectedDevices();
    if (devices.size() == 1) {
        showEnrollment(devices.first().userId, devices.first().username);
    }
}

void SoftOtpUsersPage::showEnrollment(qint64 userId, const QString& username)
{
    auto* dialog = new EnrollmentDialog(m_client, userId, username, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EnrollmentDialog::enrolled, m_model, &PagedTableModel::refresh);
    dialog->open();
}

void SoftOtpUsersPage::configureSelected()
{
    const QList<SoftOtpDevice> devices = selectedDevices();
    if (devices.isEmpty()) {
        return;
    }
    auto* dialog = new RemoteConfigurationDialog(m_client, devices, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RemoteConfigurationDialog::saved, this, [this](qint64 updated) {
        m_model->refresh();
        emit statusMessage(tr("Remote configuration set for %n device(s)", nullptr, int(updated)));
    });
    dialog->open();
}

void SoftOtpUsersPage::deleteSelection()
{
    const QList<SoftOtpDevice> devices = selectedDevices();
    if (devices.isEmpty()) {
        return;
    }
    const QString question = devices.size() == 1
                                 ? tr("Remove %1's device “%2”?").arg(devices.first().username, devices.first().label)
                                 : tr("Remove %n device(s)?", nullptr, int(devices.size()));
    messages::confirm(
        this, tr("Remove Device"), question,
        tr("The device's TOTP factor is deleted with it; the app can no longer sign in."), [this, devices] {
            QList<qint64> ids;
            for (const SoftOtpDevice& device : devices) {
                ids.append(device.id);
            }
            removeEach(ids, tr("Could not remove the device"),
                       [this](qint64 id, ApiCallback<NoContent> done) { m_api.remove(id, this, std::move(done)); });
        });
}

} // namespace castellan::console
