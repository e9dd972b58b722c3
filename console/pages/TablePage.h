#pragma once

#include "api/ApiResult.h"
#include "pages/ServerPage.h"

#include <QModelIndexList>

#include <functional>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;
class QToolButton;

namespace castellan::console {

class PagedTableModel;
class PagerBar;
class ServerSortedHeader;

/// A page showing one entity table: title, tool bar, search field and filters, the table (server-side
/// sorting by header click where the route sorts), paging, an empty state, a loading bar and an error line
/// with Retry. The selection survives refreshes; column widths and order are remembered per page.
class TablePage : public ServerPage
{
    Q_OBJECT

public:
    static constexpr int kSearchDelayMs = 300;

    TablePage(ConsolePage page, PagedTableModel* model, QWidget* parent = nullptr);
    ~TablePage() override;

    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_searchField; }
    PagerBar* pagerBar() const { return m_pager; }
    bool canSearch() const override { return m_searchable; }

public slots:
    void refresh() override;
    void focusSearch() override;

protected:
    /// A list reloads when shown again, so changes made elsewhere (an import, another page) are seen.
    void shownAgain() override { refresh(); }
    void changeEvent(QEvent* event) override;

    QToolBar* toolBar() const { return m_toolBar; }
    /// Where a page adds its filters, left of the search field.
    QHBoxLayout* filterBar() const { return m_filterBar; }
    void setSearchable(bool searchable);
    enum class Placement
    {
        ToolBar,  ///< a button of its own
        MoreMenu, ///< in the tool bar's "More" menu (actions used less often)
    };
    /// Adds an action for the selected rows to the tool bar (or its More menu) and to the rows' context menu.
    void addRowAction(QAction* action, Placement placement = Placement::ToolBar);
    /// Adds an action that needs no selection (New, Import) to the tool bar.
    void addToolAction(QAction* action);
    void addContextSeparator();
    void setColumnWidths(const QList<int>& widths);

    /// The first-column index of each selected row, in row order.
    QModelIndexList selectedRows() const;
    int selectedCount() const;

    /// Opens the create or edit `dialog` of a row (deleted when closed); once it has saved, the list reloads and the
    /// status bar says `message(saved)`.
    template <typename Dialog, typename Entity>
    void openEditor(Dialog* dialog, void (Dialog::*saved)(const Entity&),
                    const std::function<QString(const Entity&)>& message)
    {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, saved, this, [this, message](const Entity& entity) {
            refresh();
            emit statusMessage(message(entity));
        });
        dialog->open();
    }

    /// Deletes each of `ids` with one call of `remove`, shows the server's reason for each refusal under `failure`,
    /// and reloads the list once every call has answered.
    void removeEach(const QList<qint64>& ids, const QString& failure,
                    const std::function<void(qint64, ApiCallback<NoContent>)>& remove);

    /// Enables actions for the selection; the base tells the window its shared actions may have changed.
    virtual void updateActions();
    /// What the table says when it has no rows and no search is active.
    virtual QString emptyText() const = 0;
    /// Double-click or Enter on a row.
    virtual void openItem(const QModelIndex& index);
    /// Sets the page's own texts; called on construction by subclasses and on language change.
    virtual void retranslateUi();

private:
    void buildLayout();
    void connectModel();
    void onLoadingChanged(bool loading);
    void onPageLoaded();
    void onLoadFailed(const ApiError& error);
    void showEmptyState();
    void restoreSelection();
    QString settingsKey() const;

    PagedTableModel* m_model;
    QLabel* m_titleLabel = nullptr;
    QToolBar* m_toolBar = nullptr;
    QHBoxLayout* m_filterBar = nullptr;
    QLineEdit* m_searchField = nullptr;
    QTimer* m_searchTimer = nullptr;
    QProgressBar* m_loadingBar = nullptr;
    QTimer* m_loadingDelay = nullptr;
    QWidget* m_errorBar = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_retryButton = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_emptyLabel = nullptr;
    PagerBar* m_pager = nullptr;
    ServerSortedHeader* m_sortedHeader = nullptr;
    QMenu* m_contextMenu = nullptr;
    QMenu* m_moreMenu = nullptr;
    QToolButton* m_moreButton = nullptr;
    bool m_searchable = true;
    QVariantList m_selectedKeys;
    QVariant m_currentKey;
};

} // namespace castellan::console
