#include "rest/DirectoryUserResource.h"

#include "auth/DirectoryUsers.h"
#include "rest/JsonBody.h"
#include "rest/Paging.h"
#include "rest/PathParameter.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "rest/UserJson.h"
#include "store/AuditLog.h"
#include "store/DirectoryRepository.h"

#include <Poco/JSON/Array.h>
#include <Poco/String.h>

namespace castellan {
namespace {

RestResponse notFound()
{
    return Problem::fromError(Error::of(ErrorCode::NotFound, "No directory with this id"));
}

/// The directory, not this server, failed: 422 naming it and the server's words, never a 5xx.
RestResponse directoryFailed(const DirectoryRecord& directory, const std::string& error)
{
    Poco::JSON::Object members;
    members.set("directory", directory.name);
    return Problem::withMembers(422, ErrorCode::Unavailable, "The directory did not answer", error, members);
}

} // namespace

DirectoryUserResource::DirectoryUserResource(DirectoryRepository& directories, DirectoryUsers& users, AuditLog& audit,
                                             const Clock& clock)
    : m_directories(directories), m_users(users), m_audit(audit), m_clock(clock)
{}

void DirectoryUserResource::addRoutes(Router& router)
{
    router.add(
        {"GET", "/api/v1/directories/{id}/entries", {Scope::Admin}, handlerFor(this, &DirectoryUserResource::entries)});
    router.add(
        {"POST", "/api/v1/directories/{id}/users", {Scope::Admin}, handlerFor(this, &DirectoryUserResource::add)});
}

RestResponse DirectoryUserResource::entries(const RestRequest& request)
{
    auto id = pathId(request);
    auto directory = id ? m_directories.findById(*id) : std::nullopt;
    if (!directory) {
        return notFound();
    }
    const std::string search = Poco::trim(request.queryValue("search"));
    if (search.empty() || search.size() > 100) {
        return Problem::fromError(Error::invalid({{"search", "must be 1 to 100 characters: the start of a name"}}));
    }
    auto found = m_users.accounts().search(*directory, search, kMaxEntries);
    if (!found) {
        return directoryFailed(*directory, found.error().message);
    }
    const std::int64_t now = m_clock.nowSeconds();
    Poco::JSON::Array items;
    for (const DirectoryUser& user : *found) {
        Poco::JSON::Object o;
        o.set("dn", user.dn);
        o.set("username", user.username);
        o.set("unique_id", user.uniqueId);
        Poco::JSON::Object fields;
        for (const auto& [field, value] : user.fields) {
            fields.set(field, value);
        }
        o.set("fields", fields);
        auto local = user.uniqueId.empty() ? std::nullopt
                                           : m_users.users().findByDirectoryEntry(directory->id, user.uniqueId, now);
        o.set("user_id", local ? Poco::Dynamic::Var(local->id) : Poco::Dynamic::Var());
        items.add(o);
    }
    Poco::JSON::Object o;
    o.set("items", items);
    return jsonResponse(o);
}

RestResponse DirectoryUserResource::add(const RestRequest& request)
{
    auto id = pathId(request);
    auto directory = id ? m_directories.findById(*id) : std::nullopt;
    if (!directory) {
        return notFound();
    }
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    const std::string login = Poco::trim(body->text("username", true).value_or(""));
    if (body->ok() && (login.empty() || login.size() > 256)) {
        body->addError("username", "must be a login name of the directory (1 to 256 characters)");
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    DirectoryResolution resolution = m_users.accounts().resolveIn(*directory, login);
    switch (resolution.outcome) {
    case DirectoryResolution::Outcome::Unavailable:
        return directoryFailed(*directory, resolution.reason);
    case DirectoryResolution::Outcome::Ambiguous:
        return Problem::fromError(Error::invalid({{"username", "names several entries of the directory"}}));
    case DirectoryResolution::Outcome::NotFound:
        return Problem::fromError(
            Error::invalid({{"username", "is not a user of directory '" + directory->name + "'"}}));
    case DirectoryResolution::Outcome::Found:
        break;
    }
    const std::int64_t now = m_clock.nowSeconds();
    const bool existed =
        m_users.users().findByDirectoryEntry(directory->id, resolution.match->user.uniqueId, now).has_value();
    DirectoryUsers::Found found = m_users.shadowOf(*resolution.match, now);
    if (found.refusal) {
        return Problem::fromError(Error::invalid({{"username", *found.refusal}}));
    }
    const UserRecord& user = *found.user;
    m_audit.record({.channel = "rest",
                    .event = existed ? "user.directory.refresh" : "user.create",
                    .actor = request.principal->actor(),
                    .username = user.username,
                    .result = "success",
                    .reason = "user of directory '" + directory->name + "' (" + resolution.match->user.dn + ")",
                    .sourceIp = request.sourceIp});
    RestResponse response = jsonResponse(userJson(user, now), existed ? 200 : 201);
    response.headers.emplace_back("Location", "/api/v1/users/" + std::to_string(user.id));
    response.headers.emplace_back("ETag", entityTag(user.version));
    return response;
}

} // namespace castellan
