#pragma once

#include "api/ApiResult.h"
#include "api/ImportReport.h"
#include "api/RestReply.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace castellan::console {

class CsvImportWizard;

/// The import's second step: the file's first lines as read here, and the server's dry run of the whole file
/// (`?dry_run=true`) with each problem by line; lines with problems are marked in the preview.
class CsvPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 200;

    explicit CsvPreviewPage(CsvImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    /// Cancels the dry run under way; false when none was.
    bool cancelCheck();

    bool isChecked() const { return m_report.has_value(); }
    const ImportReport* report() const { return m_report ? &*m_report : nullptr; }
    QTableWidget* previewTable() const { return m_preview; }
    QTableWidget* issueTable() const { return m_issues; }
    QLabel* summaryLabel() const { return m_summary; }

private:
    void fillPreview();
    void showReport(const ApiResult<ImportReport>& result);
    void markPreviewLines();

    CsvImportWizard* m_wizard;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QTableWidget* m_preview;
    QTableWidget* m_issues;
    QHash<qint64, int> m_previewRowOfLine;
    std::optional<ImportReport> m_report;
    QPointer<RestReply> m_pending;
};

} // namespace castellan::console
