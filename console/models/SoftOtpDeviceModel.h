#pragma once

#include "api/SoftOtpApi.h"
#include "api/SoftOtpDevice.h"
#include "models/EntityTableModel.h"

namespace castellan::console {

class RestClient;

/// The SoftOTP devices, one page at a time; Verified says why when the answer is No.
class SoftOtpDeviceModel : public EntityTableModel<SoftOtpDevice>
{
    Q_OBJECT

public:
    enum Column
    {
        UsernameColumn,
        LabelColumn,
        PlatformColumn,
        VerifiedColumn,
        PinColumn,
        BiometricColumn,
        ConfigurationColumn,
        LastSyncColumn,
        CreatedColumn,
        ColumnCount,
    };

    explicit SoftOtpDeviceModel(RestClient& client, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString sortKey(int column) const override;

    const SoftOtpDevice* deviceFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromDeviceId(qint64 id, int column = UsernameColumn) const;

    /// "Yes", or "No — <reason>".
    static QString verifiedText(const SoftOtpDevice& device);

protected:
    QVariant keyOf(const SoftOtpDevice& device) const override { return device.id; }
    RestReply* fetchPage(const ListQuery& query, ApiCallback<ListPage<SoftOtpDevice>> done) override;

private:
    QVariant displayText(const SoftOtpDevice& device, int column) const;

    SoftOtpApi m_api;
};

} // namespace castellan::console
