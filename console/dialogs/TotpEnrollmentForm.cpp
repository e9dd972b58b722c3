#include "dialogs/TotpEnrollmentForm.h"

#include "api/AuthApi.h"
#include "dialogs/FieldErrorPresenter.h"
#include "dialogs/QrCodeView.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace castellan::console {

TotpEnrollmentForm::TotpEnrollmentForm(QWidget* parent)
    : QWidget(parent), m_qrCode(new QrCodeView), m_secretField(new QLineEdit), m_copyButton(new QPushButton),
      m_codeField(new QLineEdit), m_errors(nullptr)
{
    setObjectName(QStringLiteral("totpEnrollmentForm"));
    m_secretField->setObjectName(QStringLiteral("secretField"));
    m_codeField->setObjectName(QStringLiteral("codeField"));
    m_secretField->setReadOnly(true);
    m_secretField->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyButton->setText(tr("&Copy"));
    m_copyButton->setAutoDefault(false); // Enter confirms the code, it does not copy
    m_codeField->setPlaceholderText(tr("6 digits"));
    m_codeField->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,10}")), this));
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_secretField->text()); });

    auto* intro = new QLabel(tr("<b>Protect your sign-in with a second factor.</b> Scan the code with an "
                                "authenticator app (or type in the secret), then enter the code the app shows."));
    intro->setWordWrap(true);
    auto* banner = new QLabel;
    m_errors = new FieldErrorPresenter(banner, this);

    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretField, 1);
    secretRow->addWidget(m_copyButton);
    auto* form = new QFormLayout;
    form->addRow(tr("Secret:"), secretRow);
    m_errors->addRow(form, tr("&Code from the app:"), m_codeField, QStringLiteral("otp"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(banner);
    layout->addWidget(m_qrCode, 0, Qt::AlignHCenter);
    layout->addLayout(form);
    layout->addStretch(1);
}

void TotpEnrollmentForm::setEnrollment(const TotpEnrollment& enrollment)
{
    m_qrCode->setSvg(enrollment.qrSvg);
    m_qrCode->setToolTip(enrollment.otpauthUri);
    m_secretField->setText(enrollment.secret);
    // The whole secret, never cut off: someone types it into an app by hand.
    const QFontMetrics metrics(m_secretField->font());
    m_secretField->setMinimumWidth(metrics.horizontalAdvance(enrollment.secret + QStringLiteral("MM")) +
                                   m_secretField->textMargins().left() + m_secretField->textMargins().right());
    m_secretField->setCursorPosition(0);
    m_codeField->setFocus();
}

QString TotpEnrollmentForm::code() const
{
    return m_codeField->text().trimmed();
}

void TotpEnrollmentForm::clearCode()
{
    m_codeField->clear();
}

void TotpEnrollmentForm::setInputsEnabled(bool enabled)
{
    m_codeField->setEnabled(enabled);
}

} // namespace castellan::console
