#include "dialogs/ResyncDialog.h"

#include <QFontDatabase>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace castellan::console {

namespace {

QLineEdit* codeField(const QString& name, int digits)
{
    auto* field = new QLineEdit;
    field->setObjectName(name);
    field->setMaxLength(digits);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), field));
    return field;
}

} // namespace

ResyncDialog::ResyncDialog(RestClient& client, qint64 userId, const UserFactor& factor, QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_userId(userId), m_factorId(factor.id),
      m_first(codeField(QStringLiteral("code1Field"), factor.digits)),
      m_second(codeField(QStringLiteral("code2Field"), factor.digits))
{
    setObjectName(QStringLiteral("resyncDialog"));
    if (factor.type == UserFactor::Type::Totp) {
        setWindowTitle(tr("Resynchronise Authenticator App"));
        setIntro(tr("Type the code the app shows now, wait for the next one and type it too. The server looks for "
                    "them within an hour of its own clock and remembers how far the device's clock is off."));
    } else {
        setWindowTitle(tr("Resynchronise Token"));
        setIntro(tr("Press the button of token <b>%1</b> twice and type both codes in the order shown. The server "
                    "looks for them among the token's next 100 codes.")
                     .arg(factor.serial.toHtmlEscaped()));
    }
    addField(tr("&First code:"), m_first, QStringLiteral("code1"));
    addField(tr("&Second code:"), m_second, QStringLiteral("code2"));
    setSaveText(tr("&Resynchronise"));
    m_first->setFocus();
}

void ResyncDialog::submit()
{
    watch(m_api.resync(m_userId, m_factorId, m_first->text(), m_second->text(), this,
                       [this](const ApiResult<UserFactor>& result) {
                           settle(result.error());
                           if (result.ok()) {
                               emit resynchronised(result.value());
                               accept();
                           }
                       }));
}

} // namespace castellan::console
