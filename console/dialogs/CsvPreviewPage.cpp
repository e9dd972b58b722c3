#include "dialogs/CsvPreviewPage.h"

#include "csv/CsvReader.h"
#include "dialogs/CsvImportWizard.h"
#include "models/StatusPalette.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
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

QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

} // namespace

CsvPreviewPage::CsvPreviewPage(CsvImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_summary(new QLabel), m_progress(new QProgressBar),
      m_preview(readOnlyTable(QStringLiteral("previewTable"))), m_issues(readOnlyTable(QStringLiteral("issueTable")))
{
    setObjectName(QStringLiteral("csvPreviewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("The server checks every line without importing anything yet."));
    setCommitPage(true);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_issues->setColumnCount(3);
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Field"), tr("Problem")});

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_preview);
    splitter->addWidget(m_issues);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(splitter, 1);
}

void CsvPreviewPage::initializePage()
{
    m_report.reset();
    m_issues->setRowCount(0);
    fillPreview();
    m_summary->setText(tr("Checking the file on the server…"));
    m_progress->show();
    m_pending = m_wizard->api().importCsv(m_wizard->csv(), true, m_wizard->mode(), this,
                                          [this](const ApiResult<ImportReport>& result) { showReport(result); });
    emit completeChanged();
}

void CsvPreviewPage::fillPreview()
{
    const QByteArray csv = m_wizard->csv();
    castellan::CsvReader reader(std::string_view(csv.constData(), static_cast<std::size_t>(csv.size())));
    m_preview->clear();
    m_preview->setRowCount(0);
    m_previewRowOfLine.clear();
    if (!reader.readHeader()) {
        return; // the dry run says what is wrong with it
    }
    QStringList header{tr("Line")};
    for (const std::string& cell : reader.header()) {
        header.append(QString::fromStdString(cell));
    }
    m_preview->setColumnCount(int(header.size()));
    m_preview->setHorizontalHeaderLabels(header);
    castellan::CsvRecord record;
    while (m_preview->rowCount() < kPreviewRows) {
        auto more = reader.next(record);
        if (!more || !more.value()) {
            break;
        }
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        m_preview->setItem(row, 0, new QTableWidgetItem(QString::number(record.line)));
        for (std::size_t cell = 0; cell < reader.header().size(); ++cell) {
            m_preview->setItem(row, int(cell) + 1, new QTableWidgetItem(text(record.field(cell))));
        }
        m_previewRowOfLine.insert(qint64(record.line), row);
    }
    m_preview->resizeColumnsToContents();
}

void CsvPreviewPage::showReport(const ApiResult<ImportReport>& result)
{
    m_pending = nullptr;
    m_progress->hide();
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

bool CsvPreviewPage::isComplete() const
{
    if (!m_report || m_report->validRows == 0) {
        return false;
    }
    return m_wizard->mode() == UsersApi::ImportMode::SkipInvalid || m_report->issues.isEmpty();
}

bool CsvPreviewPage::cancelCheck()
{
    if (!m_pending) {
        return false;
    }
    m_pending->cancel();
    return true;
}

} // namespace castellan::console
