#include "models/LicenseUsageModel.h"

#include "models/DisplayFormat.h"

namespace castellan::console {

LicenseUsageModel::LicenseUsageModel(RestClient& client, QObject* parent) : EntityTableModel(parent), m_api(client)
{
    setInitialSort(UsernameColumn, Qt::AscendingOrder); // the server's default order: by username
}

void LicenseUsageModel::setMonth(const QString& month)
{
    m_month = month;
    QUrlQuery filters;
    if (!month.isEmpty()) {
        filters.addQueryItem(QStringLiteral("month"), month);
    }
    setFilters(filters);
}

int LicenseUsageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LicenseUsageModel::data(const QModelIndex& index, int role) const
{
    const LicenseUsage* usage = usageFromIndex(index);
    if (!usage || role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case UsernameColumn:
        return usage->username;
    case FirstSeenColumn:
        return display::time(usage->firstSeen);
    case LastLoginColumn:
        return display::time(usage->lastLogin);
    default:
        return {};
    }
}

QVariant LicenseUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case FirstSeenColumn:
        return tr("First Sign-in This Month");
    case LastLoginColumn:
        return tr("Last Sign-in");
    default:
        return {};
    }
}

QString LicenseUsageModel::sortKey(int column) const
{
    switch (column) {
    case UsernameColumn:
        return QStringLiteral("username");
    case FirstSeenColumn:
        return QStringLiteral("first_seen");
    case LastLoginColumn:
        return QStringLiteral("last_login");
    default:
        return {};
    }
}

const LicenseUsage* LicenseUsageModel::usageFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return nullptr;
    }
    return &itemAt(index.row());
}

QModelIndex LicenseUsageModel::indexFromUsername(const QString& username, int column) const
{
    const int row = rowOfKey(username);
    return row < 0 ? QModelIndex() : index(row, column);
}

RestReply* LicenseUsageModel::fetchPage(const ListQuery& query, ApiCallback<ListPage<LicenseUsage>> done)
{
    return m_api.usage(query, this, std::move(done));
}

} // namespace castellan::console
