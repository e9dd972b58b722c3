#pragma once

#include "api/ApiError.h"
#include "api/ListQuery.h"
#include "api/RestReply.h"

#include <QAbstractTableModel>

#include <QPointer>
#include <algorithm>

namespace castellan::console {

class RestReply;

/// The paging, searching and sorting every entity table shares: it asks the server for one page at a time
/// (`q`, `offset`, `limit`, `sort`), keeps the total, and tells views when it is loading or failed.
///
/// Sorting goes to the server for columns that have a sort key (sortKey()); other columns do not sort,
/// since sorting one page of many would mislead.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PagedTableModel(QObject* parent = nullptr);
    ~PagedTableModel() override;

    const ListQuery& query() const { return m_query; }
    qint64 total() const { return m_total; }
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    ApiError lastError() const { return m_lastError; }

    bool hasPreviousPage() const { return m_query.offset > 0; }
    bool hasNextPage() const { return m_query.offset + m_query.limit < m_total; }

    /// What identifies a row's entity, so a view can keep its selection across refreshes.
    virtual QVariant rowKey(int row) const = 0;
    /// The row showing the entity with this key, or -1.
    virtual int rowOfKey(const QVariant& key) const = 0;

    /// The server's sort key for a column; empty when the server cannot sort by it.
    virtual QString sortKey(int column) const;
    bool isSortable(int column) const { return !sortKey(column).isEmpty(); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    /// Fetches the current page again (cancelling a fetch under way).
    void refresh();
    /// Searches from the first page.
    void setSearchText(const QString& text);
    /// Filters from the first page (the route's own query items, e.g. status or audit filters).
    void setFilters(const QUrlQuery& filters);
    void setPageSize(int limit);
    void showNextPage();
    void showPreviousPage();
    void showFirstPage();
    /// The page holding the last entry.
    void showLastPage();
    /// The page shown (1-based) and how many there are (at least 1).
    qint64 pageNumber() const { return m_query.offset / std::max(1, m_query.limit) + 1; }
    qint64 pageCount() const { return std::max<qint64>(1, (m_total + m_query.limit - 1) / std::max(1, m_query.limit)); }

signals:
    void loadingChanged(bool loading);
    /// A page arrived: rows, total and paging buttons changed.
    void pageLoaded();
    void loadFailed(const castellan::console::ApiError& error);

protected:
    /// Asks the server for a page; the subclass answers with finishLoad() from its callback.
    virtual RestReply* requestPage(const ListQuery& query) = 0;
    /// Ends a fetch: the subclass has replaced its rows (in a model reset) when error is None.
    void finishLoad(qint64 total, const ApiError& error);
    /// Sets the sort shown before the first fetch (the server's default order).
    void setInitialSort(int column, Qt::SortOrder order);

private:
    void setLoading(bool loading);

    ListQuery m_query;
    qint64 m_total = 0;
    bool m_loading = false;
    bool m_loaded = false;
    ApiError m_lastError;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QPointer<RestReply> m_pending;
};

} // namespace castellan::console
