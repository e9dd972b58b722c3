#pragma once

#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace castellan::console {

/// The servers' TLS certificates the admin approved (trust on first use), kept in QSettings under
/// "TrustedCertificates/<host:port>" as SHA-256 fingerprints of the DER encoding.
///
/// A server whose certificate a public CA vouches for needs no pin; a pinned server must show exactly the
/// pinned certificate, whoever signed it.
class CertificatePins
{
public:
    /// "host:port" of a server URL (port 443 when the URL has none).
    static QString hostKey(const QUrl& server);
    /// "AB:CD:..." — the SHA-256 fingerprint of the certificate's DER encoding, as admins compare it.
    static QString fingerprint(const QSslCertificate& certificate);

    /// The pinned fingerprint for "host:port", or an empty string.
    QString pinned(const QString& hostKey) const;
    void pin(const QString& hostKey, const QString& fingerprint);
    void forget(const QString& hostKey);
};

} // namespace castellan::console
