#pragma once

#include "api/ApiResult.h"
#include "api/ImportReport.h"
#include "api/RestReply.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace castellan::console {

class CsvFileLoader;
class CsvImportWizard;
struct CsvFileContents;

/// The import's second step: reads the file on a worker thread (progress, Cancel), shows its first lines, and
/// asks the server for a dry run of the whole file (`?dry_run=true`) with each problem by line; lines with
/// problems are marked in the preview.
class CsvPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 200;

    explicit CsvPreviewPage(CsvImportWizard* wizard);

    void initializePage() override;
    /// Back: stops reading or checking.
    void cleanupPage() override;
    bool isComplete() const override;
    /// Cancels the read or the dry run under way; false when none was.
    bool cancelCheck();

    bool isReading() const;
    bool isChecked() const { return m_report.has_value(); }
    const ImportReport* report() const { return m_report ? &*m_report : nullptr; }
    QTableWidget* previewTable() const { return m_preview; }
    QTableWidget* issueTable() const { return m_issues; }
    QLabel* summaryLabel() const { return m_summary; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancelButton; }

private:
    void showReadProgress(int value);
    void onFileRead(const CsvFileContents& contents);
    void onReadCancelled();
    void startCheck();
    void fillPreview(const CsvFileContents& contents);
    void showReport(const ApiResult<ImportReport>& result);
    void markPreviewLines();
    void showBusy(bool busy);

    CsvImportWizard* m_wizard;
    CsvFileLoader* m_loader;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QTableWidget* m_preview;
    QTableWidget* m_issues;
    QHash<qint64, int> m_previewRowOfLine;
    std::optional<ImportReport> m_report;
    QPointer<RestReply> m_pending;
};

} // namespace castellan::console
