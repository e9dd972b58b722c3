#include "models/SecurityKeyModel.h"

#include "models/DisplayFormat.h"

namespace castellan::console {

int SecurityKeyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecurityKeyModel::data(const QModelIndex& index, int role) const
{
    const SecurityKey* key = itemFromIndex(index);
    if (!key || role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return key->name;
    case AlgorithmColumn:
        return key->algorithm;
    case UserVerifiedColumn:
        return display::yesNo(key->userVerified);
    case CreatedColumn:
        return display::time(key->createdAt);
    case LastUsedColumn:
        return display::time(key->lastUsedAt);
    default:
        return {};
    }
}

QVariant SecurityKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AlgorithmColumn:
        return tr("Algorithm");
    case UserVerifiedColumn:
        return tr("PIN or Biometrics");
    case CreatedColumn:
        return tr("Registered");
    case LastUsedColumn:
        return tr("Last Used");
    default:
        return {};
    }
}

} // namespace castellan::console
