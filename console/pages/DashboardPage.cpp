#include "pages/DashboardPage.h"

#include "api/ApiError.h"
#include "api/RestReply.h"
#include "models/DisplayFormat.h"
#include "pages/DashboardCard.h"
#include "pages/GettingStartedChecklist.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>
#include <map>

namespace castellan::console {

namespace {

constexpr int kTitlePointSizeIncrease = 4;
constexpr int kLoadingBarHeight = 3;

enum AuthenticationColumn
{
    ChannelColumn,
    AcceptedHourColumn,
    RejectedHourColumn,
    AcceptedDayColumn,
    RejectedDayColumn,
    ChallengedDayColumn,
    AuthenticationColumnCount,
};

enum RadiusColumn
{
    NameColumn,
    LastRequestColumn,
    RequestsColumn,
    AcceptsColumn,
    RejectsColumn,
    RadiusColumnCount,
};

QLabel* sectionTitle(const QString& name)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* emptyNote(const QString& name)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QTableWidget* smallTable(const QString& name, int columns)
{
    auto* table = new QTableWidget(0, columns);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    // The first column (channel, client name) takes the width left; the figures fit their contents.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // As tall as its rows: the page scrolls as a whole, not each table.
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Read-only figures the server sorted; a header click would only reorder what the page shows.
    table->setSortingEnabled(false);
    return table;
}

void fitToRows(QTableWidget* table)
{
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row) {
        height += table->rowHeight(row);
    }
    table->setFixedHeight(height);
}

QTableWidgetItem* numberItem(qint64 value)
{
    auto* item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, value);
    return item;
}

} // namespace

DashboardPage::DashboardPage(RestClient& client, QWidget* parent)
    : ServerPage(ConsolePage::Dashboard, parent), m_api(client)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_loadingBar = new QProgressBar;
    m_loadingBar->setObjectName(QStringLiteral("loadingBar"));
    m_loadingBar->setRange(0, 0);
    m_loadingBar->setTextVisible(false);
    m_loadingBar->setFixedHeight(kLoadingBarHeight);
    m_loadingBar->hide();
    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: white; background: #b3261e; padding: 4px 8px;"));
    m_errorLabel->hide();
    m_checklist = new GettingStartedChecklist;
    m_checklist->hide(); // until the server says what is missing
    connect(m_checklist, &GettingStartedChecklist::pageRequested, this, &ServerPage::pageRequested);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_checklist);
    contentLayout->addWidget(buildCards());
    contentLayout->addWidget(buildTables());
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_loadingBar);
    layout->addWidget(m_errorLabel);
    layout->addWidget(scroll, 1);
    retranslateUi();
}

QWidget* DashboardPage::buildHeader()
{
    m_titleLabel = new QLabel;
    m_titleLabel->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSize(titleFont.pointSize() + kTitlePointSizeIncrease);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_updatedLabel = new QLabel;
    m_updatedLabel->setObjectName(QStringLiteral("updatedLabel"));
    m_updatedLabel->setForegroundRole(QPalette::PlaceholderText);
    m_refreshButton = new QPushButton;
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);

    auto* header = new QWidget;
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addStretch(1);
    layout->addWidget(m_updatedLabel);
    layout->addWidget(m_refreshButton);
    return header;
}

QWidget* DashboardPage::buildCards()
{
    m_lastHour = new DashboardCard(QStringLiteral("lastHourCard"));
    m_lastDay = new DashboardCard(QStringLiteral("lastDayCard"));
    m_blocked = new DashboardCard(QStringLiteral("blockedCard"));
    m_license = new DashboardCard(QStringLiteral("licenseCard"));
    m_delivery = new DashboardCard(QStringLiteral("deliveryCard"));
    auto* cards = new QWidget;
    auto* layout = new QHBoxLayout(cards);
    layout->setContentsMargins(0, 0, 0, 0);
    for (DashboardCard* card : {m_lastHour, m_lastDay, m_blocked, m_license, m_delivery}) {
        layout->addWidget(card, 1);
    }
    return cards;
}

