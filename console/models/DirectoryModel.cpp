#include "models/DirectoryModel.h"

#include "models/StatusPalette.h"

#include <QFontDatabase>

namespace castellan::console {

DirectoryModel::DirectoryModel(RestClient& client, QObject* parent) : EntityTableModel(parent), m_api(client)
{
    setInitialSort(PriorityColumn, Qt::AscendingOrder); // the server's default order: the order sign-ins ask them
}

int DirectoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DirectoryModel::kindText(const QString& kind)
{
    return kind == QLatin1String(Directory::kActiveDirectory) ? tr("Active Directory") : tr("LDAP");
}

QVariant DirectoryModel::data(const QModelIndex& index, int role) const
{
    const Directory* d = directoryFromIndex(index);
    if (!d) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return d->name;
        case KindColumn:
            return kindText(d->kind);
        case UrlsColumn:
            return d->urls.join(QStringLiteral(", "));
        case StatusColumn:
            return d->enabled ? tr("Enabled") : tr("Disabled");
        case PriorityColumn:
            return d->priority;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == UrlsColumn) {
        return tr("Tried in this order: the next when one does not answer");
    }
    if (role == Qt::ForegroundRole && !d->enabled) {
        return StatusPalette::inactiveText();
    }
    if (role == Qt::FontRole && index.column() == UrlsColumn) {
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    }
    if (role == Qt::TextAlignmentRole && index.column() == PriorityColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant DirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case UrlsColumn:
        return tr("URLs");
    case StatusColumn:
        return tr("Status");
    case PriorityColumn:
        return tr("Priority");
    default:
        return {};
    }
}

QString DirectoryModel::sortKey(int column) const
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case KindColumn:
        return QStringLiteral("kind");
    case StatusColumn:
        return QStringLiteral("enabled");
    case PriorityColumn:
        return QStringLiteral("priority");
    default:
        return {};
    }
}

const Directory* DirectoryModel::directoryFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return nullptr;
    }
    return &itemAt(index.row());
}

QModelIndex DirectoryModel::indexFromDirectoryId(qint64 id, int column) const
{
    const int row = rowOfKey(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

RestReply* DirectoryModel::fetchPage(const ListQuery& query, ApiCallback<ListPage<Directory>> done)
{
    return m_api.list(query, this, std::move(done));
}

} // namespace castellan::console
