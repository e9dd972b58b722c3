#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace castellan::console {

class FieldErrorPresenter;
class QrCodeView;
struct TotpEnrollment;

/// The first-login duty of adding the console sign-in to an authenticator app: the QR code, the secret for
/// typing in by hand, and the app's first code to confirm it.
class TotpEnrollmentForm : public QWidget
{
    Q_OBJECT

public:
    explicit TotpEnrollmentForm(QWidget* parent = nullptr);

    void setEnrollment(const TotpEnrollment& enrollment);
    QString code() const;
    void clearCode();
    void setInputsEnabled(bool enabled);

    FieldErrorPresenter* errors() const { return m_errors; }
    QrCodeView* qrCode() const { return m_qrCode; }
    QLineEdit* secretField() const { return m_secretField; }
    QLineEdit* codeField() const { return m_codeField; }

private:
    QrCodeView* m_qrCode;
    QLineEdit* m_secretField;
    QPushButton* m_copyButton;
    QLineEdit* m_codeField;
    FieldErrorPresenter* m_errors;
};

} // namespace castellan::console
