#include "pages/LicensePage.h"

#include "dialogs/LicenseAlarmsDialog.h"
#include "dialogs/LicenseKeyDialog.h"
#include "dialogs/MessageBoxes.h"
#include "dialogs/OperationProgress.h"
#include "models/LicenseUsageModel.h"
#include "pages/LicenseSummaryView.h"
#include "pages/PagerBar.h"
#include "pages/ServerSortedHeader.h"
#include "pages/UsageChart.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

constexpr int kTitlePointSizeIncrease = 4;
constexpr int kSummaryStretch = 2;
constexpr int kChartStretch = 3;

/// "November 2026" for "2026-11", in the UI language.
QString monthTitle(const QString& month)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return first.isValid() ? QLocale().toString(first, QStringLiteral("MMMM yyyy")) : month;
}

QLabel* sectionTitle()
{
    auto* label = new QLabel;
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

LicensePage::LicensePage(RestClient& client, QWidget* parent)
    : ServerPage(ConsolePage::License, parent), m_client(client), m_api(client)
{
    setObjectName(QStringLiteral("licensePage"));
    m_problemLabel = new QLabel;
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: white; background: #b3261e; padding: 4px 8px;"));
    m_problemLabel->hide();
    m_summary = new LicenseSummaryView;
    m_chart = new UsageChart;
    m_chartTitle = sectionTitle();

    auto* chartColumn = new QVBoxLayout;
    chartColumn->addWidget(m_chartTitle);
    chartColumn->addWidget(m_chart, 1);
    auto* overview = new QHBoxLayout;
    overview->addWidget(m_summary, kSummaryStretch, Qt::AlignTop);
    overview->addLayout(chartColumn, kChartStretch);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_problemLabel);
    layout->addLayout(overview);
    layout->addWidget(buildUsers(), 1);
    retranslateUi();
}

QWidget* LicensePage::buildHeader()
{
    m_titleLabel = new QLabel;
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSize(titleFont.pointSize() + kTitlePointSizeIncrease);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_keyButton = new QPushButton;
    m_keyButton->setObjectName(QStringLiteral("licenseKeyButton"));
    m_appKeyFileButton = new QPushButton;
    m_appKeyFileButton->setObjectName(QStringLiteral("appKeyFileButton"));
    m_alarmsButton = new QPushButton;
    m_alarmsButton->setObjectName(QStringLiteral("alarmsButton"));
    connect(m_keyButton, &QPushButton::clicked, this, &LicensePage::enterLicenseKey);
    connect(m_appKeyFileButton, &QPushButton::clicked, this, &LicensePage::downloadAppKeyFile);
    connect(m_alarmsButton, &QPushButton::clicked, this, &LicensePage::editAlarms);

    auto* header = new QWidget;
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addStretch(1);
    layout->addWidget(m_alarmsButton);
    layout->addWidget(m_appKeyFileButton);
    layout->addWidget(m_keyButton);
    return header;
}

QWidget* LicensePage::buildUsers()
{
    m_usersTitle = sectionTitle();
    m_monthField = new QComboBox;
    m_monthField->setObjectName(QStringLiteral("monthField"));
    m_monthField->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_monthField, &QComboBox::activated, this,
            [this] { m_usageModel->setMonth(m_monthField->currentData().toString()); });
    m_usageModel = new LicenseUsageModel(m_client, this);
    m_usersView = new QTableView;
    m_usersView->setObjectName(QStringLiteral("usersView"));
    m_usersView->setModel(m_usageModel);
    m_usersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_usersView->setAlternatingRowColors(true);
    m_usersView->verticalHeader()->hide();
    m_usersView->horizontalHeader()->setStretchLastSection(true);
    m_usersView->setColumnWidth(LicenseUsageModel::UsernameColumn, 220);
    m_usersView->setColumnWidth(LicenseUsageModel::FirstSeenColumn, 220);
    new ServerSortedHeader(m_usersView, m_usageModel);
    m_pager = new PagerBar(m_usageModel);

    auto* title = new QHBoxLayout;
    title->addWidget(m_usersTitle);
    title->addStretch(1);
    title->addWidget(m_monthField);
    auto* users = new QWidget;
    auto* layout = new QVBoxLayout(users);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(title);
    layout->addWidget(m_usersView, 1);
    layout->addWidget(m_pager);
    return users;
}