QWidget* DashboardPage::buildTables()
{
    m_authenticationsTitle = sectionTitle(QStringLiteral("authenticationsTitle"));
    m_authentications = smallTable(QStringLiteral("authenticationsTable"), AuthenticationColumnCount);
    m_authenticationsEmpty = emptyNote(QStringLiteral("authenticationsEmpty"));
    m_radiusTitle = sectionTitle(QStringLiteral("radiusClientsTitle"));
    m_radiusClients = smallTable(QStringLiteral("radiusClientsTable"), RadiusColumnCount);
    m_radiusEmpty = emptyNote(QStringLiteral("radiusClientsEmpty"));

    auto* tables = new QWidget;
    auto* layout = new QVBoxLayout(tables);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_authenticationsTitle);
    layout->addWidget(m_authenticationsEmpty);
    layout->addWidget(m_authentications);
    layout->addWidget(m_radiusTitle);
    layout->addWidget(m_radiusEmpty);
    layout->addWidget(m_radiusClients);
    return tables;
}

void DashboardPage::refresh()
{
    if (m_pending) {
        m_pending->cancel(); // F5 twice: the later answer counts
    }
    m_loadingBar->show();
    m_pending = m_api.get(this, [this](const ApiResult<DashboardSummary>& result) {
        if (result.error().isCancelled()) {
            return;
        }
        m_pending = nullptr;
        m_loadingBar->hide();
        if (!result.ok()) {
            m_errorLabel->setText(tr("Could not load the dashboard: %1").arg(result.error().message()));
            m_errorLabel->show();
            return;
        }
        m_errorLabel->hide();
        m_summary = result.value();
        showSummary();
    });
}

void DashboardPage::showSummary()
{
    if (!m_summary) {
        return;
    }
    m_checklist->setSetup(m_summary->setup);
    m_checklist->setVisible(!m_summary->setup.complete);
    m_updatedLabel->setText(tr("Updated %1").arg(display::time(m_summary->generatedAt)));
    showCards();
    showAuthentications();
    showRadiusClients();
}

void DashboardPage::showCards()
{
    const DashboardSummary& s = *m_summary;
    const QLocale locale;
    const qint64 rejectedHour = s.total(QStringLiteral("reject"), true);
    const qint64 rejectedDay = s.total(QStringLiteral("reject"), false);
    m_lastHour->setFigure(locale.toString(s.total(QStringLiteral("accept"), true)),
                          tr("accepted, %n rejected", nullptr, int(rejectedHour)));
    m_lastDay->setFigure(locale.toString(s.total(QStringLiteral("accept"), false)),
                         tr("accepted, %n rejected", nullptr, int(rejectedDay)));
    m_blocked->setFigure(locale.toString(s.blockedUsers), tr("blocked now"), s.blockedUsers > 0);

    const bool full = s.licenseLimit > 0 && s.licenseUsed >= s.licenseLimit;
    const QString support =
        s.supportEnded ? tr("support has ended") : tr("%n day(s) of support left", nullptr, s.supportDaysLeft);
    m_license->setFigure(tr("%1 / %2").arg(locale.toString(s.licenseUsed), locale.toString(s.licenseLimit)),
                         tr("users this month; %1").arg(support), full || s.supportEnded);

    QString latest = tr("no code failed to go out");
    if (!s.deliveryFailures.isEmpty()) {
        const DashboardSummary::DeliveryFailure& f = s.deliveryFailures.first();
        latest = tr("latest: %1 to %2 at %3: %4")
                     .arg(f.channel == QLatin1String("sms") ? tr("SMS") : tr("e-mail"), f.username, display::time(f.at),
                          f.reason);
    }
    m_delivery->setFigure(locale.toString(s.deliveryFailuresLastDay), latest, s.deliveryFailuresLastDay > 0);
}

