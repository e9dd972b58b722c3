#pragma once

#include "api/UserAlias.h"
#include "models/RowListModel.h"

namespace castellan::console {

/// A user's aliases: their other login names.
class UserAliasModel : public RowListModel<UserAlias>
{
    Q_OBJECT

public:
    enum Column
    {
        AliasColumn,
        CreatedColumn,
        ColumnCount,
    };

    using RowListModel::RowListModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace castellan::console
