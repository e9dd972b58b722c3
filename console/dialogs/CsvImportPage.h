#pragma once

#include "api/ApiResult.h"
#include "api/ImportReport.h"
#include "api/RestReply.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace castellan::console {

class CsvImportWizard;

/// The import's last step: uploads the file (progress, Cancel) and shows the server's report.
class CsvImportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CsvImportPage(CsvImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    /// Cancels the import under way; false when none was.
    bool cancelImport();

    bool isFinished() const { return m_finished; }
    const ImportReport* report() const { return m_report ? &*m_report : nullptr; }
    QLabel* resultLabel() const { return m_result; }
    QProgressBar* progressBar() const { return m_progress; }

signals:
    void imported(qint64 count);

private:
    void showProgress(qint64 sent, qint64 total);
    void showReport(const ApiResult<ImportReport>& result);

    CsvImportWizard* m_wizard;
    QLabel* m_result;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QTableWidget* m_issues;
    std::optional<ImportReport> m_report;
    QPointer<RestReply> m_pending;
    bool m_finished = false;
};

} // namespace castellan::console