void DashboardPage::showAuthentications()
{
    // One row per channel; a result the columns do not show (another kind of decision) is left out.
    std::map<QString, std::array<qint64, AuthenticationColumnCount>> rows;
    for (const DashboardSummary::Authentications& a : m_summary->authentications) {
        auto& row = rows[a.channel];
        if (a.result == QLatin1String("accept")) {
            row[AcceptedHourColumn] += a.lastHour;
            row[AcceptedDayColumn] += a.lastDay;
        } else if (a.result == QLatin1String("reject")) {
            row[RejectedHourColumn] += a.lastHour;
            row[RejectedDayColumn] += a.lastDay;
        } else if (a.result == QLatin1String("challenge")) {
            row[ChallengedDayColumn] += a.lastDay;
        }
    }
    m_authentications->setRowCount(0);
    for (const auto& [channel, counts] : rows) {
        const int row = m_authentications->rowCount();
        m_authentications->insertRow(row);
        auto* name = new QTableWidgetItem(channelName(channel));
        name->setData(Qt::UserRole, channel);
        m_authentications->setItem(row, ChannelColumn, name);
        for (int column = AcceptedHourColumn; column < AuthenticationColumnCount; ++column) {
            m_authentications->setItem(row, column, numberItem(counts[std::size_t(column)]));
        }
    }
    fitToRows(m_authentications);
    m_authentications->setVisible(!rows.empty());
    m_authenticationsEmpty->setVisible(rows.empty());
}

void DashboardPage::showRadiusClients()
{
    m_radiusClients->setRowCount(0);
    for (const DashboardSummary::RadiusClientSeen& client : m_summary->radiusClients) {
        const int row = m_radiusClients->rowCount();
        m_radiusClients->insertRow(row);
        m_radiusClients->setItem(row, NameColumn, new QTableWidgetItem(client.name));
        m_radiusClients->setItem(row, LastRequestColumn, new QTableWidgetItem(display::time(client.lastRequestAt)));
        m_radiusClients->setItem(row, RequestsColumn, numberItem(client.requests));
        m_radiusClients->setItem(row, AcceptsColumn, numberItem(client.accepts));
        m_radiusClients->setItem(row, RejectsColumn, numberItem(client.rejects));
    }
    fitToRows(m_radiusClients);
    const bool none = m_summary->radiusClients.isEmpty();
    m_radiusClients->setVisible(!none);
    m_radiusEmpty->setVisible(none);
}

QString DashboardPage::channelName(const QString& channel)
{
    if (channel == QLatin1String("rest")) {
        return tr("REST API (validate)");
    }
    if (channel == QLatin1String("radius")) {
        return tr("RADIUS");
    }
    if (channel == QLatin1String("portal")) {
        return tr("Portal");
    }
    if (channel == QLatin1String("saml")) {
        return tr("SAML");
    }
    if (channel == QLatin1String("device")) {
        return tr("Castellan app");
    }
    return channel;
}

void DashboardPage::retranslateUi()
{
    m_titleLabel->setText(consolePageTitle(page()));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Load the figures again (F5)"));
    m_lastHour->setTitle(tr("Authentications, last hour"));
    m_lastDay->setTitle(tr("Authentications, last 24 hours"));
    m_blocked->setTitle(tr("Blocked users"));
    m_license->setTitle(tr("License"));
    m_delivery->setTitle(tr("Codes not sent, last 24 hours"));
    m_authenticationsTitle->setText(tr("Authentications by channel"));
    m_authenticationsEmpty->setText(tr("No authentications in the last 24 hours."));
    m_authentications->setHorizontalHeaderLabels({tr("Channel"), tr("Accepted (1 h)"), tr("Rejected (1 h)"),
                                                  tr("Accepted (24 h)"), tr("Rejected (24 h)"),
                                                  tr("Challenged (24 h)")});
    m_radiusTitle->setText(tr("RADIUS clients heard from in the last 24 hours (by this server)"));
    m_radiusEmpty->setText(tr("No RADIUS client has sent a request to this server in the last 24 hours."));
    m_radiusClients->setHorizontalHeaderLabels(
        {tr("Name"), tr("Last request"), tr("Requests"), tr("Accepted"), tr("Rejected")});
    showSummary();
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    ServerPage::changeEvent(event);
}

} // namespace castellan::console
