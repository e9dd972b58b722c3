#include "pages/TablePage.h"

#include "models/PagedTableModel.h"
#include "pages/PagerBar.h"
#include "pages/ServerSortedHeader.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace castellan::console {

namespace {

constexpr int kLoadingBarHeight = 3;
constexpr int kShowLoadingAfterMs = 250;
constexpr int kSearchFieldWidth = 260;
constexpr int kTitlePointSizeIncrease = 4;

} // namespace

TablePage::TablePage(ConsolePage page, PagedTableModel* model, QWidget* parent)
    : ServerPage(page, parent), m_model(model)
{
    m_model->setParent(this);
    buildLayout();
    connectModel();
    const QSettings settings;
    m_view->horizontalHeader()->restoreState(settings.value(settingsKey()).toByteArray());
    m_sortedHeader->showSortIndicator(); // the saved state holds an old indicator
}

TablePage::~TablePage()
{
    QSettings().setValue(settingsKey(), m_view->horizontalHeader()->saveState());
}

QString TablePage::settingsKey() const
{
    return QStringLiteral("Pages/%1/header").arg(consolePageKey(page()));
}

void TablePage::buildLayout()
{
    m_titleLabel = new QLabel;
    m_titleLabel->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSize(titleFont.pointSize() + kTitlePointSizeIncrease);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_toolBar = new QToolBar;
    m_toolBar->setObjectName(QStringLiteral("pageToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->hide(); // until the page adds actions

    m_searchField = new QLineEdit;
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMaximumWidth(kSearchFieldWidth);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchField, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        m_model->setSearchText(m_searchField->text());
    });
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearchText(m_searchField->text()); });

    m_filterBar = new QHBoxLayout;
    auto* header = new QHBoxLayout;
    header->addWidget(m_titleLabel);
    header->addStretch(1);
    header->addLayout(m_filterBar);
    header->addWidget(m_searchField);

    m_loadingBar = new QProgressBar;
    m_loadingBar->setObjectName(QStringLiteral("loadingBar"));
    m_loadingBar->setRange(0, 0);
    m_loadingBar->setTextVisible(false);
    m_loadingBar->setFixedHeight(kLoadingBarHeight);
    m_loadingBar->setVisible(false);
    m_loadingDelay = new QTimer(this);
    m_loadingDelay->setSingleShot(true);
    m_loadingDelay->setInterval(kShowLoadingAfterMs);
    connect(m_loadingDelay, &QTimer::timeout, m_loadingBar, &QWidget::show);

    m_errorBar = new QWidget;
    m_errorBar->setObjectName(QStringLiteral("errorBar"));
    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(QStringLiteral("loadErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_retryButton = new QPushButton;
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    connect(m_retryButton, &QPushButton::clicked, this, &TablePage::refresh);
    auto* errorLayout = new QHBoxLayout(m_errorBar);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_errorLabel, 1);
    errorLayout->addWidget(m_retryButton);
    m_errorBar->hide();

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_sortedHeader = new ServerSortedHeader(m_view, m_model);
    // activated: a double click, or Enter (a single click where the platform activates on it).
    connect(m_view, &QTableView::activated, this, &TablePage::openItem);
    m_contextMenu = new QMenu(this);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        if (!m_contextMenu->isEmpty() && m_view->indexAt(at).isValid()) {
            m_contextMenu->popup(m_view->viewport()->mapToGlobal(at));
        }
    });

    m_emptyLabel = new QLabel;
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false); // greyed, as empty states are

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);

    m_pager = new PagerBar(m_model);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_loadingBar);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_pager);
}

void TablePage::connectModel()
{
    connect(m_model, &PagedTableModel::loadingChanged, this, &TablePage::onLoadingChanged);
    connect(m_model, &PagedTableModel::pageLoaded, this, &TablePage::onPageLoaded);
    connect(m_model, &PagedTableModel::loadFailed, this, &TablePage::onLoadFailed);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        // Keep what was selected, to select it again in the new page.
        m_selectedKeys.clear();
        for (const QModelIndex& index : selectedRows()) {
            m_selectedKeys.append(m_model->rowKey(index.row()));
        }
        m_currentKey = m_model->rowKey(m_view->currentIndex().row());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TablePage::restoreSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TablePage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TablePage::updateActions);
}

void TablePage::refresh()
{
    m_model->refresh();
}

