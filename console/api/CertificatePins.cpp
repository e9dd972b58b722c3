#include "api/CertificatePins.h"

#include <QCryptographicHash>
#include <QSettings>

namespace castellan::console {

namespace {

const QString kGroup = QStringLiteral("TrustedCertificates");
constexpr int kHttpsPort = 443;

QString settingsKey(const QString& hostKey)
{
    // QSettings treats '/' as a group separator; a host key never holds one, but a typo must not nest groups.
    QString key = hostKey;
    key.replace(QLatin1Char('/'), QLatin1Char('_'));
    return kGroup + QLatin1Char('/') + key;
}

} // namespace

QString CertificatePins::hostKey(const QUrl& server)
{
    return server.host().toLower() + QLatin1Char(':') + QString::number(server.port(kHttpsPort));
}

QString CertificatePins::fingerprint(const QSslCertificate& certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype at = 0; at < digest.size(); at += 2) {
        pairs.append(QString::fromLatin1(digest.mid(at, 2)));
    }
    return pairs.join(QLatin1Char(':'));
}

QString CertificatePins::pinned(const QString& hostKey) const
{
    return QSettings().value(settingsKey(hostKey)).toString();
}

void CertificatePins::pin(const QString& hostKey, const QString& fingerprint)
{
    QSettings().setValue(settingsKey(hostKey), fingerprint);
}

void CertificatePins::forget(const QString& hostKey)
{
    QSettings().remove(settingsKey(hostKey));
}

} // namespace castellan::console
