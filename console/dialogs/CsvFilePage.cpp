#include "dialogs/CsvFilePage.h"

#include "dialogs/CsvImportWizard.h"
#include "dialogs/MessageBoxes.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace castellan::console {

CsvFilePage::CsvFilePage(CsvImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_fileField(new QLineEdit),
      m_allButton(new QRadioButton(tr("Import nothing if any line is invalid"))),
      m_skipButton(new QRadioButton(tr("Import the valid lines and skip the invalid ones")))
{
    setObjectName(QStringLiteral("csvFilePage"));
    setTitle(tr("Choose a CSV File"));
    m_fileField->setObjectName(QStringLiteral("fileField"));
    m_skipButton->setObjectName(QStringLiteral("skipInvalidButton"));
    auto* browseButton = new QPushButton(tr("&Browse…"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_allButton);
    group->addButton(m_skipButton);
    m_allButton->setChecked(true);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileField, 1);
    fileRow->addWidget(browseButton);
    auto* form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("Invalid lines:"), m_allButton);
    form->addRow(QString(), m_skipButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(browseButton, &QPushButton::clicked, this, &CsvFilePage::browse);
    connect(m_fileField, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void CsvFilePage::setFileName(const QString& path)
{
    m_fileField->setText(path);
}

QString CsvFilePage::fileName() const
{
    return m_fileField->text().trimmed();
}

bool CsvFilePage::skipInvalid() const
{
    return m_skipButton->isChecked();
}

bool CsvFilePage::isComplete() const
{
    return QFileInfo(fileName()).isFile();
}

void CsvFilePage::browse()
{
    const QString start = fileName().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                               : QFileInfo(fileName()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, m_wizard->windowTitle(), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        setFileName(path);
    }
}

bool CsvFilePage::validatePage()
{
    // Only what the file system says at once; the preview reads the file off the GUI thread.
    const QFileInfo file(fileName());
    if (file.size() > CsvImportWizard::kMaxFileBytes) {
        messages::information(this, tr("File Too Large"), CsvImportWizard::tooLargeText(file.size()));
        return false;
    }
    if (!file.isReadable()) {
        messages::information(this, tr("Cannot Read the File"), tr("Cannot read %1.").arg(fileName()));
        return false;
    }
    return true;
}

} // namespace castellan::console
