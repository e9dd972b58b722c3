#include "rest/ApplicationResource.h"

#include "core/Rfc3339.h"
#include "radius/RadiusProfiles.h"
#include "rest/JsonBody.h"
#include "rest/Paging.h"
#include "rest/PathParameter.h"
#include "rest/Problem.h"
#include "rest/RadiusProfileFields.h"
#include "rest/Router.h"
#include "store/ApplicationRepository.h"
#include "store/AuditLog.h"
#include "store/RadiusProfileRepository.h"

#include <Poco/Data/DataException.h>
#include <Poco/String.h>

namespace castellan {
namespace {

const std::set<std::string> kTypes = {"registration", "radius", "saml", "api"};
const std::set<std::string> kFactors = {"totp", "hotp", "sms", "email", "push", "webauthn"};

Poco::JSON::Object applicationJson(const ApplicationRecord& a)
{
    Poco::JSON::Object o;
    o.set("id", a.id);
    o.set("name", a.name);
    o.set("type", a.type);
    Poco::JSON::Array factors;
    for (const std::string& f : a.allowedFactors) {
        factors.add(f);
    }
    o.set("allowed_factors", factors);
    o.set("password_required", a.passwordRequired);
    o.set("second_factor_required", a.secondFactorRequired);
    o.set("enabled", a.enabled);
    o.set("created_at", Rfc3339::format(a.createdAt));
    o.set("updated_at", Rfc3339::format(a.updatedAt));
    return o;
}

RestResponse notFound()
{
    return Problem::fromError(Error::of(ErrorCode::NotFound, "No application with this id"));
}

/// `{"radius_clients": [{id, name}], "service_providers": [{id, name}]}`: who logs in with application `id`.
Poco::JSON::Object usedByJson(std::int64_t id, const std::vector<ApplicationUse>& uses)
{
    Poco::JSON::Array radiusClients;
    Poco::JSON::Array serviceProviders;
    for (const ApplicationUse& use : uses) {
        if (use.applicationId != id) {
            continue;
        }
        Poco::JSON::Object user;
        user.set("id", use.id);
        user.set("name", use.name);
        (use.kind == ApplicationUse::Kind::RadiusClient ? radiusClients : serviceProviders).add(user);
    }
    Poco::JSON::Object o;
    o.set("radius_clients", radiusClients);
    o.set("service_providers", serviceProviders);
    return o;
}

/// 409 naming who still uses the application: the console lists them when it asks before deleting.
RestResponse inUse(const ApplicationRecord& a, const std::vector<ApplicationUse>& uses)
{
    std::string names;
    for (const ApplicationUse& use : uses) {
        names +=
            (names.empty() ? "" : ", ") +
            std::string(use.kind == ApplicationUse::Kind::RadiusClient ? "RADIUS client '" : "service provider '") +
            use.name + "'";
    }
    Poco::JSON::Object members;
    members.set("used_by", usedByJson(a.id, uses));
    return Problem::withMembers(
        ErrorCode::Conflict, "Application '" + a.name + "' is used by " + names + "; give them another profile first",
        members);
}

/// Reads the editable fields into `a`; `create` makes name, type and allowed_factors required.
void readFields(JsonBody& body, ApplicationRecord& a, bool create)
{
    if (auto name = body.text("name", create)) {
        const std::string trimmed = Poco::trim(*name);
        if (trimmed.empty() || trimmed.size() > 100) {
            body.addError("name", "must be 1 to 100 characters");
        }
        a.name = trimmed;
    }
    if (create) {
        if (auto type = body.text("type", true)) {
            if (!kTypes.count(*type)) {
                body.addError("type", "must be registration, radius, saml or api");
            }
            a.type = *type;
        }
    } else if (body.has("type")) {
        body.addError("type", "cannot be changed; create another application");
    }
    if (body.has("allowed_factors")) {
        Poco::JSON::Array::Ptr array = body.object()->getArray("allowed_factors");
        if (!array) {
            body.addError("allowed_factors", "must be an array such as [\"totp\", \"push\"]");
        } else {
            a.allowedFactors.clear();
            for (size_t i = 0; i < array->size(); ++i) {
                const std::string f = jsonText(array->get(static_cast<unsigned>(i)));
                if (!kFactors.count(f)) {
                    body.addError("allowed_factors",
                                  "'" + f + "' is not one of totp, hotp, sms, email, push, webauthn");
                }
                a.allowedFactors.insert(f);
            }
        }
    } else if (create) {
        body.addError("allowed_factors", "is required");
    }
    if (auto v = body.boolean("password_required")) {
        a.passwordRequired = *v;
    }
    if (auto v = body.boolean("second_factor_required")) {
        a.secondFactorRequired = *v;
    }
    if (auto v = body.boolean("enabled")) {
        a.enabled = *v;
    }
    // WebAuthn needs a browser: it fits the portal and SAML, not RADIUS gear or API agents.
    if (a.allowedFactors.count("webauthn") && (a.type == "radius" || a.type == "api")) {
        body.addError("allowed_factors", "webauthn needs a browser; use it with registration or saml applications");
    }
    if (a.secondFactorRequired && a.allowedFactors.empty() && body.ok()) {
        body.addError("allowed_factors", "must name at least one factor when a second factor is required");
    }
    if (!a.passwordRequired && !a.secondFactorRequired && body.ok()) {
        body.addError("second_factor_required", "an application must require a password, a second factor or both");
    }
}

} // namespace

ApplicationResource::ApplicationResource(ApplicationRepository& applications, RadiusProfileRepository& radiusSettings,
                                         RadiusProfiles& radiusProfiles, AuditLog& audit, const Clock& clock)
    : m_applications(applications), m_radiusSettings(radiusSettings), m_radiusProfiles(radiusProfiles), m_audit(audit),
      m_clock(clock)
{}

Poco::JSON::Object ApplicationResource::json(const ApplicationRecord& a, const std::vector<ApplicationUse>& uses)
{
    Poco::JSON::Object o = applicationJson(a);
    if (a.type == "radius") {
        RadiusProfileFields::write(o, m_radiusSettings.find(a.id));
    }
    o.set("used_by", usedByJson(a.id, uses));
    return o;
}

Poco::JSON::Object ApplicationResource::json(const ApplicationRecord& a)
{
    return json(a, m_applications.uses(a.id));
}

void ApplicationResource::addRoutes(Router& router)
{
    router.add({"GET", "/api/v1/applications", {Scope::Admin}, handlerFor(this, &ApplicationResource::list)});
    router.add({"POST", "/api/v1/applications", {Scope::Admin}, handlerFor(this, &ApplicationResource::create)});
    router.add({"GET", "/api/v1/applications/{id}", {Scope::Admin}, handlerFor(this, &ApplicationResource::get)});
    router.add({"PATCH", "/api/v1/applications/{id}", {Scope::Admin}, handlerFor(this, &ApplicationResource::update)});
    router.add({"DELETE", "/api/v1/applications/{id}", {Scope::Admin}, handlerFor(this, &ApplicationResource::remove)});
}

RestResponse ApplicationResource::list(const RestRequest& request)
{
    const std::vector<ApplicationUse> uses = m_applications.uses(std::nullopt); // one query for the whole page
    return listPage(request, m_applications, [this, &uses](const ApplicationRecord& a) { return json(a, uses); });
}

RestResponse ApplicationResource::create(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    ApplicationRecord a;
    readFields(*body, a, true);
    RadiusProfileRecord radius;
    RadiusProfileFields::read(*body, a.type, radius);
    if (body->ok() && m_applications.findByName(a.name)) {
        body->addError("name", "is already taken");
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    a.createdAt = a.updatedAt = m_clock.nowSeconds();
    try {
        a.id = m_applications.create(a);
    } catch (const Poco::Data::DataException&) {
        return Problem::fromError(Error::invalid({{"name", "is already taken"}}));
    }
    if (a.type == "radius") {
        radius.applicationId = a.id;
        m_radiusSettings.save(radius);
    }
    m_radiusProfiles.invalidate();
    m_audit.record({.channel = "rest",
                    .event = "application.create",
                    .actor = request.principal->actor(),
                    .result = "success",
                    .reason = a.type + " application '" + a.name + "'",
                    .sourceIp = request.sourceIp,
                    .details = toJson(json(a))});
    RestResponse response = jsonResponse(json(*m_applications.findById(a.id)), 201);
    response.headers.emplace_back("Location", "/api/v1/applications/" + std::to_string(a.id));
    return response;
}

RestResponse ApplicationResource::get(const RestRequest& request)
{
    auto id = pathId(request);
    auto a = id ? m_applications.findById(*id) : std::nullopt;
    if (!a) {
        return notFound();
    }
    RestResponse response = jsonResponse(json(*a));
    response.headers.emplace_back("ETag", entityTag(a->version));
    return response;
}

RestResponse ApplicationResource::update(const RestRequest& request)
{
    auto id = pathId(request);
    auto a = id ? m_applications.findById(*id) : std::nullopt;
    if (!a) {
        return notFound();
    }
    auto update = VersionedBody::read(request);
    if (!update) {
        return Problem::fromError(update.error());
    }
    JsonBody& body = update->body;
    const std::string oldName = a->name;
    readFields(body, *a, false);
    RadiusProfileRecord radius = m_radiusSettings.find(a->id);
    RadiusProfileFields::read(body, a->type, radius);
    if (body.ok() && Poco::icompare(a->name, oldName) != 0 && m_applications.findByName(a->name)) {
        body.addError("name", "is already taken");
    }
    if (!body.ok()) {
        return Problem::fromError(body.error());
    }
    if (!m_applications.update(*a, update->expectedVersion, m_clock.nowSeconds())) {
        return preconditionFailed();
    }
    if (a->type == "radius") {
        m_radiusSettings.save(radius);
    }
    m_radiusProfiles.invalidate();
    auto stored = m_applications.findById(*id);
    m_audit.record({.channel = "rest",
                    .event = "application.update",
                    .actor = request.principal->actor(),
                    .result = "success",
                    .reason = "application '" + stored->name + "'",
                    .sourceIp = request.sourceIp,
                    .details = toJson(json(*stored))});
    RestResponse response = jsonResponse(json(*stored));
    response.headers.emplace_back("ETag", entityTag(stored->version));
    return response;
}

RestResponse ApplicationResource::remove(const RestRequest& request)
{
    auto id = pathId(request);
    if (!id) {
        return notFound();
    }
    auto a = m_applications.findById(*id);
    if (!a) {
        return noContent();
    }
    if (!m_applications.remove(*id)) {
        if (auto uses = m_applications.uses(*id); !uses.empty()) {
            return inUse(*a, uses);
        }
        return noContent(); // deleted meanwhile
    }
    m_radiusProfiles.invalidate();
    m_audit.record({.channel = "rest",
                    .event = "application.delete",
                    .actor = request.principal->actor(),
                    .result = "success",
                    .reason = "application '" + a->name + "'",
                    .sourceIp = request.sourceIp});
    return noContent();
}

} // namespace castellan
