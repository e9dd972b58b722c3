#include "userpage/UserDevicesTab.h"

#include "dialogs/EnrollmentDialog.h"
#include "dialogs/MessageBoxes.h"
#include "dialogs/OperationProgress.h"
#include "models/SoftOtpDeviceModel.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace castellan::console {

namespace {

/// Devices of one user fit on a page; the search matches parts of usernames, so the rows are filtered to
/// the user's own.
constexpr int kDevicesPerPage = 200;

} // namespace

UserDevicesTab::UserDevicesTab(RestClient& client, QWidget* parent)
    : UserTab(parent), m_client(client), m_api(client), m_model(new SoftOtpDeviceModel(client, this)),
      m_ownDevices(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("devicesTab"));
    m_model->setPageSize(kDevicesPerPage);
    m_ownDevices->setSourceModel(m_model);
    m_ownDevices->setFilterKeyColumn(SoftOtpDeviceModel::UsernameColumn);
    setModel(m_ownDevices);
    view()->hideColumn(SoftOtpDeviceModel::UsernameColumn);
    connect(addButton(QStringLiteral("enroll"), tr("&Enroll SoftOTP…")), &QPushButton::clicked, this,
            &UserDevicesTab::enroll);
    addStretch();
    connect(addButton(QStringLiteral("remove"), tr("&Remove…")), &QPushButton::clicked, this,
            &UserDevicesTab::removeSelected);
    connect(m_model, &PagedTableModel::pageLoaded, this,
            [this] { showLoaded(m_ownDevices->rowCount(), tr("No SoftOTP devices: enroll the Castellan app.")); });
    connect(m_model, &PagedTableModel::loadFailed, this, &UserDevicesTab::showError);
    updateButtons();
}

void UserDevicesTab::reload()
{
    showLoading();
    m_ownDevices->setFilterRegularExpression(
        QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(user().username) + QLatin1Char('$'),
                           QRegularExpression::CaseInsensitiveOption));
    if (m_model->query().search == user().username) {
        m_model->refresh();
    } else {
        m_model->setSearchText(user().username);
    }
}

void UserDevicesTab::updateButtons()
{
    button(QStringLiteral("remove"))->setEnabled(selectedRow() >= 0);
}

void UserDevicesTab::enroll()
{
    auto* dialog = new EnrollmentDialog(m_client, user().id, user().username, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &UserDevicesTab::reload);
    dialog->open();
}

void UserDevicesTab::removeSelected()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    const SoftOtpDevice device = m_model->itemAt(m_ownDevices->mapToSource(m_ownDevices->index(row, 0)).row());
    messages::confirm(this, tr("Remove Device"), tr("Remove the device “%1” of %2?").arg(device.label, user().username),
                      tr("Its codes and push approvals stop working at once."), [this, device] {
                          OperationProgress::track(
                              m_api.remove(device.id, this,
                                           [this, device](const ApiResult<NoContent>& result) {
                                               if (!result.ok()) {
                                                   messages::failure(this, tr("Could not remove the device"),
                                                                     result.error());
                                                   return;
                                               }
                                               reload();
                                               emit changed(tr("Device “%1” removed").arg(device.label));
                                           }),
                              this, tr("Removing the device…"));
                      });
}

} // namespace castellan::console
