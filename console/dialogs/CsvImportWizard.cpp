#include "dialogs/CsvImportWizard.h"

#include "dialogs/CsvFilePage.h"
#include "dialogs/CsvImportPage.h"
#include "dialogs/CsvPreviewPage.h"

#include <QLocale>

namespace castellan::console {

CsvImportWizard::CsvImportWizard(RestClient& client, QWidget* parent) : CsvImportWizard(client, Content::Users, parent)
{}

CsvImportWizard::CsvImportWizard(RestClient& client, Content content, QWidget* parent)
    : QWizard(parent), m_content(content), m_users(client), m_factors(client), m_filePage(new CsvFilePage(this)),
      m_previewPage(new CsvPreviewPage(this)), m_importPage(new CsvImportPage(this))
{
    setObjectName(content == Content::Users ? QStringLiteral("csvImportWizard") : QStringLiteral("hotpImportWizard"));
    setWindowTitle(content == Content::Users ? tr("Import Users") : tr("Import Hardware Tokens"));
    m_filePage->setSubTitle(fileDescription());
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

RestReply* CsvImportWizard::upload(bool dryRun, QObject* context, ApiCallback<ImportReport> done)
{
    return m_content == Content::Users ? m_users.importCsv(m_csv, dryRun, mode(), context, std::move(done))
                                       : m_factors.importHotpTokens(m_csv, dryRun, mode(), context, std::move(done));
}

QString CsvImportWizard::fileDescription() const
{
    if (m_content == Content::HotpTokens) {
        return tr("One token per line, as the vendor ships the seeds. Columns: username, serial, secret (base32) "
                  "or secret_hex; optionally counter, digits, algorithm, label. The users must exist.");
    }
    return tr("One user per line. The first line names the columns: username, first_name, last_name, email, "
              "phone, password, expires_at, framed_ip, sponsor_name, sponsor_email, description (only username "
              "is required; common spreadsheet names such as \"E-mail\" or \"Mobile\" work too).");
}

QString CsvImportWizard::importedText(qint64 count) const
{
    return m_content == Content::Users ? tr("%n user(s) imported", nullptr, int(count))
                                       : tr("%n token(s) imported", nullptr, int(count));
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
