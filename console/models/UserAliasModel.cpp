#include "models/UserAliasModel.h"

#include "models/DisplayFormat.h"

namespace castellan::console {

int UserAliasModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserAliasModel::data(const QModelIndex& index, int role) const
{
    const UserAlias* alias = itemFromIndex(index);
    if (!alias || role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case AliasColumn:
        return alias->alias;
    case CreatedColumn:
        return display::time(alias->createdAt);
    default:
        return {};
    }
}

QVariant UserAliasModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case AliasColumn:
        return tr("Alias");
    case CreatedColumn:
        return tr("Added");
    default:
        return {};
    }
}

} // namespace castellan::console
