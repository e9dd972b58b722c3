#include "dialogs/CsvPreviewPage.h"

#include "dialogs/CsvFileLoader.h"
#include "dialogs/CsvFilePage.h"
#include "dialogs/CsvImportWizard.h"
#include "models/StatusPalette.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

QTableWidget* readOnlyTable(const QString& name)
{
    auto* table = new QTableWidget;
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

} // namespace

CsvPreviewPage::CsvPreviewPage(CsvImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_loader(new CsvFileLoader(this)), m_summary(new QLabel),
      m_progress(new QProgressBar), m_cancelButton(new QPushButton(tr("Stop"))),
      m_preview(readOnlyTable(QStringLiteral("previewTable"))), m_issues(readOnlyTable(QStringLiteral("issueTable")))
{
    setObjectName(QStringLiteral("csvPreviewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("The server checks every line without importing anything yet."));
    setCommitPage(true);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("previewProgress"));
    m_cancelButton->setObjectName(QStringLiteral("stopButton"));
    m_issues->setColumnCount(3);
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Field"), tr("Problem")});
    connect(m_cancelButton, &QPushButton::clicked, this, &CsvPreviewPage::cancelCheck);
    connect(m_loader, &CsvFileLoader::progressChanged, this, &CsvPreviewPage::showReadProgress);
    connect(m_loader, &CsvFileLoader::finished, this, &CsvPreviewPage::onFileRead);
    connect(m_loader, &CsvFileLoader::cancelled, this, &CsvPreviewPage::onReadCancelled);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_preview);
    splitter->addWidget(m_issues);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(progressRow);
    layout->addWidget(splitter, 1);
}

void CsvPreviewPage::initializePage()
{
    m_report.reset();
    m_issues->setRowCount(0);
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_previewRowOfLine.clear();
    m_wizard->setCsv({});
    m_summary->setText(tr("Reading %1…").arg(m_wizard->filePage()->fileName()));
    m_progress->setRange(0, CsvFileLoader::kProgressMaximum);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    showBusy(true);
    m_loader->start(m_wizard->filePage()->fileName(), CsvImportWizard::kMaxFileBytes, kPreviewRows);
    emit completeChanged();
}

void CsvPreviewPage::cleanupPage()
{
    m_loader->cancel();
    if (m_pending) {
        m_pending->cancel();
    }
    QWizardPage::cleanupPage();
}

bool CsvPreviewPage::isReading() const
{
    return m_loader->isRunning();
}

void CsvPreviewPage::showReadProgress(int value)
{
    m_progress->setValue(value);
}

void CsvPreviewPage::onFileRead(const CsvFileContents& contents)
{
    switch (contents.problem) {
    case CsvFileContents::Problem::None:
        break;
    case CsvFileContents::Problem::TooLarge:
        showBusy(false);
        m_summary->setText(CsvImportWizard::tooLargeText(contents.size));
        return;
    case CsvFileContents::Problem::CannotOpen:
    case CsvFileContents::Problem::ReadFailed:
        showBusy(false);
        m_summary->setText(tr("Cannot read %1: %2").arg(m_wizard->filePage()->fileName(), contents.detail));
        return;
    }
    m_wizard->setCsv(contents.bytes);
    fillPreview(contents);
    startCheck();
}

void CsvPreviewPage::onReadCancelled()
{
    showBusy(false);
    m_summary->setText(tr("Reading the file was cancelled."));
}

void CsvPreviewPage::startCheck()
{
    m_summary->setText(tr("Checking the file on the server…"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_pending = m_wizard->upload(true, this, [this](const ApiResult<ImportReport>& result) { showReport(result); });
}

void CsvPreviewPage::fillPreview(const CsvFileContents& contents)
{
    if (contents.header.isEmpty()) {
        return; // the dry run says what is wrong with the file
    }
    m_preview->setColumnCount(int(contents.header.size()) + 1);
    m_preview->setHorizontalHeaderLabels(QStringList{tr("Line")} + contents.header);
    m_preview->setRowCount(int(contents.rows.size()));
    for (int row = 0; row < contents.rows.size(); ++row) {
        const CsvFileContents::Row& record = contents.rows.at(row);
        m_preview->setItem(row, 0, new QTableWidgetItem(QString::number(record.line)));
        for (int cell = 0; cell < record.cells.size(); ++cell) {
            m_preview->setItem(row, cell + 1, new QTableWidgetItem(record.cells.at(cell)));
        }
        m_previewRowOfLine.insert(record.line, row);
    }
    m_preview->resizeColumnsToContents();
}

void CsvPreviewPage::showReport(const ApiResult<ImportReport>& result)
{
    m_pending = nullptr;
    showBusy(false);
    if (!result.ok()) {
        m_summary->setText(result.error().isCancelled()
                               ? tr("The check was cancelled.")
                               : tr("The file could not be checked: %1").arg(result.error().message()));
        return;
    }
    m_report = result.value();
    const ImportReport& report = *m_report;
    m_issues->setRowCount(int(report.issues.size()));
    for (int row = 0; row < report.issues.size(); ++row) {
        const ImportReport::Issue& issue = report.issues.at(row);
        m_issues->setItem(row, 0, new QTableWidgetItem(QString::number(issue.line)));
        m_issues->setItem(row, 1, new QTableWidgetItem(issue.field));
        m_issues->setItem(row, 2, new QTableWidgetItem(issue.message));
    }
    m_issues->resizeColumnToContents(0);
    markPreviewLines();
    QString summary = tr("%n line(s) read, ", nullptr, int(report.totalRows)) +
                      tr("%n valid, ", nullptr, int(report.validRows)) +
                      tr("%n problem(s).", nullptr, int(report.issues.size()));
    if (!report.issues.isEmpty()) {
        summary += QLatin1Char(' ') + (m_wizard->mode() == UsersApi::ImportMode::SkipInvalid
                                           ? tr("Lines with problems will be skipped.")
                                           : tr("Correct them, or choose to skip invalid lines, to import."));
    }
    m_summary->setText(summary);
    emit completeChanged();
}

void CsvPreviewPage::markPreviewLines()
{
    for (const ImportReport::Issue& issue : m_report->issues) {
        const int row = m_previewRowOfLine.value(issue.line, -1);
        if (row < 0) {
            continue;
        }
        for (int column = 0; column < m_preview->columnCount(); ++column) {
            if (QTableWidgetItem* item = m_preview->item(row, column)) {
                item->setBackground(StatusPalette::alertBackground());
                const QString tip = item->toolTip();
                item->setToolTip((tip.isEmpty() ? QString() : tip + QLatin1Char('\n')) + issue.field +
                                 QStringLiteral(": ") + issue.message);
            }
        }
    }
}

void CsvPreviewPage::showBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
}

bool CsvPreviewPage::isComplete() const
{
    if (!m_report || m_report->validRows == 0) {
        return false;
    }
    return m_wizard->mode() == UsersApi::ImportMode::SkipInvalid || m_report->issues.isEmpty();
}

bool CsvPreviewPage::cancelCheck()
{
    if (m_loader->cancel()) {
        return true;
    }
    if (!m_pending) {
        return false;
    }
    m_pending->cancel();
    return true;
}

} // namespace castellan::console
