#include "dialogs/AdministratorDialog.h"

#include <QLineEdit>

namespace castellan::console {

AdministratorDialog::AdministratorDialog(RestClient& client, QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_usernameField(new QLineEdit)
{
    setObjectName(QStringLiteral("administratorDialog"));
    setWindowTitle(tr("New Administrator"));
    setIntro(tr("The new administrator gets a one-time password, shown once after saving. At the first sign-in "
                "they choose their own password and enroll an authenticator app (TOTP)."));
    m_usernameField->setObjectName(QStringLiteral("usernameField"));
    m_usernameField->setMaxLength(64);
    m_usernameField->setPlaceholderText(tr("e.g. ayse.yilmaz"));
    addField(tr("&Username:"), m_usernameField, QStringLiteral("username"));
    setSaveText(tr("&Add"));
    m_usernameField->setFocus();
}

void AdministratorDialog::submit()
{
    watch(m_api.create(m_usernameField->text().trimmed(), this, [this](const ApiResult<Administrator>& result) {
        settle(result.error());
        if (result.ok()) {
            emit saved(result.value());
            accept();
        }
    }));
}

} // namespace castellan::console