void LicensePage::refresh()
{
    m_api.get(this, [this](const ApiResult<LicenseInfo>& result) {
        if (!result.ok()) {
            m_problemLabel->setText(tr("Could not load the license: %1").arg(result.error().message()));
            m_problemLabel->show();
            return;
        }
        showLicense(result.value());
    });
    m_api.analytics(this, [this](const ApiResult<LicenseAnalytics>& result) {
        if (result.ok()) {
            showAnalytics(result.value());
        }
    });
    m_usageModel->refresh();
}

void LicensePage::showLicense(const LicenseInfo& license)
{
    m_license = license;
    m_summary->setLicense(license);
    QString problem = license.problem;
    if (license.supportEnded) {
        problem = tr("The support period has ended: sign-ins are refused until a new license key is entered.");
    }
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
}

void LicensePage::showAnalytics(const LicenseAnalytics& analytics)
{
    m_chart->setAnalytics(analytics);
    // The month list: every month with use, newest first; the current one when none has any yet.
    const QString shown = m_usageModel->month();
    m_monthField->clear();
    QStringList months;
    for (const LicenseAnalytics::Month& month : analytics.months) {
        months.prepend(month.month);
    }
    if (m_license && !months.contains(m_license->month)) {
        months.prepend(m_license->month);
    }
    for (const QString& month : months) {
        const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        m_monthField->addItem(first.isValid() ? QLocale().toString(first, QStringLiteral("MMMM yyyy")) : month, month);
    }
    m_monthField->setCurrentIndex(std::max(0, m_monthField->findData(shown)));
}

void LicensePage::enterLicenseKey()
{
    auto* dialog = new LicenseKeyDialog(m_client, m_license ? m_license->appKey : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LicenseKeyDialog::saved, this, [this](const LicenseInfo& license) {
        showLicense(license);
        refresh();
        emit statusMessage(tr("License for %1 installed").arg(license.company));
    });
    dialog->open();
}

void LicensePage::editAlarms()
{
    auto* dialog = new LicenseAlarmsDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LicenseAlarmsDialog::saved, this, [this] { emit statusMessage(tr("License alarms saved")); });
    dialog->open();
}

void LicensePage::downloadAppKeyFile()
{
    const QString name = QStringLiteral("castellan-app-key-%1.json").arg(m_license ? m_license->appKey : QString());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save App Key File"), name, tr("JSON files (*.json)"));
    if (!path.isEmpty()) {
        saveAppKeyFileTo(path);
    }
}

void LicensePage::saveAppKeyFileTo(const QString& path)
{
    RestReply* reply = m_api.appKeyFile(this, [this, path](const ApiResult<QByteArray>& result) {
        if (!result.ok()) {
            showFailure(tr("Could not get the App Key file"), result.error());
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(result.value()) < 0) {
            messages::information(this, tr("Not Saved"), tr("Cannot write %1.").arg(path), file.errorString());
            return;
        }
        emit statusMessage(tr("App Key file saved to %1").arg(path));
    });
    OperationProgress::track(reply, this, tr("Preparing the App Key file…"));
}

void LicensePage::retranslateUi()
{
    m_titleLabel->setText(consolePageTitle(page()));
    m_keyButton->setText(tr("Enter License Key…"));
    m_appKeyFileButton->setText(tr("Download App Key File…"));
    m_alarmsButton->setText(tr("Alarms…"));
    m_chartTitle->setText(tr("Unique users per month"));
    m_usersTitle->setText(tr("Users counted in the month"));
    emit m_usageModel->headerDataChanged(Qt::Horizontal, 0, LicenseUsageModel::ColumnCount - 1);
    for (int index = 0; index < m_monthField->count(); ++index) {
        m_monthField->setItemText(index, monthTitle(m_monthField->itemData(index).toString()));
    }
}

void LicensePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    ServerPage::changeEvent(event);
}

} // namespace castellan::console
