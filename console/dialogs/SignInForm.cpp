#include "dialogs/SignInForm.h"

#include "dialogs/FieldErrorPresenter.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

const QString kServerField = QStringLiteral("server");

} // namespace

SignInForm::SignInForm(QWidget* parent)
    : QWidget(parent), m_serverField(new QLineEdit), m_usernameField(new QLineEdit), m_passwordField(new QLineEdit),
      m_otpField(new QLineEdit), m_forgetButton(new QPushButton), m_errors(nullptr)
{
    setObjectName(QStringLiteral("signInForm"));
    m_serverField->setObjectName(QStringLiteral("serverField"));
    m_usernameField->setObjectName(QStringLiteral("usernameField"));
    m_passwordField->setObjectName(QStringLiteral("passwordField"));
    m_otpField->setObjectName(QStringLiteral("otpField"));
    m_forgetButton->setObjectName(QStringLiteral("forgetCertificateButton"));

    m_serverField->setPlaceholderText(QStringLiteral("https://mfa.example.com:8443"));
    m_passwordField->setEchoMode(QLineEdit::Password);
    m_otpField->setPlaceholderText(tr("6 digits"));
    m_otpField->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,10}")), this));
    m_otpField->setInputMethodHints(Qt::ImhDigitsOnly);
    m_forgetButton->setText(tr("Forget Trusted Certificate…"));
    m_forgetButton->setFlat(true);
    m_forgetButton->setAutoDefault(false); // Enter signs in
    m_forgetButton->hide();

    auto* intro = new QLabel(tr("Sign in to a Castellan server with your administrator account."));
    intro->setWordWrap(true);
    auto* banner = new QLabel;
    m_errors = new FieldErrorPresenter(banner, this);

    auto* form = new QFormLayout;
    m_errors->addRow(form, tr("&Server:"), m_serverField, kServerField);
    form->addRow(QString(), m_forgetButton);
    m_errors->addRow(form, tr("&Username:"), m_usernameField, QStringLiteral("username"));
    m_errors->addRow(form, tr("&Password:"), m_passwordField, QStringLiteral("password"));
    m_errors->addRow(form, tr("&One-time code:"), m_otpField, QStringLiteral("otp"));
    auto* otpHint = new QLabel(tr("From your authenticator app. Leave it empty at your first sign-in: you set up "
                                  "the app right after."));
    otpHint->setObjectName(QStringLiteral("otpHint"));
    otpHint->setWordWrap(true);
    otpHint->setEnabled(false);
    form->addRow(QString(), otpHint);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(banner);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_serverField, &QLineEdit::textEdited, this, &SignInForm::serverEdited);
    connect(m_forgetButton, &QPushButton::clicked, this, &SignInForm::forgetCertificateRequested);
}

QUrl SignInForm::server() const
{
    QString text = m_serverField->text().trimmed();
    if (!text.isEmpty() && !text.contains(QStringLiteral("://"))) {
        text.prepend(QStringLiteral("https://"));
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        return {};
    }
    return url;
}

QString SignInForm::username() const
{
    return m_usernameField->text().trimmed();
}

QString SignInForm::password() const
{
    return m_passwordField->text();
}

QString SignInForm::otp() const
{
    return m_otpField->text().trimmed();
}

void SignInForm::setServer(const QUrl& server)
{
    m_serverField->setText(server.toString());
}

void SignInForm::setUsername(const QString& username)
{
    m_usernameField->setText(username);
}

void SignInForm::clearOtp()
{
    m_otpField->clear();
}

void SignInForm::setInputsEnabled(bool enabled)
{
    for (QLineEdit* field : {m_serverField, m_usernameField, m_passwordField, m_otpField}) {
        field->setEnabled(enabled);
    }
}

void SignInForm::setPinned(bool pinned)
{
    m_forgetButton->setVisible(pinned);
}

bool SignInForm::validate()
{
    m_errors->clear();
    if (server().isValid()) {
        return true;
    }
    m_errors->showFieldMessage(kServerField,
                               tr("Enter the server's HTTPS address, e.g. https://mfa.example.com:8443."));
    return false;
}

} // namespace castellan::console