void TablePage::focusSearch()
{
    if (m_searchable) {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    }
}

void TablePage::setSearchable(bool searchable)
{
    m_searchable = searchable;
    m_searchField->setVisible(searchable);
    emit actionsChanged();
}

void TablePage::addRowAction(QAction* action, Placement placement)
{
    m_contextMenu->addAction(action);
    if (placement == Placement::ToolBar) {
        addToolAction(action);
        return;
    }
    if (!m_moreMenu) {
        m_moreMenu = new QMenu(this);
        m_moreButton = new QToolButton;
        m_moreButton->setObjectName(QStringLiteral("moreButton"));
        m_moreButton->setMenu(m_moreMenu);
        m_moreButton->setPopupMode(QToolButton::InstantPopup);
        m_moreButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_moreButton->setText(tr("More"));
        m_toolBar->addWidget(m_moreButton);
        m_toolBar->show();
    }
    m_moreMenu->addAction(action);
}

void TablePage::addToolAction(QAction* action)
{
    m_toolBar->addAction(action);
    m_toolBar->show();
}

void TablePage::addContextSeparator()
{
    m_toolBar->addSeparator();
    m_contextMenu->addSeparator();
}

void TablePage::setColumnWidths(const QList<int>& widths)
{
    if (QSettings().contains(settingsKey())) {
        return; // the admin's own widths win
    }
    for (int column = 0; column < widths.size(); ++column) {
        m_view->setColumnWidth(column, widths.at(column));
    }
}

QModelIndexList TablePage::selectedRows() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    return rows;
}

int TablePage::selectedCount() const
{
    return static_cast<int>(m_view->selectionModel()->selectedRows().size());
}

void TablePage::updateActions()
{
    emit actionsChanged();
}

void TablePage::openItem(const QModelIndex&) {}

void TablePage::onLoadingChanged(bool loading)
{
    if (loading) {
        m_loadingDelay->start();
        return;
    }
    m_loadingDelay->stop();
    m_loadingBar->hide();
}

void TablePage::onPageLoaded()
{
    m_errorBar->hide();
    showEmptyState();
    updateActions();
}

void TablePage::onLoadFailed(const ApiError& error)
{
    // A list route answers 404 only when the server does not have it: a server older than this console.
    constexpr int kNotFound = 404;
    const bool missing = error.kind() == ApiError::Kind::Http && error.status() == kNotFound;
    m_errorLabel->setText(missing ? tr("This server does not offer this page yet: it is older than this console. "
                                       "Upgrade the server to use it.")
                                  : tr("Could not load the list: %1").arg(error.message()));
    m_retryButton->setVisible(!missing);
    m_errorBar->show();
}

void TablePage::showEmptyState()
{
    const bool empty = m_model->hasLoaded() && m_model->rowCount() == 0;
    if (empty) {
        const QString search = m_model->query().search;
        m_emptyLabel->setText(search.isEmpty() ? emptyText() : tr("Nothing matches “%1”.").arg(search));
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyLabel) : m_view);
}

void TablePage::restoreSelection()
{
    QItemSelectionModel* selection = m_view->selectionModel();
    for (const QVariant& key : std::as_const(m_selectedKeys)) {
        const int row = m_model->rowOfKey(key);
        if (row >= 0) {
            selection->select(m_model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    const int current = m_model->rowOfKey(m_currentKey);
    if (current >= 0) {
        selection->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
    }
    updateActions();
}

void TablePage::retranslateUi()
{
    m_titleLabel->setText(consolePageTitle(page()));
    m_searchField->setPlaceholderText(tr("Search…"));
    m_retryButton->setText(tr("Retry"));
    if (m_moreButton) {
        m_moreButton->setText(tr("More"));
    }
    emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    showEmptyState();
}

void TablePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    ServerPage::changeEvent(event);
}

void TablePage::removeEach(const QList<qint64>& ids, const QString& failure,
                           const std::function<void(qint64, ApiCallback<NoContent>)>& remove)
{
    auto remaining = std::make_shared<int>(int(ids.size()));
    for (const qint64 id : ids) {
        remove(id, [this, remaining, failure](const ApiResult<NoContent>& result) {
            if (!result.ok()) {
                showFailure(failure, result.error());
            }
            if (--*remaining == 0) {
                m_model->refresh();
            }
        });
    }
}

} // namespace castellan::console
