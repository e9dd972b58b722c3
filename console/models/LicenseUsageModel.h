#pragma once

#include "api/LicenseApi.h"
#include "api/LicenseInfo.h"
#include "models/EntityTableModel.h"

namespace castellan::console {

class RestClient;

/// The users counted in one license month, one page at a time.
class LicenseUsageModel : public EntityTableModel<LicenseUsage>
{
    Q_OBJECT

public:
    enum Column
    {
        UsernameColumn,
        FirstSeenColumn,
        LastLoginColumn,
        ColumnCount,
    };

    explicit LicenseUsageModel(RestClient& client, QObject* parent = nullptr);

    /// Shows month "YYYY-MM" (empty: the current one) from its first page.
    void setMonth(const QString& month);
    QString month() const { return m_month; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString sortKey(int column) const override;

    const LicenseUsage* usageFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromUsername(const QString& username, int column = UsernameColumn) const;

protected:
    QVariant keyOf(const LicenseUsage& usage) const override { return usage.username; }
    RestReply* fetchPage(const ListQuery& query, ApiCallback<ListPage<LicenseUsage>> done) override;

private:
    LicenseApi m_api;
    QString m_month;
};

} // namespace castellan::console
