#include "dialogs/PasswordChangeForm.h"

#include "dialogs/FieldErrorPresenter.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace castellan::console {

PasswordChangeForm::PasswordChangeForm(QWidget* parent)
    : QWidget(parent), m_newPasswordField(new QLineEdit), m_confirmationField(new QLineEdit), m_rulesLabel(new QLabel),
      m_errors(nullptr)
{
    setObjectName(QStringLiteral("passwordChangeForm"));
    m_newPasswordField->setObjectName(QStringLiteral("newPasswordField"));
    m_confirmationField->setObjectName(QStringLiteral("confirmationField"));
    m_newPasswordField->setEchoMode(QLineEdit::Password);
    m_confirmationField->setEchoMode(QLineEdit::Password);
    m_rulesLabel->setObjectName(QStringLiteral("passwordRulesLabel"));
    m_rulesLabel->setWordWrap(true);
    m_rulesLabel->setEnabled(false); // a hint, drawn like one
    m_rulesLabel->hide();

    auto* intro = new QLabel(tr("<b>Choose your own password.</b> The password you signed in with was for the "
                                "first sign-in only."));
    intro->setWordWrap(true);
    auto* banner = new QLabel;
    m_errors = new FieldErrorPresenter(banner, this);

    auto* form = new QFormLayout;
    m_errors->addRow(form, tr("&New password:"), m_newPasswordField, QStringLiteral("new_password"));
    m_errors->addRow(form, tr("&Confirm password:"), m_confirmationField, QStringLiteral("new_password_confirmation"));
    // The current password is the one just signed in with; its errors belong with the new one.
    m_errors->alias(QStringLiteral("current_password"), QStringLiteral("new_password"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(banner);
    layout->addLayout(form);
    layout->addWidget(m_rulesLabel);
    layout->addStretch(1);
}

QString PasswordChangeForm::newPassword() const
{
    return m_newPasswordField->text();
}

QString PasswordChangeForm::confirmation() const
{
    return m_confirmationField->text();
}

void PasswordChangeForm::setInputsEnabled(bool enabled)
{
    m_newPasswordField->setEnabled(enabled);
    m_confirmationField->setEnabled(enabled);
}

void PasswordChangeForm::setRules(int minLength)
{
    m_rulesLabel->setText(tr("The new password needs at least %n character(s), must not be or contain your username, "
                             "and must differ from the password you signed in with. A phrase of a few words is "
                             "easiest to remember.",
                             nullptr, minLength));
    m_rulesLabel->setVisible(minLength > 0);
}

void PasswordChangeForm::clear()
{
    m_newPasswordField->clear();
    m_confirmationField->clear();
}

} // namespace castellan::console
