#include "dialogs/SecretRevealDialog.h"

#include "dialogs/QrCodeView.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

QLineEdit* readOnlyField(const QString& text)
{
    auto* field = new QLineEdit(text);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(text) + 24);
    return field;
}

} // namespace

SecretRevealDialog::SecretRevealDialog(const QString& title, const QString& intro, const QString& identifierLabel,
                                       const QString& identifier, const QString& secret, QWidget* parent)
    : QDialog(parent), m_secretField(readOnlyField(secret)), m_copyButton(new QPushButton(tr("&Copy"))),
      m_copiedLabel(new QLabel), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("secretRevealDialog"));
    setWindowTitle(title);
    m_secretField->setObjectName(QStringLiteral("secretField"));
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copiedLabel->setObjectName(QStringLiteral("copiedLabel"));

    auto* introLabel = new QLabel(intro);
    introLabel->setWordWrap(true);
    auto* warning = new QLabel(tr("<b>Copy it now.</b> It is shown only once and cannot be retrieved later."));
    warning->setWordWrap(true);

    auto* form = new QFormLayout;
    if (!identifier.isEmpty()) {
        form->addRow(identifierLabel, readOnlyField(identifier));
    }
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretField, 1);
    secretRow->addWidget(m_copyButton);
    form->addRow(tr("Secret:"), secretRow);
    form->addRow(QString(), m_copiedLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_copyButton, &QPushButton::clicked, this, &SecretRevealDialog::copySecret);

    m_layout->addWidget(introLabel);
    m_layout->addLayout(form);
    m_layout->addWidget(warning);
    m_layout->addWidget(buttons);
}

void SecretRevealDialog::showQrCode(const QByteArray& svg)
{
    if (!m_qrCode) {
        m_qrCode = new QrCodeView;
        m_qrCode->setObjectName(QStringLiteral("qrCodeView"));
        m_layout->insertWidget(1, m_qrCode, 0, Qt::AlignHCenter);
    }
    m_qrCode->setSvg(svg);
}

QString SecretRevealDialog::secret() const
{
    return m_secretField->text();
}

void SecretRevealDialog::copySecret()
{
    QApplication::clipboard()->setText(m_secretField->text());
    m_copiedLabel->setText(tr("Copied to the clipboard."));
}

} // namespace castellan::console
