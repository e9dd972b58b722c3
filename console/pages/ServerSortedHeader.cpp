#include "pages/ServerSortedHeader.h"

#include "models/PagedTableModel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QTableView>
#include <QToolTip>

namespace castellan::console {

namespace {

constexpr qreal kUnsortableOpacity = 0.55;

} // namespace

ServerSortedHeader::ServerSortedHeader(QTableView* view, PagedTableModel* model)
    : QHeaderView(Qt::Horizontal, view), m_model(model)
{
    const QHeaderView* previous = view->horizontalHeader();
    setHighlightSections(previous->highlightSections());
    setStretchLastSection(previous->stretchLastSection());
    setSectionsMovable(previous->sectionsMovable());
    setDefaultAlignment(previous->defaultAlignment());
    setMinimumSectionSize(previous->minimumSectionSize());
    QList<int> sizes;
    for (int section = 0; section < previous->count(); ++section) {
        sizes.append(previous->sectionSize(section));
    }
    view->setHorizontalHeader(this); // the view deletes the previous header
    for (int section = 0; section < sizes.size() && section < count(); ++section) {
        resizeSection(section, sizes.at(section));
    }
    setSectionsClickable(true);
    connect(this, &QHeaderView::sectionClicked, this, &ServerSortedHeader::onSectionClicked);
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
    setSortIndicatorShown(m_model->sortColumn() >= 0);
    if (m_model->sortColumn() >= 0) {
        setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    }
}

QString ServerSortedHeader::sectionToolTip(int logicalIndex) const
{
    if (!m_model->isSortable(logicalIndex)) {
        return tr("This column cannot be sorted.");
    }
    if (logicalIndex == m_model->sortColumn()) {
        return m_model->sortOrder() == Qt::AscendingOrder ? tr("Sorted ascending; click to sort descending.")
                                                          : tr("Sorted descending; click to sort ascending.");
    }
    return tr("Click to sort by this column.");
}

void ServerSortedHeader::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    painter->save();
    if (!m_model->isSortable(logicalIndex)) {
        painter->setOpacity(kUnsortableOpacity);
    }
    QHeaderView::paintSection(painter, rect, logicalIndex);
    painter->restore();
}

bool ServerSortedHeader::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int section = logicalIndexAt(help->pos());
        if (section >= 0) {
            QToolTip::showText(help->globalPos(), sectionToolTip(section), viewport());
            return true;
        }
    }
    return QHeaderView::viewportEvent(event);
}

} // namespace castellan::console
