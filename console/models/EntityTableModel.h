#pragma once

#include "api/ApiResult.h"
#include "api/ListPage.h"
#include "models/PagedTableModel.h"

#include <QList>

namespace castellan::console {

/// A PagedTableModel whose rows are one page of entities of type T.
///
/// Subclasses say how to fetch a page (fetchPage) and how to show a row (data, headerData); this class keeps
/// the rows and replaces them in one model reset when a page arrives.
template <typename T> class EntityTableModel : public PagedTableModel
{
public:
    using PagedTableModel::PagedTableModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_items.size());
    }

    const QList<T>& items() const { return m_items; }
    const T& itemAt(int row) const { return m_items.at(row); }

    /// Replaces the rows with a page (what a fetch does; tests call it directly).
    void setPage(const ListPage<T>& page)
    {
        beginResetModel();
        m_items = page.items;
        endResetModel();
        finishLoad(page.total, ApiError());
    }

    QVariant rowKey(int row) const override
    {
        return row >= 0 && row < m_items.size() ? keyOf(m_items.at(row)) : QVariant();
    }
    int rowOfKey(const QVariant& key) const override
    {
        for (int row = 0; row < m_items.size(); ++row) {
            if (keyOf(m_items.at(row)) == key) {
                return row;
            }
        }
        return -1;
    }

    /// Replaces one row in place (after an edit answered the new state).
    void replaceRow(int row, const T& item)
    {
        if (row < 0 || row >= m_items.size()) {
            return;
        }
        m_items[row] = item;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

protected:
    /// What identifies an entity across pages and refreshes (its id, a username).
    virtual QVariant keyOf(const T& item) const = 0;
    virtual RestReply* fetchPage(const ListQuery& query, ApiCallback<ListPage<T>> done) = 0;

    RestReply* requestPage(const ListQuery& query) override
    {
        return fetchPage(query, [this](const ApiResult<ListPage<T>>& result) {
            if (result.ok()) {
                setPage(result.value());
            } else {
                finishLoad(total(), result.error());
            }
        });
    }

private:
    QList<T> m_items;
};

} // namespace castellan::console
