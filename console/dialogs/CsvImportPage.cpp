#include "dialogs/CsvImportPage.h"

#include "dialogs/CsvImportWizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

constexpr int kPercent = 100;

} // namespace

CsvImportPage::CsvImportPage(CsvImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_result(new QLabel), m_progress(new QProgressBar),
      m_cancelButton(new QPushButton(tr("Cancel Import"))), m_issues(new QTableWidget)
{
    setObjectName(QStringLiteral("csvImportPage"));
    setTitle(tr("Import"));
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, kPercent);
    m_issues->setColumnCount(3);
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Field"), tr("Problem")});
    m_issues->verticalHeader()->hide();
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &CsvImportPage::cancelImport);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancelButton, 0, Qt::AlignLeft);
    layout->addWidget(m_issues, 1);
}

void CsvImportPage::initializePage()
{
    m_finished = false;
    m_report.reset();
    m_result->setText(tr("Uploading and importing…"));
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_pending = m_wizard->upload(false, this, [this](const ApiResult<ImportReport>& result) { showReport(result); });
    connect(m_pending, &RestReply::uploadProgress, this, &CsvImportPage::showProgress);
    emit completeChanged();
}

void CsvImportPage::showProgress(qint64 sent, qint64 total)
{
    if (total <= 0) {
        return;
    }
    m_progress->setValue(int(sent * kPercent / total));
    if (sent == total) {
        m_progress->setRange(0, 0); // uploaded: the server is importing
        m_result->setText(tr("Importing…"));
    }
}

void CsvImportPage::showReport(const ApiResult<ImportReport>& result)
{
    m_pending = nullptr;
    m_finished = true;
    m_progress->hide();
    m_cancelButton->hide();
    if (!result.ok()) {
        m_result->setText(result.error().isCancelled()
                              ? tr("The import was cancelled. The server imports a file in one transaction, so "
                                   "either all of it or none of it may have been stored; check the list.")
                              : tr("The import failed: %1").arg(result.error().message()));
        emit completeChanged();
        return;
    }
    m_report = result.value();
    if (m_report->refused) {
        m_result->setText(tr("Nothing was imported: %1").arg(m_report->refusal));
    } else {
        m_result->setText(m_wizard->importedText(m_report->imported) +
                          tr(", %n line(s) skipped.", nullptr, int(m_report->skipped)));
        emit imported(m_report->imported);
    }
    m_issues->setRowCount(int(m_report->issues.size()));
    for (int row = 0; row < m_report->issues.size(); ++row) {
        const ImportReport::Issue& issue = m_report->issues.at(row);
        m_issues->setItem(row, 0, new QTableWidgetItem(QString::number(issue.line)));
        m_issues->setItem(row, 1, new QTableWidgetItem(issue.field));
        m_issues->setItem(row, 2, new QTableWidgetItem(issue.message));
    }
    m_issues->setVisible(!m_report->issues.isEmpty());
    emit completeChanged();
}

bool CsvImportPage::isComplete() const
{
    return m_finished;
}

bool CsvImportPage::cancelImport()
{
    if (!m_pending) {
        return false;
    }
    m_pending->cancel();
    return true;
}

} // namespace castellan::console
