#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace castellan::console {

class QrCodeView;

/// Shows a secret the server answers only once (a client secret, a temporary password) with a Copy button and
/// a warning that it cannot be shown again.
class SecretRevealDialog : public QDialog
{
    Q_OBJECT

public:
    /// `intro` says whose secret it is; `identifier` (e.g. the client ID) is shown above it when not empty.
    SecretRevealDialog(const QString& title, const QString& intro, const QString& identifierLabel,
                       const QString& identifier, const QString& secret, QWidget* parent = nullptr);

    QString secret() const;
    /// Shows a QR code (SVG from the server) above the secret, for a phone to scan.
    void showQrCode(const QByteArray& svg);
    QrCodeView* qrCodeView() const { return m_qrCode; }

private:
    void copySecret();

    QLineEdit* m_secretField;
    QPushButton* m_copyButton;
    QLabel* m_copiedLabel;
    QVBoxLayout* m_layout;
    QrCodeView* m_qrCode = nullptr;
};

} // namespace castellan::console
