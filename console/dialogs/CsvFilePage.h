#pragma once

#include <QWizardPage>

class QLineEdit;
class QRadioButton;

namespace castellan::console {

class CsvImportWizard;

/// The import's first step: the CSV file and what to do with invalid lines.
class CsvFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CsvFilePage(CsvImportWizard* wizard);

    void setFileName(const QString& path);
    QString fileName() const;
    bool skipInvalid() const;
    QRadioButton* skipInvalidButton() const { return m_skipButton; }

    bool isComplete() const override;
    /// Refuses files that are not readable or larger than the server takes, before anything is read.
    bool validatePage() override;

private:
    void browse();

    CsvImportWizard* m_wizard;
    QLineEdit* m_fileField;
    QRadioButton* m_allButton;
    QRadioButton* m_skipButton;
};

} // namespace castellan::console
