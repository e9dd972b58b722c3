#pragma once

#include <QObject>

class QHeaderView;

namespace castellan::console {

class PagedTableModel;

/// Sorts a table on the server from its header: a click on a column the server sorts asks for that column
/// (ascending, or the other way when it already sorts by it), which fetches the first page again; the header's
/// sort indicator always shows what the server sorts by. Columns the server cannot sort do nothing.
class ServerSortedHeader : public QObject
{
    Q_OBJECT

public:
    /// Follows clicks on `header` (the horizontal header of a view over `model`); owned by the header.
    ServerSortedHeader(QHeaderView* header, PagedTableModel* model);

    /// Shows the model's sort column and order on the header.
    void showSortIndicator();

private:
    void onSectionClicked(int section);

    QHeaderView* m_header;
    PagedTableModel* m_model;
};

} // namespace castellan::console
