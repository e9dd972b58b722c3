#include "api/ServiceProvider.h"

#include "api/JsonRead.h"

#include <QJsonArray>

namespace castellan::console {

ServiceProvider::CertificateState ServiceProvider::certificateState(const QDateTime& now) const
{
    if (!certificateNotAfter.isValid()) {
        return CertificateState::None;
    }
    if (certificateNotAfter <= now) {
        return CertificateState::Expired;
    }
    return certificateNotAfter <= now.addDays(kExpiringDays) ? CertificateState::ExpiringSoon : CertificateState::Valid;
}

QByteArray ServiceProvider::etag() const
{
    return version > 0 ? "\"v" + QByteArray::number(version) + '"' : QByteArray();
}

ServiceProvider ServiceProvider::fromJson(const QJsonObject& object)
{
    ServiceProvider sp;
    sp.id = json::integer(object, "id");
    sp.name = json::text(object, "name");
    sp.entityId = json::text(object, "entity_id");
    for (const QJsonValue& acs : object.value(QStringLiteral("assertion_consumer_services")).toArray()) {
        sp.acsUrls.append(acs.toObject().value(QStringLiteral("location")).toString());
    }
    sp.singleLogoutUrl = json::text(object, "single_logout_url");
    sp.backChannelLogoutUrl = json::text(object, "back_channel_logout_url");
    sp.hasSigningCertificate = json::boolean(object, "has_signing_certificate");
    sp.certificateFingerprint = json::text(object, "certificate_sha256_fingerprint");
    sp.certificateNotAfter = json::time(object, "certificate_not_after");
    sp.authnRequestsSigned = json::boolean(object, "authn_requests_signed");
    sp.nameIdFormat = json::text(object, "name_id_format");
    sp.nameIdAttribute = json::text(object, "name_id_attribute");
    for (const QJsonValue& attribute : object.value(QStringLiteral("attributes")).toArray()) {
        sp.attributes.append(attribute.toString());
    }
    sp.idpInitiated = json::boolean(object, "idp_initiated");
    sp.allowSha1Signatures = json::boolean(object, "allow_sha1_signatures");
    sp.responseSigning = json::text(object, "response_signing");
    sp.signatureAlgorithm = json::text(object, "signature_algorithm");
    if (sp.responseSigning.isEmpty()) {
        sp.responseSigning = QStringLiteral("assertion");
    }
    if (sp.signatureAlgorithm.isEmpty()) {
        sp.signatureAlgorithm = QStringLiteral("rsa-sha256");
    }
    sp.applicationId = json::optionalInteger(object, "application_id");
    sp.applicationName = json::text(object, "application_name");
    sp.enabled = json::boolean(object, "enabled");
    sp.createdAt = json::time(object, "created_at");
    sp.updatedAt = json::time(object, "updated_at");
    sp.version = json::integer(object, "version");
    return sp;
}

QJsonObject ServiceProvider::toJson() const
{
    QJsonObject o{{QStringLiteral("name_id_format"), nameIdFormat},
                  {QStringLiteral("name_id_attribute"), nameIdAttribute},
                  {QStringLiteral("attributes"), QJsonArray::fromStringList(attributes)},
                  {QStringLiteral("idp_initiated"), idpInitiated},
                  {QStringLiteral("allow_sha1_signatures"), allowSha1Signatures},
                  {QStringLiteral("response_signing"), responseSigning},
                  {QStringLiteral("signature_algorithm"), signatureAlgorithm},
                  {QStringLiteral("application_id"), applicationId ? QJsonValue(*applicationId) : QJsonValue()},
                  {QStringLiteral("enabled"), enabled}};
    if (!name.trimmed().isEmpty()) {
        o.insert(QStringLiteral("name"), name.trimmed());
    }
    return o;
}

QStringList ServiceProvider::nameIdFormats()
{
    return {QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"),
            QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified"),
            QStringLiteral("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"),
            QStringLiteral("urn:oasis:names:tc:SAML:2.0:nameid-format:transient")};
}

QStringList ServiceProvider::attributeNames()
{
    return {QStringLiteral("username"), QStringLiteral("email"), QStringLiteral("first_name"),
            QStringLiteral("last_name")};
}

} // namespace castellan::console
