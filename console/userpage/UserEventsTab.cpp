#include "userpage/UserEventsTab.h"

#include "models/AuditEntryModel.h"
#include "pages/PagerBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

constexpr int kSearchDelayMs = 300;
constexpr int kEventsPerPage = 50;

} // namespace

UserEventsTab::UserEventsTab(RestClient& client, QWidget* parent)
    : QWidget(parent), m_model(new AuditEntryModel(client, this)), m_search(new QLineEdit),
      m_searchTimer(new QTimer(this)), m_view(new QTableView)
{
    setObjectName(QStringLiteral("eventsTab"));
    m_model->setPageSize(kEventsPerPage);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search events, reasons, addresses"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        m_model->setSearchText(m_search->text().trimmed());
    });
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text().trimmed()); });

    m_view->setObjectName(QStringLiteral("eventsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->hideColumn(AuditEntryModel::UsernameColumn);
    connect(m_model, &PagedTableModel::pageLoaded, m_view, &QTableView::resizeColumnsToContents);

    auto* searchRow = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(new PagerBar(m_model));
}

void UserEventsTab::setUsername(const QString& username)
{
    AuditFilter filter;
    filter.user = username;
    m_model->setFilter(filter);
}

void UserEventsTab::reload()
{
    m_model->refresh();
}

} // namespace castellan::console
