#include "dialogs/LicenseKeyDialog.h"

#include <QFontDatabase>
#include <QPlainTextEdit>

namespace castellan::console {

namespace {

constexpr int kKeyFieldHeight = 120;

} // namespace

LicenseKeyDialog::LicenseKeyDialog(RestClient& client, const QString& appKey, QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_keyField(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("licenseKeyDialog"));
    setWindowTitle(tr("Enter License Key"));
    setIntro(tr("Paste the key the vendor sent for App Key <b>%1</b>. It replaces the license in force at once.")
                 .arg(appKey.toHtmlEscaped()));
    m_keyField->setObjectName(QStringLiteral("keyField"));
    m_keyField->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keyField->setPlaceholderText(QStringLiteral("CASTELLAN-LICENSE-1.…"));
    m_keyField->setFixedHeight(kKeyFieldHeight);
    m_keyField->setTabChangesFocus(true);
    addField(tr("License &key:"), m_keyField, QStringLiteral("license_key"));
    setSaveText(tr("&Install"));
    m_keyField->setFocus();
}

void LicenseKeyDialog::submit()
{
    watch(m_api.install(m_keyField->toPlainText(), this, [this](const ApiResult<LicenseInfo>& result) {
        settle(result.error());
        if (result.ok()) {
            emit saved(result.value());
            accept();
        }
    }));
}

} // namespace castellan::console
