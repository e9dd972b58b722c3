#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace castellan::console {

/// A table of a few entities that come whole from the server (a user's factors, keys, sessions): no paging, the
/// rows replaced in one model reset. Subclasses say how a row shows (columnCount, data, headerData).
template <typename T> class RowListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    const QList<T>& rows() const { return m_rows; }

    void setRows(const QList<T>& rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

    /// The entity shown in `index`'s row; nullptr for an invalid index.
    const T* itemFromIndex(const QModelIndex& index) const
    {
        return index.isValid() && index.row() < m_rows.size() ? &m_rows.at(index.row()) : nullptr;
    }

private:
    QList<T> m_rows;
};

} // namespace castellan::console
