#include "rest/AdminResource.h"

#include "auth/Principal.h"
#include "auth/TemporaryPassword.h"
#include "core/Rfc3339.h"
#include "crypto/PasswordHasher.h"
#include "rest/JsonBody.h"
#include "rest/Paging.h"
#include "rest/PathParameter.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "store/AdminRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "validation/Username.h"

#include <Poco/Data/DataException.h>

namespace castellan {
namespace {

Poco::JSON::Object toJson(const AdminRecord& a)
{
    Poco::JSON::Object o;
    o.set("id", a.id);
    o.set("username", a.username);
    o.set("enabled", a.enabled);
    o.set("must_change_password", a.mustChangePassword);
    // "exempt": created on the command line without a second factor; "pending": enrollment due at sign-in.
    o.set("totp", a.otpExempt ? "exempt" : !a.totpSecret.empty() ? "enrolled" : "pending");
    o.set("created_at", Rfc3339::format(a.createdAt));
    o.set("last_login_at", a.lastLoginAt ? Poco::Dynamic::Var(Rfc3339::format(*a.lastLoginAt)) : Poco::Dynamic::Var());
    return o;
}

RestResponse notFound()
{
    return Problem::fromError(Error::of(ErrorCode::NotFound, "No administrator with this id"));
}

RestResponse lastAdmin()
{
    return Problem::fromError(Error::of(ErrorCode::Conflict, "This is the last enabled administrator; add or enable "
                                                             "another first"));
}

RestResponse notYourself(const char* what)
{
    return Problem::fromError(
        Error::of(ErrorCode::Conflict, std::string("You cannot ") + what + " yourself; another administrator must"));
}

bool isSelf(const RestRequest& request, std::int64_t id)
{
    return request.principal && request.principal->kind == Principal::Kind::Admin && request.principal->id == id;
}

RestResponse withTag(Poco::JSON::Object o, std::int64_t version, int status = 200)
{
    RestResponse response = jsonResponse(o, status);
    response.headers.emplace_back("ETag", entityTag(version));
    return response;
}

} // namespace

AdminResource::AdminResource(Database& database, AdminRepository& admins, AuditLog& audit, const PasswordHasher& hasher,
                             const Clock& clock)
    : m_database(database), m_admins(admins), m_audit(audit), m_hasher(hasher), m_clock(clock)
{}

void AdminResource::addRoutes(Router& router)
{
    router.add({"GET", "/api/v1/admins", {Scope::Admin}, handlerFor(this, &AdminResource::list)});
    router.add({"POST", "/api/v1/admins", {Scope::Admin}, handlerFor(this, &AdminResource::create)});
    router.add({"GET", "/api/v1/admins/{id}", {Scope::Admin}, handlerFor(this, &AdminResource::get)});
    router.add({"PATCH", "/api/v1/admins/{id}", {Scope::Admin}, handlerFor(this, &AdminResource::update)});
    router.add({"DELETE", "/api/v1/admins/{id}", {Scope::Admin}, handlerFor(this, &AdminResource::remove)});
    router.add({"POST", "/api/v1/admins/{id}/reset", {Scope::Admin}, handlerFor(this, &AdminResource::reset)});
}

void AdminResource::record(const RestRequest& request, const std::string& event, const std::string& username,
                           const std::string& reason)
{
    m_audit.record({.channel = "rest",
                    .event = event,
                    .actor = request.principal->actor(),
                    .username = username,
                    .result = "success",
                    .reason = reason,
                    .sourceIp = request.sourceIp});
}

RestResponse AdminResource::list(const RestRequest& request)
{
    return listPage(request, m_admins, [](const AdminRecord& a) { return toJson(a); });
}

RestResponse AdminResource::create(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    auto username = body->text("username", true);
    for (const char* refused : {"password", "otp_exempt"}) {
        if (body->has(refused)) {
            body->addError(refused, "cannot be set here: a one-time password is generated, and TOTP is enrolled at "
                                    "the first sign-in");
        }
    }
    if (username) {
        auto valid = Username::validate(*username, "username");
        if (!valid) {
            for (const FieldError& e : valid.error().fields) {
                body->addError(e.field, e.message);
            }
        } else if (m_admins.findByUsername(*username)) {
            body->addError("username", "is already taken by another administrator");
        }
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    const std::string password = generateTemporaryPassword();
    auto hashed = m_hasher.hash(password);
    if (!hashed) {
        return Problem::fromError(hashed.error());
    }
    AdminRecord admin;
    admin.username = *username;
    admin.passwordHash = hashed.value();
    admin.mustChangePassword = true;
    admin.createdAt = m_clock.nowSeconds();
    std::int64_t id = 0;
    try {
        m_database.write([&](Poco::Data::Session& s) {
            id = m_admins.create(s, admin);
            m_audit.record(s, {.channel = "rest",
                               .event = "admin.create",
                               .actor = request.principal->actor(),
                               .username = admin.username,
                               .result = "success",
                               .reason = "one-time password issued; TOTP enrollment due at first sign-in",
                               .sourceIp = request.sourceIp});
        });
    } catch (const Poco::Data::DataException&) {
        // Two requests raced for the same name: the unique key refused the second.
        return Problem::fromError(Error::invalid({{"username", "is already taken by another administrator"}}));
    }
    const auto created = m_admins.findById(id);
    Poco::JSON::Object o = toJson(*created);
    o.set("temporary_password", password);
    RestResponse response = withTag(o, created->version, 201);
    response.headers.emplace_back("Location", "/api/v1/admins/" + std::to_string(id));
    return response;
}

RestResponse AdminResource::get(const RestRequest& request)
{
    auto id = pathId(request);
    auto admin = id ? m_admins.findById(*id) : std::nullopt;
    if (!admin) {
        return notFound();
    }
    return withTag(toJson(*admin), admin->version);
}

RestResponse AdminResource::update(const RestRequest& request)
{
    auto id = pathId(request);
    auto admin = id ? m_admins.findById(*id) : std::nullopt;
    if (!admin) {
        return notFound();
    }
    auto update = VersionedBody::read(request);
    if (!update) {
        return Problem::fromError(update.error());
    }
    JsonBody& body = update->body;
    auto enabled = body.boolean("enabled", true);
    for (const char* readOnly : {"username", "totp", "must_change_password", "created_at", "last_login_at"}) {
        if (body.has(readOnly)) {
            body.addError(readOnly, "cannot be changed");
        }
    }
    if (!body.ok()) {
        return Problem::fromError(body.error());
    }
    if (!*enabled && isSelf(request, *id)) {
        return notYourself("disable");
    }
    switch (m_admins.setEnabled(*id, *enabled, update->expectedVersion, m_clock.nowSeconds())) {
    case AdminChange::NotFound:
        return notFound();
    case AdminChange::Stale:
        return preconditionFailed();
    case AdminChange::LastAdmin:
        return lastAdmin();
    case AdminChange::Done:
        break;
    }
    record(request, *enabled ? "admin.enable" : "admin.disable", admin->username,
           *enabled ? std::string() : "sessions ended");
    const auto changed = m_admins.findById(*id);
    return withTag(toJson(*changed), changed->version);
}

RestResponse AdminResource::reset(const RestRequest& request)
{
    auto id = pathId(request);
    auto admin = id ? m_admins.findById(*id) : std::nullopt;
    if (!admin) {
        return notFound();
    }
    if (isSelf(request, *id)) {
        return notYourself("reset");
    }
    const std::string password = generateTemporaryPassword();
    auto hashed = m_hasher.hash(password);
    if (!hashed) {
        return Problem::fromError(hashed.error());
    }
    // The new password, TOTP cleared and the sessions ended, in one transaction.
    m_database.write([&](Poco::Data::Session& s) {
        m_admins.reset(s, *id, hashed.value(), m_clock.nowSeconds());
        m_audit.record(s, {.channel = "rest",
                           .event = "admin.reset",
                           .actor = request.principal->actor(),
                           .username = admin->username,
                           .result = "success",
                           .reason = "one-time password issued, TOTP cleared, sessions ended",
                           .sourceIp = request.sourceIp});
    });
    const auto changed = m_admins.findById(*id);
    Poco::JSON::Object o = toJson(*changed);
    o.set("temporary_password", password);
    return withTag(o, changed->version);
}

RestResponse AdminResource::remove(const RestRequest& request)
{
    auto id = pathId(request);
    auto admin = id ? m_admins.findById(*id) : std::nullopt;
    if (!admin) {
        return noContent(); // idempotent: deleting what is gone succeeds
    }
    if (isSelf(request, *id)) {
        return notYourself("remove");
    }
    switch (m_admins.removeUnlessLast(*id)) {
    case AdminChange::LastAdmin:
        return lastAdmin();
    case AdminChange::Done:
        record(request, "admin.delete", admin->username, "sessions ended");
        break;
    case AdminChange::NotFound:
    case AdminChange::Stale:
        break;
    }
    return noContent();
}

} // namespace castellan
