#include "saml/IdpKeyResource.h"

#include "core/Rfc3339.h"
#include "crypto/CertificateSummary.h"
#include "rest/JsonBody.h"
#include "rest/Paging.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "saml/IdpKeyStore.h"
#include "store/AuditLog.h"

namespace castellan {
namespace {

Poco::Dynamic::Var optionalInstant(const std::optional<std::int64_t>& seconds)
{
    return seconds ? Poco::Dynamic::Var(Rfc3339::format(*seconds)) : Poco::Dynamic::Var();
}

Poco::JSON::Object keyJson(const IdpKey& key)
{
    Poco::JSON::Object o;
    o.set("id", key.id);
    o.set("state", std::string(idpKeyStateName(key.state)));
    o.set("certificate", key.certificatePem);
    if (auto summary = CertificateSummary::fromPem(key.certificatePem)) {
        o.set("sha256_fingerprint", summary->sha256Fingerprint);
        o.set("not_before", Rfc3339::format(summary->notBefore));
        o.set("not_after", Rfc3339::format(summary->notAfter));
    }
    o.set("created_at", Rfc3339::format(key.createdAt));
    o.set("activated_at", optionalInstant(key.activatedAt));
    o.set("retired_at", optionalInstant(key.retiredAt));
    return o;
}

/// What the audit log keeps of a key: enough to tell which certificate it was, not the certificate.
std::string auditDetails(const IdpKey& key)
{
    const Poco::JSON::Object full = keyJson(key);
    Poco::JSON::Object o;
    for (const char* name : {"id", "state", "sha256_fingerprint", "not_after"}) {
        if (full.has(name)) {
            o.set(name, full.get(name));
        }
    }
    return toJson(o);
}

/// The `{id}` of the path when it can name a key; ids are 32 characters.
std::optional<std::string> keyId(const RestRequest& request)
{
    const auto id = request.pathParams.find("id");
    if (id == request.pathParams.end() || id->second.empty() || id->second.size() > 64) {
        return std::nullopt;
    }
    return id->second;
}

RestResponse notFound()
{
    return Problem::fromError(Error::of(ErrorCode::NotFound, "No SAML signing key with this id"));
}

} // namespace

IdpKeyResource::IdpKeyResource(IdpKeyStore& keys, AuditLog& audit) : m_keys(keys), m_audit(audit) {}

void IdpKeyResource::addRoutes(Router& router)
{
    const std::set<Scope> admin{Scope::Admin};
    router.add({"GET", "/api/v1/saml/keys", admin, handlerFor(this, &IdpKeyResource::list)});
    router.add({"POST", "/api/v1/saml/keys", admin, handlerFor(this, &IdpKeyResource::generate)});
    router.add({"GET", "/api/v1/saml/keys/{id}", admin, handlerFor(this, &IdpKeyResource::get)});
    router.add({"POST", "/api/v1/saml/keys/{id}/activate", admin, handlerFor(this, &IdpKeyResource::activate)});
    router.add({"DELETE", "/api/v1/saml/keys/{id}", admin, handlerFor(this, &IdpKeyResource::retire)});
}

void IdpKeyResource::audit(const RestRequest& request, const std::string& event, const std::string& reason,
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

RestResponse IdpKeyResource::list(const RestRequest&)
{
    // A handful of keys over the IdP's life: all of them, without paging.
    Poco::JSON::Array items;
    const std::vector<IdpKey> keys = m_keys.all();
    for (const IdpKey& key : keys) {
        items.add(keyJson(key));
    }
    return listResponse(items, static_cast<std::int64_t>(keys.size()));
}

RestResponse IdpKeyResource::generate(const RestRequest& request)
{
    auto key = m_keys.generateNext();
    if (!key) {
        return Problem::fromError(key.error());
    }
    audit(request, "saml_key.create", "SAML signing key " + key->id + " generated (next)", auditDetails(*key));
    RestResponse response = jsonResponse(keyJson(*key), 201);
    response.headers.emplace_back("Location", "/api/v1/saml/keys/" + key->id);
    return response;
}

RestResponse IdpKeyResource::get(const RestRequest& request)
{
    const auto id = keyId(request);
    const auto key = id ? m_keys.find(*id) : std::nullopt;
    return key ? jsonResponse(keyJson(*key)) : notFound();
}

RestResponse IdpKeyResource::activate(const RestRequest& request)
{
    const auto id = keyId(request);
    if (!id) {
        return notFound();
    }
    auto key = m_keys.activate(*id);
    if (!key) {
        return Problem::fromError(key.error());
    }
    audit(request, "saml_key.activate", "SAML signing key " + key->id + " activated", auditDetails(*key));
    return jsonResponse(keyJson(*key));
}

RestResponse IdpKeyResource::retire(const RestRequest& request)
{
    const auto id = keyId(request);
    if (!id) {
        return notFound();
    }
    if (auto retired = m_keys.retire(*id); !retired) {
        return Problem::fromError(retired.error());
    }
    const auto key = m_keys.find(*id);
    audit(request, "saml_key.retire", "SAML signing key " + *id + " retired", key ? auditDetails(*key) : "{}");
    return noContent();
}

} // namespace castellan
