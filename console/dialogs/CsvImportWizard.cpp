#include "dialogs/CsvImportWizard.h"

#include "dialogs/CsvFilePage.h"
#include "dialogs/CsvImportPage.h"
#include "dialogs/CsvPreviewPage.h"

#include <QLocale>

namespace castellan::console {

CsvImportWizard::CsvImportWizard(RestClient& client, QWidget* parent)
    : QWizard(parent), m_api(client), m_filePage(new CsvFilePage(this)), m_previewPage(new CsvPreviewPage(this)),
      m_importPage(new CsvImportPage(this))
{
    setObjectName(QStringLiteral("csvImportWizard"));
    setWindowTitle(tr("Import Users"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::DisabledBackButtonOnLastPage);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(ImportPageId, m_importPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    resize(760, 560);
    connect(m_importPage, &CsvImportPage::imported, this, &CsvImportWizard::imported);
}

QString CsvImportWizard::tooLargeText(qint64 size)
{
    const QLocale locale;
    return tr("This file is %1; the server accepts files of up to %2. Split it into smaller files and import them "
              "one by one.")
        .arg(locale.formattedDataSize(size), locale.formattedDataSize(kMaxFileBytes));
}

UsersApi::ImportMode CsvImportWizard::mode() const
{
    return m_filePage->skipInvalid() ? UsersApi::ImportMode::SkipInvalid : UsersApi::ImportMode::AllOrNothing;
}

void CsvImportWizard::reject()
{
    // A call under way is cancelled first; the wizard closes with the next Cancel.
    if (m_previewPage->cancelCheck() || m_importPage->cancelImport()) {
        return;
    }
    QWizard::reject();
}

} // namespace castellan::console
