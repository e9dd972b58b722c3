#include "rest/RadiusClientResource.h"

#include "core/Rfc3339.h"
#include "crypto/SecretBox.h"
#include "radius/RadiusClientRegistry.h"
#include "radius/SourceNetwork.h"
#include "rest/JsonBody.h"
#include "rest/Paging.h"
#include "rest/PathParameter.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "store/ApplicationRepository.h"
#include "store/AuditLog.h"
#include "store/RadiusClientRepository.h"

#include <Poco/Data/DataException.h>
#include <Poco/String.h>

namespace castellan {
namespace {

Poco::Dynamic::Var orNull(std::int64_t seconds)
{
    return seconds ? Poco::Dynamic::Var(Rfc3339::format(seconds)) : Poco::Dynamic::Var();
}

/// The record's fields and, given `activity`, what it asked of this node since it started (counted in memory per
/// node, never stored: see RadiusClientActivity); the audit log records the fields only.
Poco::JSON::Object clientJson(const RadiusClientRecord& c, const RadiusClientActivity* activity = nullptr)
{
    Poco::JSON::Object o;
    o.set("id", c.id);
    o.set("name", c.name);
    o.set("source", c.source);
    o.set("require_message_authenticator", c.requireMessageAuthenticator);
    o.set("application_id", c.applicationId ? Poco::Dynamic::Var(*c.applicationId) : Poco::Dynamic::Var());
    o.set("application_name", c.applicationId ? Poco::Dynamic::Var(c.applicationName) : Poco::Dynamic::Var());
    o.set("enabled", c.enabled);
    o.set("created_at", Rfc3339::format(c.createdAt));
    o.set("updated_at", Rfc3339::format(c.updatedAt));
    if (!activity) {
        return o;
    }
    const RadiusClientTally tally = activity->of(c.id).value_or(RadiusClientTally{});
    Poco::JSON::Object counts;
    counts.set("last_request_at", orNull(tally.lastRequestAt));
    counts.set("requests", tally.requests);
    counts.set("accepts", tally.accepts);
    counts.set("rejects", tally.rejects);
    counts.set("challenges", tally.challenges);
    counts.set("counting_since", Rfc3339::format(activity->countingSince()));
    o.set("activity", counts);
    return o;
}

RestResponse notFound()
{
    return Problem::fromError(Error::of(ErrorCode::NotFound, "No RADIUS client with this id"));
}

bool printable(const std::string& text)
{
    for (unsigned char c : text) {
        if (c < 0x20 || c == 0x7f) {
            return false;
        }
    }
    return true;
}

} // namespace

RadiusClientResource::RadiusClientResource(RadiusClientRepository& clients, ApplicationRepository& applications,
                                           RadiusClientRegistry& registry, const SecretBox& secrets, AuditLog& audit,
                                           const Clock& clock)
    : m_clients(clients), m_applications(applications), m_registry(registry), m_secrets(secrets), m_audit(audit),
      m_clock(clock)
{}

void RadiusClientResource::addRoutes(Router& router)
{
    router.add({"GET", "/api/v1/radius-clients", {Scope::Admin}, handlerFor(this, &RadiusClientResource::list)});
    router.add({"POST", "/api/v1/radius-clients", {Scope::Admin}, handlerFor(this, &RadiusClientResource::create)});
    router.add({"GET", "/api/v1/radius-clients/{id}", {Scope::Admin}, handlerFor(this, &RadiusClientResource::get)});
    router.add(
        {"PATCH", "/api/v1/radius-clients/{id}", {Scope::Admin}, handlerFor(this, &RadiusClientResource::update)});
    router.add(
        {"DELETE", "/api/v1/radius-clients/{id}", {Scope::Admin}, handlerFor(this, &RadiusClientResource::remove)});
}

void RadiusClientResource::readFields(JsonBody& body, RadiusClientRecord& c, std::optional<std::string>& secret,
                                      bool create)
{
    if (auto name = body.text("name", create)) {
        c.name = Poco::trim(*name);
        if (c.name.empty() || c.name.size() > 100 || !printable(c.name)) {
            body.addError("name", "must be 1 to 100 characters and not blank");
        }
    }
    if (auto source = body.text("source", create)) {
        if (auto network = SourceNetwork::parse(Poco::trim(*source))) {
            c.source = network->toString();
        } else {
            body.errors().push_back(network.error().fields.front());
        }
    }
    secret = body.text("secret", create);
    if (secret && (secret->size() < kMinSecret || secret->size() > kMaxSecret || !printable(*secret))) {
        body.addError("secret", "must be 16 to 128 printable characters (RFC 2865 section 3 asks for at least 16)");
    }
    if (auto v = body.boolean("require_message_authenticator")) {
        c.requireMessageAuthenticator = *v;
    }
    if (auto v = body.boolean("enabled")) {
        c.enabled = *v;
    }
    if (body.has("application_id") && body.isNull("application_id")) {
        c.applicationId.reset();
    } else if (auto id = body.integer("application_id", false, 1)) {
        auto application = m_applications.findById(*id);
        if (!application || application->type != "radius") {
            body.addError("application_id", "must be the id of a radius application, or null");
        }
        c.applicationId = *id;
    }
}

void RadiusClientResource::checkUnique(JsonBody& body, const RadiusClientRecord& c)
{
    if (auto named = m_clients.findByName(c.name); named && named->id != c.id) {
        body.addError("name", "is already taken");
    }
    if (auto same = m_clients.findBySource(c.source); same && same->id != c.id) {
        body.addError("source", "is already the source of RADIUS client '" + same->name + "'");
    }
}

void RadiusClientResource::audit(const RestRequest& request, const std::string& event, const RadiusClientRecord& c)
{
    m_audit.record({.channel = "rest",
                    .event = event,
                    .actor = request.principal->actor(),
                    .result = "success",
                    .reason = "RADIUS client '" + c.name + "' (" + c.source + ")",
                    .sourceIp = request.sourceIp,
                    .details = event == "radius_client.delete" ? "" : toJson(clientJson(c))});
}

RestResponse RadiusClientResource::list(const RestRequest& request)
{
    return listPage(request, m_clients,
                    [this](const RadiusClientRecord& c) { return clientJson(c, &m_registry.activity()); });
}

RestResponse RadiusClientResource::create(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    RadiusClientRecord c;
    std::optional<std::string> secret;
    readFields(*body, c, secret, true);
    if (body->ok()) {
        checkUnique(*body, c);
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    c.createdAt = c.updatedAt = m_clock.nowSeconds();
    try {
        c.id = m_clients.create(
            c, [&](std::int64_t id) { return m_secrets.sealToBase64(*secret, RadiusClientRepository::secretAad(id)); });
    } catch (const Poco::Data::DataException&) {
        return Problem::fromError(Error::invalid({{"name", "is already taken"}}));
    }
    m_registry.invalidate();
    const RadiusClientRecord stored = *m_clients.findById(c.id);
    audit(request, "radius_client.create", stored);
    RestResponse response = jsonResponse(clientJson(stored, &m_registry.activity()), 201);
    response.headers.emplace_back("Location", "/api/v1/radius-clients/" + std::to_string(c.id));
    response.headers.emplace_back("ETag", entityTag(stored.version));
    return response;
}

RestResponse RadiusClientResource::get(const RestRequest& request)
{
    auto id = pathId(request);
    auto c = id ? m_clients.findById(*id) : std::nullopt;
    if (!c) {
        return notFound();
    }
    RestResponse response = jsonResponse(clientJson(*c, &m_registry.activity()));
    response.headers.emplace_back("ETag", entityTag(c->version));
    return response;
}

RestResponse RadiusClientResource::update(const RestRequest& request)
{
    auto id = pathId(request);
    auto c = id ? m_clients.findById(*id) : std::nullopt;
    if (!c) {
        return notFound();
    }
    auto update = VersionedBody::read(request);
    if (!update) {
        return Problem::fromError(update.error());
    }
    JsonBody& body = update->body;
    std::optional<std::string> secret;
    readFields(body, *c, secret, false);
    if (body.ok()) {
        checkUnique(body, *c);
    }
    if (!body.ok()) {
        return Problem::fromError(body.error());
    }
    if (secret) {
        c->sealedSecret = m_secrets.sealToBase64(*secret, RadiusClientRepository::secretAad(c->id));
    }
    try {
        if (!m_clients.update(*c, update->expectedVersion, m_clock.nowSeconds())) {
            return preconditionFailed();
        }
    } catch (const Poco::Data::DataException&) {
        return Problem::fromError(Error::invalid({{"name", "is already taken"}}));
    }
    m_registry.invalidate();
    const RadiusClientRecord stored = *m_clients.findById(*id);
    audit(request, secret ? "radius_client.update_secret" : "radius_client.update", stored);
    RestResponse response = jsonResponse(clientJson(stored, &m_registry.activity()));
    response.headers.emplace_back("ETag", entityTag(stored.version));
    return response;
}

RestResponse RadiusClientResource::remove(const RestRequest& request)
{
    auto id = pathId(request);
    if (!id) {
        return notFound();
    }
    auto c = m_clients.findById(*id);
    if (c && m_clients.remove(*id)) {
        m_registry.invalidate();
        audit(request, "radius_client.delete", *c);
    }
    return noContent();
}

} // namespace castellan
