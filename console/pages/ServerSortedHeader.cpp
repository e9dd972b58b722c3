#include "pages/ServerSortedHeader.h"

#include "models/PagedTableModel.h"

#include <QHeaderView>

namespace castellan::console {

ServerSortedHeader::ServerSortedHeader(QHeaderView* header, PagedTableModel* model)
    : QObject(header), m_header(header), m_model(model)
{
    m_header->setSectionsClickable(true);
    connect(m_header, &QHeaderView::sectionClicked, this, &ServerSortedHeader::onSectionClicked);
    showSortIndicator();
}

void ServerSortedHeader::onSectionClicked(int section)
{
    if (!m_model->isSortable(section)) {
        showSortIndicator(); // the header moved its indicator; put it back where the server sorts
        return;
    }
    const bool sameColumn = section == m_model->sortColumn();
    const Qt::SortOrder order =
        sameColumn && m_model->sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    m_model->sort(section, order);
    showSortIndicator();
}

void ServerSortedHeader::showSortIndicator()
{
    m_header->setSortIndicatorShown(m_model->sortColumn() >= 0);
    if (m_model->sortColumn() >= 0) {
        m_header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    }
}

} // namespace castellan::console
