#include "saml/ServiceProviderResource.h"

#include "core/Rfc3339.h"
#include "rest/JsonBody.h"
#include "rest/Paging.h"
#include "rest/PathParameter.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "saml/SamlText.h"
#include "saml/ServiceProviderRepository.h"
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
    o.set("has_signing_certificate", !sp.metadata.certificateBase64.empty());
    o.set("authn_requests_signed", sp.metadata.authnRequestsSigned);
    o.set("name_id_format", sp.nameIdFormat);
    o.set("name_id_attribute", sp.nameIdAttribute);
    Poco::JSON::Array attributes;
    for (const std::string& a : sp.attributes) {
        attributes.add(a);
    }
    o.set("attributes", attributes);
    o.set("idp_initiated", sp.idpInitiated);
    o.set("enabled", sp.enabled);
    o.set("created_at", Rfc3339::format(sp.createdAt));
    o.set("updated_at", Rfc3339::format(sp.updatedAt));
    return o;
}

RestResponse notFound()
{
    return Problem::fromError(Error::of(ErrorCode::NotFound, "No service provider with this id"));
}

/// Reads the editable fields into `sp`; `create` makes metadata required.
void readFields(JsonBody& body, ServiceProviderRecord& sp, bool create, ApplicationRepository& applications)
{
    if (body.has("application_id") && body.isNull("application_id")) {
        sp.applicationId.reset();
    } else if (auto id = body.integer("application_id", false, 1)) {
        auto application = applications.findById(*id);
        if (!application || application->type != "saml") {
            body.addError("application_id", "must be the id of a saml application, or null");
        }
        sp.applicationId = *id;
    }
    if (auto metadata = body.text("metadata", create)) {
        auto parsed = saml::parseSpMetadata(*metadata);
        if (!parsed) {
            body.addError("metadata", parsed.error().message);
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
}

} // namespace

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
    auto paging = Paging::fromRequest(request);
    if (!paging) {
        return Problem::fromError(paging.error());
    }
    std::int64_t total = 0;
    Poco::JSON::Array items;
    for (const auto& sp : m_providers.list(paging->query, paging->offset, paging->limit, total)) {
        items.add(providerJson(sp));
    }
    return listResponse(items, total);
}

RestResponse ServiceProviderResource::create(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    ServiceProviderRecord sp;
    readFields(*body, sp, true, m_applications);
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
    audit(request, "service_provider.create", "SAML SP '" + sp.metadata.entityId + "'", toJson(providerJson(sp)));
    RestResponse response = jsonResponse(providerJson(*m_providers.findById(sp.id)), 201);
    response.headers.emplace_back("Location", "/api/v1/service-providers/" + std::to_string(sp.id));
    return response;
}

RestResponse ServiceProviderResource::get(const RestRequest& request)
{
    auto id = pathId(request);
    auto sp = id ? m_providers.findById(*id) : std::nullopt;
    return sp ? jsonResponse(providerJson(*sp)) : notFound();
}

RestResponse ServiceProviderResource::update(const RestRequest& request)
{
    auto id = pathId(request);
    auto sp = id ? m_providers.findById(*id) : std::nullopt;
    if (!sp) {
        return notFound();
    }
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    const std::string oldEntityId = sp->metadata.entityId;
    readFields(*body, *sp, false, m_applications);
    if (body->ok() && sp->metadata.entityId != oldEntityId && m_providers.findByEntityId(sp->metadata.entityId)) {
        body->addError("metadata", "an SP with this entityID already exists");
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    sp->updatedAt = m_clock.nowSeconds();
    try {
        m_providers.update(*sp);
    } catch (const Poco::Data::DataException&) {
        return Problem::fromError(Error::invalid({{"metadata", "an SP with this entityID already exists"}}));
    }
    audit(request, "service_provider.update", "SAML SP '" + sp->metadata.entityId + "'", toJson(providerJson(*sp)));
    return jsonResponse(providerJson(*m_providers.findById(sp->id)));
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
