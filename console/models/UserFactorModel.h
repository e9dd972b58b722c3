#pragma once

#include "api/UserFactor.h"
#include "models/RowListModel.h"

namespace castellan::console {

/// A user's second factors: type, label, where codes go or which token, last use.
class UserFactorModel : public RowListModel<UserFactor>
{
    Q_OBJECT

public:
    enum Column
    {
        TypeColumn,
        LabelColumn,
        DetailColumn,
        CreatedColumn,
        LastUsedColumn,
        ColumnCount,
    };

    using RowListModel::RowListModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row of the factor with this id, or -1.
    int rowOfFactor(qint64 id) const;
    static QString typeTitle(UserFactor::Type type);
    /// The serial of a token, the phone or address codes go to, the app's algorithm.
    static QString detailText(const UserFactor& factor);
};

} // namespace castellan::console
