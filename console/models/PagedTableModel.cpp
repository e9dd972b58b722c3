#include "models/PagedTableModel.h"

#include "api/RestReply.h"

namespace castellan::console {

PagedTableModel::PagedTableModel(QObject* parent) : QAbstractTableModel(parent) {}

PagedTableModel::~PagedTableModel()
{
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->cancel();
    }
}

QString PagedTableModel::sortKey(int) const
{
    return {};
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    const QString key = sortKey(column);
    if (key.isEmpty()) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    m_query.sortKey = key;
    m_query.descending = order == Qt::DescendingOrder;
    m_query.offset = 0;
    refresh();
}

void PagedTableModel::setInitialSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    m_query.sortKey = sortKey(column);
    m_query.descending = order == Qt::DescendingOrder;
}

void PagedTableModel::refresh()
{
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->cancel();
    }
    setLoading(true);
    m_pending = requestPage(m_query);
}

void PagedTableModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_query.search && m_loaded) {
        return;
    }
    m_query.search = trimmed;
    m_query.offset = 0;
    refresh();
}

void PagedTableModel::setFilters(const QUrlQuery& filters)
{
    m_query.filters = filters;
    m_query.offset = 0;
    refresh();
}

void PagedTableModel::setPageSize(int limit)
{
    m_query.limit = limit;
    m_query.offset = 0;
}

void PagedTableModel::showNextPage()
{
    if (!hasNextPage()) {
        return;
    }
    m_query.offset += m_query.limit;
    refresh();
}

void PagedTableModel::showPreviousPage()
{
    if (!hasPreviousPage()) {
        return;
    }
    m_query.offset = std::max(0, m_query.offset - m_query.limit);
    refresh();
}

void PagedTableModel::showFirstPage()
{
    m_query.offset = 0;
    refresh();
}

void PagedTableModel::showLastPage()
{
    if (!hasNextPage()) {
        return;
    }
    m_query.offset = int((pageCount() - 1) * m_query.limit);
    refresh();
}

void PagedTableModel::finishLoad(qint64 total, const ApiError& error)
{
    m_pending = nullptr;
    m_lastError = error;
    if (error.isCancelled()) {
        setLoading(false);
        return;
    }
    if (!error.isNone()) {
        setLoading(false);
        emit loadFailed(error);
        return;
    }
    m_total = total;
    m_loaded = true;
    // A page past the end (rows deleted elsewhere) falls back to the last page that has rows.
    if (m_query.offset > 0 && m_query.offset >= total) {
        m_query.offset = static_cast<int>(std::max<qint64>(0, ((total - 1) / m_query.limit) * m_query.limit));
        refresh();
        return;
    }
    setLoading(false);
    emit pageLoaded();
}

void PagedTableModel::setLoading(bool loading)
{
    if (loading == m_loading) {
        return;
    }
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace castellan::console
