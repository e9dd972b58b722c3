#pragma once

#include "api/SecurityKey.h"
#include "models/RowListModel.h"

namespace castellan::console {

/// A user's security keys and passkeys.
class SecurityKeyModel : public RowListModel<SecurityKey>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        AlgorithmColumn,
        UserVerifiedColumn,
        CreatedColumn,
        LastUsedColumn,
        ColumnCount,
    };

    using RowListModel::RowListModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace castellan::console
