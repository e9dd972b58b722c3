#pragma once

#include "api/SoftOtpApi.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;

namespace castellan::console {

class QrCodeView;
class RestClient;

/// Starts a SoftOTP enrollment for a user and shows what the user's app scans: the QR code, the link in it
/// and when it expires.
class EnrollmentDialog : public QDialog
{
    Q_OBJECT

public:
    EnrollmentDialog(RestClient& client, qint64 userId, const QString& username, QWidget* parent = nullptr);

    QrCodeView* qrCode() const { return m_qrCode; }
    QLineEdit* linkField() const { return m_linkField; }
    bool isReady() const;

signals:
    /// The enrollment started (its device now appears in the SoftOTP list).
    void enrolled(qint64 deviceId);

private:
    void showEnrollment(const ApiResult<SoftOtpEnrollment>& result);

    SoftOtpApi m_api;
    QLabel* m_status;
    QrCodeView* m_qrCode;
    QLineEdit* m_linkField;
    QLabel* m_expiresLabel;
};

} // namespace castellan::console
