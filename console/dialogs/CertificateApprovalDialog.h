#pragma once

#include <QDialog>

namespace castellan::console {

/// Trust on first use: shows the certificate of a server no certificate authority vouches for, by its
/// SHA-256 fingerprint, and asks the admin to compare it with the one the server printed before trusting it.
class CertificateApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateApprovalDialog(const QString& hostKey, const QString& fingerprint, QWidget* parent = nullptr);

    QString hostKey() const { return m_hostKey; }
    QString fingerprint() const { return m_fingerprint; }

private:
    QString m_hostKey;
    QString m_fingerprint;
};

} // namespace castellan::console
