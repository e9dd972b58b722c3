#include "rest/ApiClientResource.h"

#include "auth/OpaqueToken.h"
#include "auth/TokenService.h"
#include "core/Rfc3339.h"
#include "rest/JsonBody.h"
#include "rest/Paging.h"
#include "rest/PathParameter.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "store/ApiClientRepository.h"
#include "store/AuditLog.h"

#include <Poco/String.h>

namespace castellan {
namespace {

Poco::JSON::Object toJson(const ApiClientRecord& c)
{
    Poco::JSON::Object o;
    o.set("id", c.id);
    o.set("type", c.type);
    o.set("name", c.name);
    o.set("client_id", c.clientId);
    o.set("enabled", c.enabled);
    o.set("created_at", Rfc3339::format(c.createdAt));
    o.set("updated_at", Rfc3339::format(c.updatedAt));
    o.set("last_used_at", c.lastUsedAt ? Poco::Dynamic::Var(Rfc3339::format(*c.lastUsedAt)) : Poco::Dynamic::Var());
    return o;
}

RestResponse notFound()
{
    return Problem::fromError(Error::of(ErrorCode::NotFound, "No API client with this id"));
}

void checkName(JsonBody& body, const std::optional<std::string>& name)
{
    if (name && (Poco::trim(*name).empty() || name->size() > 100)) {
        body.addError("name", "must be 1 to 100 characters and not blank");
    }
}

} // namespace

ApiClientResource::ApiClientResource(ApiClientRepository& clients, TokenService& tokens, AuditLog& audit,
                                     const Clock& clock)
    : m_clients(clients), m_tokens(tokens), m_audit(audit), m_clock(clock)
{}

void ApiClientResource::addRoutes(Router& router)
{
    router.add({"GET", "/api/v1/api-clients", {Scope::Admin}, handlerFor(this, &ApiClientResource::list)});
    router.add({"POST", "/api/v1/api-clients", {Scope::Admin}, handlerFor(this, &ApiClientResource::create)});
    router.add({"GET", "/api/v1/api-clients/{id}", {Scope::Admin}, handlerFor(this, &ApiClientResource::get)});
    router.add({"PATCH", "/api/v1/api-clients/{id}", {Scope::Admin}, handlerFor(this, &ApiClientResource::update)});
    router.add({"DELETE", "/api/v1/api-clients/{id}", {Scope::Admin}, handlerFor(this, &ApiClientResource::remove)});
    router.add({"POST",
                "/api/v1/api-clients/{id}/secret",
                {Scope::Admin},
                handlerFor(this, &ApiClientResource::rotateSecret)});
}

RestResponse ApiClientResource::list(const RestRequest& request)
{
    return listPage(request, m_clients, [](const ApiClientRecord& c) { return toJson(c); });
}

RestResponse ApiClientResource::create(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    auto type = body->text("type", true);
    auto name = body->text("name", true);
    if (type && *type != "agent" && *type != "user") {
        body->addError("type", "must be agent or user");
    }
    checkName(*body, name);
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    ApiClientRecord c;
    c.type = *type;
    c.name = Poco::trim(*name);
    c.clientId = "cli_" + OpaqueToken::digest(OpaqueToken::generate("")).substr(0, 20);
    const std::string secret = OpaqueToken::generate(OpaqueToken::kClientSecretPrefix);
    c.secretDigest = OpaqueToken::digest(secret);
    c.createdAt = c.updatedAt = m_clock.nowSeconds();
    c.id = m_clients.create(c);
    m_audit.record({.channel = "rest",
                    .event = "api_client.create",
                    .actor = request.principal->actor(),
                    .client = c.clientId,
                    .result = "success",
                    .reason = c.type + " client '" + c.name + "'",
                    .sourceIp = request.sourceIp});
    Poco::JSON::Object o = toJson(*m_clients.findById(c.id));
    o.set("client_secret", secret);
    RestResponse response = jsonResponse(o, 201);
    response.headers.emplace_back("Location", "/api/v1/api-clients/" + std::to_string(c.id));
    return response;
}

RestResponse ApiClientResource::get(const RestRequest& request)
{
    auto id = pathId(request);
    auto client = id ? m_clients.findById(*id) : std::nullopt;
    if (!client) {
        return notFound();
    }
    RestResponse response = jsonResponse(toJson(*client));
    response.headers.emplace_back("ETag", entityTag(client->version));
    return response;
}

RestResponse ApiClientResource::update(const RestRequest& request)
{
    auto id = pathId(request);
    if (!id || !m_clients.findById(*id)) {
        return notFound();
    }
    auto update = VersionedBody::read(request);
    if (!update) {
        return Problem::fromError(update.error());
    }
    JsonBody& body = update->body;
    auto name = body.text("name");
    auto enabled = body.boolean("enabled");
    checkName(body, name);
    for (const char* readOnly : {"type", "client_id", "client_secret"}) {
        if (body.has(readOnly)) {
            body.addError(readOnly, "cannot be changed");
        }
    }
    if (!body.ok()) {
        return Problem::fromError(body.error());
    }
    if (name) {
        name = Poco::trim(*name);
    }
    if (!m_clients.update(*id, name, enabled, update->expectedVersion, m_clock.nowSeconds())) {
        return preconditionFailed();
    }
    if (enabled && !*enabled) {
        m_tokens.revokeAll(Principal::Kind::ApiClient, *id);
    }
    auto client = m_clients.findById(*id);
    std::string change = name ? "renamed to '" + *name + "'" : "";
    if (enabled) {
        change += std::string(change.empty() ? "" : "; ") + (*enabled ? "enabled" : "disabled");
    }
    m_audit.record({.channel = "rest",
                    .event = "api_client.update",
                    .actor = request.principal->actor(),
                    .client = client->clientId,
                    .result = "success",
                    .reason = change,
                    .sourceIp = request.sourceIp});
    RestResponse response = jsonResponse(toJson(*client));
    response.headers.emplace_back("ETag", entityTag(client->version));
    return response;
}

RestResponse ApiClientResource::remove(const RestRequest& request)
{
    auto id = pathId(request);
    if (!id) {
        return notFound();
    }
    auto client = m_clients.findById(*id);
    if (client && m_clients.remove(*id)) {
        m_audit.record({.channel = "rest",
                        .event = "api_client.delete",
                        .actor = request.principal->actor(),
                        .client = client->clientId,
                        .result = "success",
                        .sourceIp = request.sourceIp});
    }
    return noContent(); // idempotent: deleting what is gone succeeds
}

RestResponse ApiClientResource::rotateSecret(const RestRequest& request)
{
    auto id = pathId(request);
    auto client = id ? m_clients.findById(*id) : std::nullopt;
    if (!client) {
        return notFound();
    }
    const std::string secret = OpaqueToken::generate(OpaqueToken::kClientSecretPrefix);
    m_clients.setSecret(*id, OpaqueToken::digest(secret), m_clock.nowSeconds());
    m_tokens.revokeAll(Principal::Kind::ApiClient, *id);
    m_audit.record({.channel = "rest",
                    .event = "api_client.secret.rotate",
                    .actor = request.principal->actor(),
                    .client = client->clientId,
                    .result = "success",
                    .reason = "old secret and its tokens revoked",
                    .sourceIp = request.sourceIp});
    Poco::JSON::Object o = toJson(*m_clients.findById(*id));
    o.set("client_secret", secret);
    return jsonResponse(o);
}

} // namespace castellan
