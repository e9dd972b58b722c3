#pragma once

#include <QHeaderView>

class QTableView;

namespace castellan::console {

class PagedTableModel;

/// The header of a table sorted on the server: a click on a column the server sorts asks for that column
/// (ascending, or the other way when it already sorts by it), which fetches the first page again; the sort
/// indicator always shows what the server sorts by. Columns the server cannot sort are drawn dimmed, do nothing
/// when clicked and say so in their tooltip, so every column is either sortable or visibly not.
class ServerSortedHeader : public QHeaderView
{
    Q_OBJECT

public:
    /// Becomes the horizontal header of `view` (over `model`), keeping the settings and sizes of the one it replaces.
    ServerSortedHeader(QTableView* view, PagedTableModel* model);

    /// Shows the model's sort column and order on the header.
    void showSortIndicator();
    /// What hovering over a section says (tests read it).
    QString sectionToolTip(int logicalIndex) const;

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    bool viewportEvent(QEvent* event) override;

private:
    void onSectionClicked(int section);

    PagedTableModel* m_model;
};

} // namespace castellan::console
