#include "dialogs/EnrollmentDialog.h"

#include "dialogs/QrCodeView.h"
#include "models/DisplayFormat.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

constexpr int kMinimumWidth = 460;

} // namespace

EnrollmentDialog::EnrollmentDialog(RestClient& client, qint64 userId, const QString& username, QWidget* parent)
    : QDialog(parent), m_api(client), m_status(new QLabel), m_qrCode(new QrCodeView), m_linkField(new QLineEdit),
      m_expiresLabel(new QLabel)
{
    setObjectName(QStringLiteral("enrollmentDialog"));
    setWindowTitle(tr("SoftOTP Enrollment"));
    m_status->setObjectName(QStringLiteral("enrollmentStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Preparing the enrollment for <b>%1</b>…").arg(username.toHtmlEscaped()));
    m_linkField->setObjectName(QStringLiteral("linkField"));
    m_linkField->setReadOnly(true);
    m_expiresLabel->setObjectName(QStringLiteral("expiresLabel"));

    auto* copy = new QPushButton(tr("&Copy"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_linkField->text()); });
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_linkField, 1);
    linkRow->addWidget(copy);
    auto* form = new QFormLayout;
    form->addRow(tr("Link:"), linkRow);
    form->addRow(tr("Valid until:"), m_expiresLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_qrCode, 0, Qt::AlignHCenter);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(kMinimumWidth);

    m_api.enroll(userId, QString(), this,
                 [this](const ApiResult<SoftOtpEnrollment>& result) { showEnrollment(result); });
}

bool EnrollmentDialog::isReady() const
{
    return m_qrCode->hasCode();
}

void EnrollmentDialog::showEnrollment(const ApiResult<SoftOtpEnrollment>& result)
{
    if (!result.ok()) {
        m_status->setText(tr("The enrollment could not be started: %1").arg(result.error().message()));
        return;
    }
    const SoftOtpEnrollment& enrollment = result.value();
    m_qrCode->setSvg(enrollment.qrSvg);
    m_linkField->setText(enrollment.otpauthUri);
    m_linkField->setCursorPosition(0);
    m_expiresLabel->setText(display::time(enrollment.expiresAt));
    m_status->setText(tr("Ask <b>%1</b> to scan this code with the Castellan app (any authenticator app works for "
                         "codes alone). The first code the app shows verifies the device.")
                          .arg(enrollment.accountName.toHtmlEscaped()));
    adjustSize(); // the longer text wraps onto more lines; the QR code keeps its size
    emit enrolled(enrollment.deviceId);
}

} // namespace castellan::console
