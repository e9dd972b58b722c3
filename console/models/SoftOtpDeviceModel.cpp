#include "models/SoftOtpDeviceModel.h"

#include "models/DisplayFormat.h"
#include "models/StatusPalette.h"

namespace castellan::console {

SoftOtpDeviceModel::SoftOtpDeviceModel(RestClient& client, QObject* parent) : EntityTableModel(parent), m_api(client)
{
    setInitialSort(UsernameColumn, Qt::AscendingOrder); // the server's default order: by username
}

int SoftOtpDeviceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SoftOtpDeviceModel::verifiedText(const SoftOtpDevice& device)
{
    if (device.verified) {
        return tr("Yes");
    }
    return device.reason.isEmpty() ? tr("No") : tr("No — %1").arg(device.reason);
}

QVariant SoftOtpDeviceModel::data(const QModelIndex& index, int role) const
{
    const SoftOtpDevice* device = deviceFromIndex(index);
    if (!device) {
        return {};
    }
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        return displayText(*device, column);
    }
    if (role == Qt::ForegroundRole && column == VerifiedColumn) {
        return device->verified ? StatusPalette::goodText() : StatusPalette::alertText();
    }
    if (role == Qt::ToolTipRole && column == ConfigurationColumn && !device->configDelivered) {
        return tr("The device gets the new configuration at its next sync.");
    }
    if (role == Qt::TextAlignmentRole && (column == PinColumn || column == BiometricColumn)) {
        return int(Qt::AlignCenter);
    }
    return {};
}

QVariant SoftOtpDeviceModel::displayText(const SoftOtpDevice& device, int column) const
{
    switch (column) {
    case UsernameColumn:
        return device.username;
    case LabelColumn:
        return device.label;
    case PlatformColumn:
        return device.platform.isEmpty() ? tr("Not enrolled yet") : device.platform;
    case VerifiedColumn:
        return verifiedText(device);
    case PinColumn:
        return display::yesNo(device.pinRequired);
    case BiometricColumn:
        return display::yesNo(device.biometricRequired);
    case ConfigurationColumn:
        return device.configDelivered ? tr("Delivered") : tr("Pending");
    case LastSyncColumn:
        return device.lastSyncAt.isValid() ? display::time(device.lastSyncAt) : tr("Never");
    case CreatedColumn:
        return display::time(device.createdAt);
    default:
        return {};
    }
}

QVariant SoftOtpDeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case LabelColumn:
        return tr("Device");
    case PlatformColumn:
        return tr("Platform");
    case VerifiedColumn:
        return tr("Verified");
    case PinColumn:
        return tr("PIN Required");
    case BiometricColumn:
        return tr("Biometric Required");
    case ConfigurationColumn:
        return tr("Configuration");
    case LastSyncColumn:
        return tr("Last Sync");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

QString SoftOtpDeviceModel::sortKey(int column) const
{
    switch (column) {
    case UsernameColumn:
        return QStringLiteral("username");
    case LabelColumn:
        return QStringLiteral("label");
    case PlatformColumn:
        return QStringLiteral("platform");
    case VerifiedColumn:
        return QStringLiteral("verified");
    case PinColumn:
        return QStringLiteral("pin_required");
    case BiometricColumn:
        return QStringLiteral("biometric_required");
    case ConfigurationColumn:
        return QStringLiteral("config_delivered");
    case LastSyncColumn:
        return QStringLiteral("last_sync_at");
    case CreatedColumn:
        return QStringLiteral("created_at");
    default:
        return {};
    }
}

const SoftOtpDevice* SoftOtpDeviceModel::deviceFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return nullptr;
    }
    return &itemAt(index.row());
}

QModelIndex SoftOtpDeviceModel::indexFromDeviceId(qint64 id, int column) const
{
    const int row = rowOfKey(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

RestReply* SoftOtpDeviceModel::fetchPage(const ListQuery& query, ApiCallback<ListPage<SoftOtpDevice>> done)
{
    return m_api.list(query, this, std::move(done));
}

} // namespace castellan::console
