#include "saml/ServiceProviderResource.h"

#include "core/Rfc3339.h"
#include "crypto/CertificateSummary.h"
#include "rest/JsonBody.h"
#include "rest/Paging.h"
#include "rest/PathParameter.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "saml/SamlText.h"
#include "saml/ServiceProviderRepository.h"
#include "saml/SignatureAlgorithm.h"
#include "store/ApplicationRepository.h"
#include "store/AuditLog.h"

#include <Poco/Data/DataException.h>
#include <Poco/String.h>

namespace castellan {
namespace {

const std::set<std::string> kAttributes = {"email", "first_name", "last_name", "username"};
const std::set<std::string> kNameIdFormats = {saml::kNameIdEmail, saml::kNameIdUnspecified, saml::kNameIdPersistent,
                                              saml::kNameIdTransient};

Poco::JSON::Object providerJson(const ServiceProviderRecord& sp)
{
    Poco::JSON::Object o;
    o.set("id", sp.id);
    o.set("name", sp.name);
    o.set("entity_id", sp.metadata.entityId);
    Poco::JSON::Array acs;
    for (const auto& e : sp.metadata.acs) {
        Poco::JSON::Object endpoint;
        endpoint.set("binding", e.binding);
        endpoint.set("location", e.location);
        acs.add(endpoint);
    }
    o.set("assertion_consumer_services", acs);
    o.set("single_logout_url", sp.metadata.sloUrl);
    o.set("single_logout_binding", sp.metadata.sloUrl.empty()       ? std::string()
                                   : sp.metadata.sloBinding.empty() ? std::string(saml::kRedirectBinding)
                                                                    : sp.metadata.sloBinding);
    o.set("back_channel_logout_url", sp.metadata.sloSoapUrl);
    o.set("application_id", sp.applicationId ? Poco::Dynamic::Var(*sp.applicationId) : Poco::Dynamic::Var());
    o.set("application_name", sp.applicationId ? Poco::Dynamic::Var(sp.applicationName) : Poco::Dynamic::Var());
    o.set("has_signing_certificate", !sp.metadata.certificateBase64.empty());
    Poco::Dynamic::Var fingerprint, notBefore, notAfter;
    if (auto summary = CertificateSummary::fromBase64Der(sp.metadata.certificateBase64)) {
        fingerprint = summary->sha256Fingerprint;
        notBefore = Rfc3339::format(summary->notBefore);
        notAfter = Rfc3339::format(summary->notAfter);
    }
    o.set("certificate_sha256_fingerprint", fingerprint);
    o.set("certificate_not_before", notBefore);
    o.set("certificate_not_after", notAfter);
    o.set("authn_requests_signed", sp.metadata.authnRequestsSigned);
    o.set("name_id_format", sp.nameIdFormat);
    o.set("name_id_attribute", sp.nameIdAttribute);
    Poco::JSON::Array attributes;
    for (const std::string& a : sp.attributes) {
        attributes.add(a);
    }
    o.set("attributes", attributes);
    o.set("idp_initiated", sp.idpInitiated);
    o.set("allow_sha1_signatures", sp.allowSha1Signatures);
    o.set("response_signing", sp.responseSigning);
    o.set("signature_algorithm", sp.signatureAlgorithm);
    o.set("enabled", sp.enabled);
    o.set("created_at", Rfc3339::format(sp.createdAt));
    o.set("updated_at", Rfc3339::format(sp.updatedAt));
    o.set("version", sp.version);
    return o;
}

RestResponse notFound()
{
    return Problem::fromError(Error::of(ErrorCode::NotFound, "No service provider with this id"));
}

/// The metadata XML a create or change gives, and the field its problems are reported on: `metadata` itself, or
/// the document at `metadata_url` (with `metadata_ca_pem` trusted besides the system CAs). Nothing when neither is
/// given or the fetch failed (the error is in `body`).
std::optional<std::string> readMetadata(JsonBody& body, bool create, const SpMetadataFetcher& fetcher,
                                        std::string& field)
{
    field = "metadata";
    if (!body.has("metadata_url")) {
        if (body.has("metadata_ca_pem")) {
            body.addError("metadata_ca_pem", "is only used with metadata_url");
        }
        return body.text("metadata", create);
    }
    field = "metadata_url";
    if (body.has("metadata")) {
        body.addError("metadata_url", "give either metadata or metadata_url, not both");
        return std::nullopt;
    }
    auto url = body.text("metadata_url", true);
    const std::string ca = body.text("metadata_ca_pem").value_or("");
    if (!url || !body.ok()) {
        return std::nullopt;
    }
    auto fetched = fetcher.fetch(Poco::trim(*url), ca);
    if (!fetched) {
        for (const FieldError& e : fetched.error().fields) {
            body.addError(e.field, e.message);
        }
        return std::nullopt;
    }
    return *fetched;
}

/// The SP's signature choices: SHA-1 in its requests, what the Response's signature covers, and its algorithm.
void readSigningFields(JsonBody& body, ServiceProviderRecord& sp)
{
    if (auto allow = body.boolean("allow_sha1_signatures")) {
        sp.allowSha1Signatures = *allow;
    }
    if (auto signing = body.text("response_signing")) {
        if (*signing != "assertion" && *signing != "response" && *signing != "both") {
            body.addError("response_signing", "must be assertion, response or both");
        }
        sp.responseSigning = *signing;
    }
    if (auto algorithm = body.text("signature_algorithm")) {
        if (!saml::signingAlgorithm(*algorithm)) {
            body.addError("signature_algorithm", "must be rsa-sha256, rsa-sha384 or rsa-sha512");
        }
        sp.signatureAlgorithm = *algorithm;
    }
}

} // namespace

void ServiceProviderResource::readFields(JsonBody& body, ServiceProviderRecord& sp, bool create)
{
    if (body.has("application_id") && body.isNull("application_id")) {
        sp.applicationId.reset();
    } else if (auto id = body.integer("application_id", false, 1)) {
        auto application = m_applications.findById(*id);
        if (!application || application->type != "saml") {
            body.addError("application_id", "must be the id of a saml application, or null");
        }
        sp.applicationId = *id;
    }
    std::string metadataField;
    if (auto metadata = readMetadata(body, create, m_fetcher, metadataField)) {
        auto parsed = saml::parseSpMetadata(*metadata);
        if (!parsed) {
            body.addError(metadataField, parsed.error().message);
        } else {
            sp.metadata = *parsed;
            sp.metadataXml = *metadata;
        }
    }
    if (auto name = body.text("name")) {
        const std::string trimmed = Poco::trim(*name);
        if (trimmed.empty() || trimmed.size() > 100) {
            body.addError("name", "must be 1 to 100 characters");
        }
        sp.name = trimmed;
    }
    if (sp.name.empty()) {
        sp.name = sp.metadata.entityId.substr(0, 100);
    }
    if (auto format = body.text("name_id_format")) {
        if (!kNameIdFormats.count(*format)) {
            body.addError("name_id_format", "must be a SAML emailAddress, unspecified, persistent or transient URN");
        }
        sp.nameIdFormat = *format;
    }
    if (sp.nameIdFormat.empty()) {
        sp.nameIdFormat = saml::kNameIdUnspecified;
    }
    if (auto attribute = body.text("name_id_attribute")) {
        if (*attribute != "username" && *attribute != "email") {
            body.addError("name_id_attribute", "must be username or email");
        }
        sp.nameIdAttribute = *attribute;
    }
    if (body.has("attributes")) {
        Poco::JSON::Array::Ptr array = body.object()->getArray("attributes");
        if (!array) {
            body.addError("attributes", "must be an array such as [\"email\", \"first_name\"]");
        } else {
            sp.attributes.clear();
            for (size_t i = 0; i < array->size(); ++i) {
                const std::string a = jsonText(array->get(static_cast<unsigned>(i)));
                if (!kAttributes.count(a)) {
                    body.addError("attributes", "'" + a + "' is not one of email, first_name, last_name, username");
                }
                sp.attributes.insert(a);
            }
        }
    }
    if (auto enabled = body.boolean("enabled")) {
        sp.enabled = *enabled;
    }
    if (auto idpInitiated = body.boolean("idp_initiated")) {
        sp.idpInitiated = *idpInitiated;
    }
    readSigningFields(body, sp);
}

ServiceProviderResource::ServiceProviderResource(ServiceProviderRepository& providers,
                                                 ApplicationRepository& applications, AuditLog& audit,
                                                 const Clock& clock)
    : m_providers(providers), m_applications(applications), m_audit(audit), m_clock(clock)
{}

void ServiceProviderResource::addRoutes(Router& router)
{
    const std::set<Scope> admin{Scope::Admin};
    router.add({"GET", "/api/v1/service-providers", admin, handlerFor(this, &ServiceProviderResource::list)});
    router.add({"POST", "/api/v1/service-providers", admin, handlerFor(this, &ServiceProviderResource::create)});
    router.add({"GET", "/api/v1/service-providers/{id}", admin, handlerFor(this, &ServiceProviderResource::get)});
    router.add({"PATCH", "/api/v1/service-providers/{id}", admin, handlerFor(this, &ServiceProviderResource::update)});
    router.add({"DELETE", "/api/v1/service-providers/{id}", admin, handlerFor(this, &ServiceProviderResource::remove)});
}

void ServiceProviderResource::audit(const RestRequest& request, const std::string& event, const std::string& reason,
                                    const std::string& details)
{
    m_audit.record({.channel = "rest",
                    .event = event,
                    .actor = request.principal->actor(),
                    .result = "success",
                    .reason = reason,
                    .sourceIp = request.sourceIp,
                    .details = details});
}

RestResponse ServiceProviderResource::list(const RestRequest& request)
{
    return listPage(request, m_providers, providerJson);
}

RestResponse ServiceProviderResource::create(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    ServiceProviderRecord sp;
    readFields(*body, sp, true);
    if (body->ok() && m_providers.findByEntityId(sp.metadata.entityId)) {
        body->addError("metadata", "an SP with this entityID already exists");
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    sp.createdAt = sp.updatedAt = m_clock.nowSeconds();
    try {
        sp.id = m_providers.create(sp);
    } catch (const Poco::Data::DataException&) {
        return Problem::fromError(Error::invalid({{"metadata", "an SP with this entityID already exists"}}));
    }
    const std::string fetchedFrom =
        body->has("metadata_url")
            ? " (metadata fetched from " + Poco::trim(jsonText(body->object()->get("metadata_url"))) + ")"
            : "";
    audit(request, "service_provider.create", "SAML SP '" + sp.metadata.entityId + "'" + fetchedFrom,
          toJson(providerJson(sp)));
    const ServiceProviderRecord stored = *m_providers.findById(sp.id);
    RestResponse response = jsonResponse(providerJson(stored), 201);
    response.headers.emplace_back("Location", "/api/v1/service-providers/" + std::to_string(sp.id));
    response.headers.emplace_back("ETag", entityTag(stored.version));
    return response;
}

RestResponse ServiceProviderResource::get(const RestRequest& request)
{
    auto id = pathId(request);
    auto sp = id ? m_providers.findById(*id) : std::nullopt;
    if (!sp) {
        return notFound();
    }
    RestResponse response = jsonResponse(providerJson(*sp));
    response.headers.emplace_back("ETag", entityTag(sp->version));
    return response;
}

RestResponse ServiceProviderResource::update(const RestRequest& request)
{
    auto id = pathId(request);
    auto sp = id ? m_providers.findById(*id) : std::nullopt;
    if (!sp) {
        return notFound();
    }
    auto update = VersionedBody::read(request);
    if (!update) {
        return Problem::fromError(update.error());
    }
    JsonBody* body = &update->body;
    const std::string oldEntityId = sp->metadata.entityId;
    readFields(*body, *sp, false);
    if (body->ok() && sp->metadata.entityId != oldEntityId && m_providers.findByEntityId(sp->metadata.entityId)) {
        body->addError("metadata", "an SP with this entityID already exists");
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    sp->updatedAt = m_clock.nowSeconds();
    try {
        if (!m_providers.update(*sp, update->expectedVersion)) {
            return preconditionFailed();
        }
    } catch (const Poco::Data::DataException&) {
        return Problem::fromError(Error::invalid({{"metadata", "an SP with this entityID already exists"}}));
    }
    const ServiceProviderRecord stored = *m_providers.findById(sp->id);
    audit(request, "service_provider.update", "SAML SP '" + stored.metadata.entityId + "'",
          toJson(providerJson(stored)));
    RestResponse response = jsonResponse(providerJson(stored));
    response.headers.emplace_back("ETag", entityTag(stored.version));
    return response;
}

RestResponse ServiceProviderResource::remove(const RestRequest& request)
{
    auto id = pathId(request);
    auto sp = id ? m_providers.findById(*id) : std::nullopt;
    if (!sp || !m_providers.remove(sp->id)) {
        return notFound();
    }
    audit(request, "service_provider.delete", "SAML SP '" + sp->metadata.entityId + "'", toJson(providerJson(*sp)));
    return noContent();
}

} // namespace castellan
