#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace castellan::console {

/// A SAML service provider (`/service-providers`): what its metadata says (read only) and what the IdP gives it
/// (editable: name, NameID, released attributes, IdP-initiated sign-in, profile, enabled).
struct ServiceProvider
{
    /// How its signing certificate stands at a given time.
    enum class CertificateState
    {
        None,         ///< the metadata has no signing certificate
        Valid,        ///< more than kExpiringDays left
        ExpiringSoon, ///< expires within kExpiringDays
        Expired,
    };
    static constexpr int kExpiringDays = 30;

    qint64 id = 0;
    QString name;
    QString entityId;
    QStringList acsUrls;
    QString singleLogoutUrl;
    QString backChannelLogoutUrl;
    bool hasSigningCertificate = false;
    QString certificateFingerprint; ///< SHA-256, colon-separated hex; empty when none
    QDateTime certificateNotAfter;  ///< invalid when none
    bool authnRequestsSigned = false;
    QString nameIdFormat;
    QString nameIdAttribute = QStringLiteral("username"); ///< username | email
    QStringList attributes;                               ///< released: email, first_name, last_name, username
    bool idpInitiated = false;
    bool allowSha1Signatures = false;                          ///< the SP's requests may be signed with SHA-1 (weak)
    QString responseSigning = QStringLiteral("assertion");     ///< assertion | response | both
    QString signatureAlgorithm = QStringLiteral("rsa-sha256"); ///< rsa-sha256 | rsa-sha384 | rsa-sha512
    std::optional<qint64> applicationId; ///< the saml profile; none: the only enabled one, else registration
    QString applicationName;             ///< read only: that profile's name
    bool enabled = true;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0; ///< the server's version of what was read; 0 from a server without versions

    /// The If-Match of a change to what was read: a change made meanwhile is refused (412); empty without a version.
    QByteArray etag() const;

    CertificateState certificateState(const QDateTime& now) const;

    static ServiceProvider fromJson(const QJsonObject& object);
    /// The fields an administrator edits, as POST and PATCH take them.
    QJsonObject toJson() const;

    /// The NameID formats the server issues (SAML core §8.3), emailAddress first.
    static QStringList nameIdFormats();
    /// The user attributes the server can release.
    static QStringList attributeNames();
};

/// Where a new service provider's metadata comes from: its XML (pasted, or read from a file by the console), or an
/// https URL the server fetches.
struct MetadataSource
{
    QString xml;
    QString url;
};

} // namespace castellan::console
