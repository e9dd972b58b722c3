#include "rest/UserAliasResource.h"

#include "core/Rfc3339.h"
#include "rest/JsonBody.h"
#include "rest/PathParameter.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "store/AuditLog.h"
#include "store/UserAliasRepository.h"
#include "store/UserRepository.h"
#include "validation/Username.h"

#include <Poco/JSON/Array.h>

namespace castellan {
namespace {

RestResponse notFound()
{
    return Problem::fromError(Error::of(ErrorCode::NotFound, "No user with this id"));
}

Poco::JSON::Object aliasJson(const UserAlias& alias)
{
    Poco::JSON::Object o;
    o.set("alias", alias.alias);
    o.set("created_at", Rfc3339::format(alias.createdAt));
    return o;
}

} // namespace

UserAliasResource::UserAliasResource(UserRepository& users, UserAliasRepository& aliases, AuditLog& audit,
                                     const Clock& clock)
    : m_users(users), m_aliases(aliases), m_audit(audit), m_clock(clock)
{}

void UserAliasResource::addRoutes(Router& router)
{
    router.add({"GET", "/api/v1/users/{id}/aliases", {Scope::Admin}, handlerFor(this, &UserAliasResource::list)});
    router.add({"POST", "/api/v1/users/{id}/aliases", {Scope::Admin}, handlerFor(this, &UserAliasResource::add)});
    router.add(
        {"DELETE", "/api/v1/users/{id}/aliases/{alias}", {Scope::Admin}, handlerFor(this, &UserAliasResource::remove)});
}

RestResponse UserAliasResource::list(const RestRequest& request)
{
    auto id = pathId(request);
    if (!id || !m_users.findById(*id, m_clock.nowSeconds())) {
        return notFound();
    }
    Poco::JSON::Array items;
    for (const UserAlias& alias : m_aliases.ofUser(*id)) {
        items.add(aliasJson(alias));
    }
    Poco::JSON::Object o;
    o.set("items", items);
    return jsonResponse(o);
}

RestResponse UserAliasResource::add(const RestRequest& request)
{
    auto id = pathId(request);
    const auto user = id ? m_users.findById(*id, m_clock.nowSeconds()) : std::nullopt;
    if (!user) {
        return notFound();
    }
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    const std::string alias = body->text("alias", true).value_or("");
    if (body->ok()) {
        if (auto valid = Username::validate(alias, "alias"); !valid) {
            return Problem::fromError(valid.error());
        }
        if (user->directoryId) {
            body->addError("alias", "is for local users: a directory user signs in with the directory's login names");
        }
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    const std::int64_t now = m_clock.nowSeconds();
    const auto added = m_aliases.add(*id, alias, now, [&](Poco::Data::Session& s) {
        m_audit.record(s, {.channel = "rest",
                           .event = "user.alias.add",
                           .actor = request.principal->actor(),
                           .username = user->username,
                           .result = "success",
                           .reason = "alias '" + alias + "'",
                           .sourceIp = request.sourceIp});
    });
    if (added == UserAliasRepository::Added::Taken) {
        return Problem::fromError(Error::invalid({{"alias", "is already taken by a username or an alias"}}));
    }
    RestResponse response = jsonResponse(aliasJson({alias, "", *id, now}), 201);
    response.headers.emplace_back("Location", "/api/v1/users/" + std::to_string(*id) + "/aliases/" + alias);
    return response;
}

RestResponse UserAliasResource::remove(const RestRequest& request)
{
    auto id = pathId(request);
    const auto user = id ? m_users.findById(*id, m_clock.nowSeconds()) : std::nullopt;
    if (!user) {
        return notFound();
    }
    const std::string alias = request.pathParams.at("alias");
    m_aliases.remove(*id, alias, [&](Poco::Data::Session& s) {
        m_audit.record(s, {.channel = "rest",
                           .event = "user.alias.remove",
                           .actor = request.principal->actor(),
                           .username = user->username,
                           .result = "success",
                           .reason = "alias '" + alias + "'",
                           .sourceIp = request.sourceIp});
    });
    return noContent(); // idempotent: removing what is gone succeeds
}

} // namespace castellan
