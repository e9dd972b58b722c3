#include "rest/DirectoryResource.h"

#include "crypto/SecretBox.h"
#include "directory/DirectoryAccounts.h"
#include "directory/DirectoryProbe.h"
#include "rest/DirectoryFields.h"
#include "rest/JsonBody.h"
#include "rest/Paging.h"
#include "rest/PathParameter.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "store/AuditLog.h"
#include "store/DirectoryRepository.h"
#include "store/UserRepository.h"

#include <Poco/Data/DataException.h>
#include <Poco/JSON/Array.h>

namespace castellan {
namespace {

RestResponse notFound()
{
    return Problem::fromError(Error::of(ErrorCode::NotFound, "No directory with this id"));
}

RestResponse nameTaken()
{
    return Problem::fromError(Error::invalid({{"name", "is already taken"}}));
}

RestResponse withTag(const DirectoryRecord& d, int status = 200)
{
    RestResponse response = jsonResponse(DirectoryFields::toJson(d), status);
    response.headers.emplace_back("ETag", entityTag(d.version));
    return response;
}

Poco::JSON::Array attemptsJson(const std::vector<LdapAttempt>& attempts)
{
    Poco::JSON::Array list;
    for (const LdapAttempt& a : attempts) {
        Poco::JSON::Object o;
        o.set("url", a.url);
        o.set("error", a.error.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(a.error));
        list.add(o);
    }
    return list;
}

Poco::JSON::Object userJson(const DirectoryUser& user)
{
    Poco::JSON::Object o;
    o.set("dn", user.dn);
    o.set("username", user.username);
    o.set("unique_id", user.uniqueId);
    Poco::JSON::Object fields;
    for (const auto& [field, value] : user.fields) {
        fields.set(field, value);
    }
    o.set("fields", fields);
    Poco::JSON::Array groups;
    for (const std::string& g : user.groups) {
        groups.add(g);
    }
    o.set("groups", groups);
    Poco::JSON::Array matched;
    for (const std::string& g : user.matchedGroups) {
        matched.add(g);
    }
    o.set("matched_groups", matched);
    o.set("allowed", user.allowed);
    return o;
}

RestResponse reportResponse(const DirectoryProbeReport& report)
{
    Poco::JSON::Object connection;
    connection.set("url", report.url.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(report.url));
    connection.set("security", report.security.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(report.security));
    connection.set("elapsed_ms", report.elapsedMs);
    connection.set("attempts", attemptsJson(report.attempts));
    Poco::JSON::Object o;
    o.set("connection", connection);
    if (report.users) {
        o.set("users", static_cast<std::int64_t>(*report.users));
    }
    if (report.user) {
        o.set("user", userJson(*report.user));
    }
    if (report.passwordAccepted) {
        o.set("password_accepted", *report.passwordAccepted);
    }
    if (report.failedStep.empty()) {
        return jsonResponse(o);
    }
    // The directory, not this server, failed: 422 with the step and the server's words, never a 5xx.
    o.set("step", report.failedStep);
    return Problem::withMembers(422, ErrorCode::Unavailable, "The directory test failed", report.error, o);
}

} // namespace

DirectoryResource::DirectoryResource(DirectoryRepository& directories, UserRepository& users,
                                     DirectoryAccounts& accounts, const SecretBox& secrets, AuditLog& audit,
                                     const Clock& clock)
    : m_directories(directories), m_users(users), m_accounts(accounts), m_secrets(secrets), m_audit(audit),
      m_clock(clock)
{}

void DirectoryResource::addRoutes(Router& router)
{
    router.add({"GET", "/api/v1/directories", {Scope::Admin}, handlerFor(this, &DirectoryResource::list)});
    router.add({"POST", "/api/v1/directories", {Scope::Admin}, handlerFor(this, &DirectoryResource::create)});
    router.add({"GET", "/api/v1/directories/{id}", {Scope::Admin}, handlerFor(this, &DirectoryResource::get)});
    router.add({"PATCH", "/api/v1/directories/{id}", {Scope::Admin}, handlerFor(this, &DirectoryResource::update)});
    router.add({"DELETE", "/api/v1/directories/{id}", {Scope::Admin}, handlerFor(this, &DirectoryResource::remove)});
    router.add({"POST", "/api/v1/directories/{id}/test", {Scope::Admin}, handlerFor(this, &DirectoryResource::test)});
}

std::string DirectoryResource::seal(const std::string& password, std::int64_t id) const
{
    return password.empty() ? std::string()
                            : m_secrets.sealToBase64(password, DirectoryRepository::bindPasswordAad(id));
}

void DirectoryResource::audit(const RestRequest& request, const std::string& event, const DirectoryRecord& d,
                              const std::string& result, const std::string& reason)
{
    m_audit.record({.channel = "rest",
                    .event = event,
                    .actor = request.principal->actor(),
                    .result = result,
                    .reason = reason.empty() ? "directory '" + d.name + "' (" + d.kind + ")" : reason,
                    .sourceIp = request.sourceIp,
                    // What was stored, for a change; a removal or a test names the directory only.
                    .details = event == "directory.delete" || event == "directory.test"
                                   ? ""
                                   : toJson(DirectoryFields::toJson(d))});
}

RestResponse DirectoryResource::list(const RestRequest& request)
{
    return listPage(request, m_directories, [](const DirectoryRecord& d) { return DirectoryFields::toJson(d); });
}

RestResponse DirectoryResource::create(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    DirectoryRecord d;
    std::optional<std::string> password;
    DirectoryFields::read(*body, d, password, true, false);
    if (body->ok() && m_directories.findByName(d.name)) {
        body->addError("name", "is already taken");
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    d.createdAt = d.updatedAt = m_clock.nowSeconds();
    try {
        d.id = m_directories.create(d, [&](std::int64_t id) { return seal(password.value_or(""), id); });
    } catch (const Poco::Data::DataException&) {
        return nameTaken(); // two requests raced for the name: the unique key refused the second
    }
    const DirectoryRecord stored = *m_directories.findById(d.id);
    audit(request, "directory.create", stored);
    RestResponse response = withTag(stored, 201);
    response.headers.emplace_back("Location", "/api/v1/directories/" + std::to_string(stored.id));
    return response;
}

RestResponse DirectoryResource::get(const RestRequest& request)
{
    auto id = pathId(request);
    auto d = id ? m_directories.findById(*id) : std::nullopt;
    return d ? withTag(*d) : notFound();
}

RestResponse DirectoryResource::update(const RestRequest& request)
{
    auto id = pathId(request);
    auto d = id ? m_directories.findById(*id) : std::nullopt;
    if (!d) {
        return notFound();
    }
    auto update = VersionedBody::read(request);
    if (!update) {
        return Problem::fromError(update.error());
    }
    JsonBody& body = update->body;
    std::optional<std::string> password;
    DirectoryFields::read(body, *d, password, false, !d->sealedBindPassword.empty());
    if (auto named = body.ok() ? m_directories.findByName(d->name) : std::nullopt; named && named->id != d->id) {
        body.addError("name", "is already taken");
    }
    if (!body.ok()) {
        return Problem::fromError(body.error());
    }
    if (password) {
        d->sealedBindPassword = seal(*password, d->id);
    }
    try {
        if (!m_directories.update(*d, update->expectedVersion, m_clock.nowSeconds())) {
            return preconditionFailed();
        }
    } catch (const Poco::Data::DataException&) {
        return nameTaken();
    }
    m_accounts.invalidate(); // new URLs or settings: no cached lookup or open circuit carries over
    const DirectoryRecord stored = *m_directories.findById(*id);
    audit(request, password ? "directory.update_bind_password" : "directory.update", stored);
    return withTag(stored);
}

RestResponse DirectoryResource::remove(const RestRequest& request)
{
    auto id = pathId(request);
    auto d = id ? m_directories.findById(*id) : std::nullopt;
    if (d) {
        // Its users' local records carry their factors, devices and history: never dropped along with it.
        if (const std::int64_t users = m_users.countOfDirectory(d->id); users > 0) {
            Poco::JSON::Object members;
            members.set("users", users);
            return Problem::withMembers(ErrorCode::Conflict,
                                        "Directory '" + d->name + "' still has " + std::to_string(users) +
                                            " users with local records (their factors and history); delete those "
                                            "users first, or disable the directory instead",
                                        members);
        }
    }
    try {
        if (d && m_directories.remove(*id)) {
            m_accounts.invalidate();
            audit(request, "directory.delete", *d);
        }
    } catch (const Poco::Data::DataException&) {
        // A user of the directory signed in for the first time meanwhile: their record now refers to it.
        return Problem::fromError(
            Error::of(ErrorCode::Conflict, "Directory '" + d->name + "' gained a user meanwhile; try again"));
    }
    return noContent(); // idempotent: deleting what is gone succeeds
}

RestResponse DirectoryResource::test(const RestRequest& request)
{
    auto id = pathId(request);
    auto d = id ? m_directories.findById(*id) : std::nullopt;
    if (!d) {
        return notFound();
    }
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    const std::string username = body->text("username").value_or("");
    const std::optional<std::string> password = body->text("password");
    if (password && username.empty()) {
        body->addError("password", "is checked for a username: give one");
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    std::string bindPassword;
    if (!d->sealedBindPassword.empty()) {
        auto opened = m_secrets.openFromBase64(d->sealedBindPassword, DirectoryRepository::bindPasswordAad(d->id));
        if (!opened) {
            // Sealed under another master key (a database restored beside another key): set it again.
            return Problem::fromError(Error::invalid({{"bind_password", "cannot be opened with this server's master "
                                                                        "key; set it again"}}));
        }
        bindPassword = opened.value();
    }
    const DirectoryProbeReport report = DirectoryProbe::run(*d, bindPassword, username, password);
    const std::string outcome = report.failedStep.empty() ? "connected to " + report.url + " (" + report.security + ")"
                                                          : report.failedStep + " failed: " + report.error;
    audit(request, "directory.test", *d, report.failedStep.empty() ? "success" : "failure",
          "directory '" + d->name + "'" + (username.empty() ? "" : ", user '" + username + "'") + ": " + outcome);
    return reportResponse(report);
}

} // namespace castellan
