#include "dialogs/CertificateApprovalDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace castellan::console {

CertificateApprovalDialog::CertificateApprovalDialog(const QString& hostKey, const QString& fingerprint,
                                                     QWidget* parent)
    : QDialog(parent), m_hostKey(hostKey), m_fingerprint(fingerprint)
{
    setObjectName(QStringLiteral("certificateApprovalDialog"));
    setWindowTitle(tr("Trust This Server?"));

    auto* icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    auto* intro = new QLabel(tr("<b>%1</b> presented a certificate that no certificate authority vouches for. "
                                "This is expected the first time you connect to a server with its own "
                                "self-signed certificate.")
                                 .arg(hostKey.toHtmlEscaped()));
    intro->setWordWrap(true);
    auto* fingerprintLabel = new QLabel(fingerprint);
    fingerprintLabel->setObjectName(QStringLiteral("fingerprintLabel"));
    fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fingerprintLabel->setWordWrap(true);
    auto* advice = new QLabel(tr("Trust it only if this SHA-256 fingerprint is the one the server printed when it "
                                 "created its certificate (\"created a self-signed TLS certificate … (SHA-256 …)\" "
                                 "in its log). The console will then refuse any other certificate from this "
                                 "server."));
    advice->setWordWrap(true);

    auto* buttons = new QDialogButtonBox;
    QPushButton* trust = buttons->addButton(tr("&Trust and Connect"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    buttons->addButton(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* text = new QVBoxLayout;
    text->addWidget(intro);
    text->addWidget(new QLabel(tr("SHA-256 fingerprint:")));
    text->addWidget(fingerprintLabel);
    text->addWidget(advice);
    auto* body = new QHBoxLayout;
    body->addWidget(icon, 0, Qt::AlignTop);
    body->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace castellan::console
