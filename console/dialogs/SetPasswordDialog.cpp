#include "dialogs/SetPasswordDialog.h"

#include "dialogs/FieldErrorPresenter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRadioButton>

namespace castellan::console {

SetPasswordDialog::SetPasswordDialog(RestClient& client, const LocalUser& user, QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_user(user), m_setButton(new QRadioButton(tr("Set this password"))),
      m_generateButton(new QRadioButton(tr("Generate a temporary password"))), m_password(new QLineEdit),
      m_confirmation(new QLineEdit), m_mustChangeBox(new QCheckBox(tr("The user must change it at the next sign-in")))
{
    setObjectName(QStringLiteral("setPasswordDialog"));
    setWindowTitle(tr("Change Password"));
    setIntro(tr("New password for <b>%1</b>.").arg(user.username.toHtmlEscaped()));
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_confirmation->setObjectName(QStringLiteral("confirmationField"));
    m_generateButton->setObjectName(QStringLiteral("generatePasswordButton"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_mustChangeBox->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_setButton);
    group->addButton(m_generateButton);
    m_setButton->setChecked(true);

    form()->addRow(QString(), m_setButton);
    addField(tr("&Password:"), m_password, QStringLiteral("password"));
    addField(tr("&Confirm:"), m_confirmation, QStringLiteral("password_confirmation"));
    form()->addRow(QString(), m_mustChangeBox);
    form()->addRow(QString(), m_generateButton);
    errors()->attach(form(), m_generateButton, QStringLiteral("generate"));
    connect(m_generateButton, &QRadioButton::toggled, this, &SetPasswordDialog::updateInputs);
    m_password->setFocus();
}

void SetPasswordDialog::updateInputs()
{
    const bool given = m_setButton->isChecked();
    m_password->setEnabled(given);
    m_confirmation->setEnabled(given);
    m_mustChangeBox->setEnabled(given);
}

void SetPasswordDialog::submit()
{
    if (m_generateButton->isChecked()) {
        watch(m_api.generatePassword(m_user.id, this, [this](const ApiResult<QString>& result) {
            settle(result.error());
            if (result.ok()) {
                emit saved(result.value());
                accept();
            }
        }));
        return;
    }
    watch(m_api.setPassword(m_user.id, m_password->text(), m_confirmation->text(), m_mustChangeBox->isChecked(), this,
                            [this](const ApiResult<NoContent>& result) {
                                settle(result.error());
                                if (result.ok()) {
                                    emit saved(QString());
                                    accept();
                                }
                            }));
}

} // namespace castellan::console
