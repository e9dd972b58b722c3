#include "models/ApiClientModel.h"

#include "models/DisplayFormat.h"
#include "models/StatusPalette.h"

#include <QFontDatabase>

namespace castellan::console {

ApiClientModel::ApiClientModel(RestClient& client, QObject* parent) : EntityTableModel(parent), m_api(client)
{
    setInitialSort(NameColumn, Qt::AscendingOrder); // the server's default order: by name
}

int ApiClientModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApiClientModel::typeTitle(ApiClient::Type type)
{
    return type == ApiClient::Type::User ? tr("Application (user)") : tr("Login agent");
}

QVariant ApiClientModel::data(const QModelIndex& index, int role) const
{
    const ApiClient* client = clientFromIndex(index);
    if (!client) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return client->name;
        case TypeColumn:
            return typeTitle(client->type);
        case ClientIdColumn:
            return client->clientId;
        case StatusColumn:
            return client->enabled ? tr("Enabled") : tr("Disabled");
        case LastUsedColumn:
            return client->lastUsedAt.isValid() ? display::time(client->lastUsedAt) : tr("Never");
        case CreatedColumn:
            return display::time(client->createdAt);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !client->enabled) {
        return StatusPalette::inactiveText();
    }
    if (role == Qt::FontRole && index.column() == ClientIdColumn) {
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    }
    return {};
}

QVariant ApiClientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ClientIdColumn:
        return tr("Client ID");
    case StatusColumn:
        return tr("Status");
    case LastUsedColumn:
        return tr("Last Used");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

QString ApiClientModel::sortKey(int column) const
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case TypeColumn:
        return QStringLiteral("type");
    case ClientIdColumn:
        return QStringLiteral("client_id");
    case StatusColumn:
        return QStringLiteral("enabled");
    case LastUsedColumn:
        return QStringLiteral("last_used_at");
    case CreatedColumn:
        return QStringLiteral("created_at");
    default:
        return {};
    }
}

const ApiClient* ApiClientModel::clientFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return nullptr;
    }
    return &itemAt(index.row());
}

QModelIndex ApiClientModel::indexFromClientId(qint64 id, int column) const
{
    const int row = rowOfKey(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

RestReply* ApiClientModel::fetchPage(const ListQuery& query, ApiCallback<ListPage<ApiClient>> done)
{
    return m_api.list(query, this, std::move(done));
}

} // namespace castellan::console
