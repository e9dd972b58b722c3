#include "rest/SecurityResource.h"

#include "auth/AccountLockout.h"
#include "core/Rfc3339.h"
#include "rest/JsonBody.h"
#include "rest/Paging.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "store/AuditLog.h"
#include "store/LockoutRepository.h"
#include "store/SecuritySettingsRepository.h"

#include <Poco/String.h>

namespace castellan {
namespace {

Poco::JSON::Object blockJson(const BlockRow& b, std::int64_t nowSeconds)
{
    Poco::JSON::Object o;
    o.set("username", b.username);
    o.set("reason", b.reason);
    o.set("blocked_at", Rfc3339::format(b.blockedAt));
    o.set("blocked_by", b.blockedBy);
    o.set("remaining_seconds", b.expiresAt ? Poco::Dynamic::Var(std::max<std::int64_t>(0, *b.expiresAt - nowSeconds))
                                           : Poco::Dynamic::Var());
    return o;
}

Poco::JSON::Object settingsJson(const SecuritySettings& s)
{
    Poco::JSON::Object o;
    o.set("failed_attempt_limit", s.failedAttemptLimit);
    o.set("window_seconds", s.windowSeconds);
    o.set("block_seconds", s.blockSeconds);
    o.set("permanent_block", s.permanentBlock);
    o.set("source_failure_limit", s.sourceFailureLimit);
    o.set("source_window_seconds", s.sourceWindowSeconds);
    o.set("password_min_length", s.passwordMinLength);
    return o;
}

} // namespace

SecurityResource::SecurityResource(Database& database, AccountLockout& lockout, AuditLog& audit, const Clock& clock)
    : m_database(database), m_lockout(lockout), m_audit(audit), m_clock(clock)
{}

void SecurityResource::addRoutes(Router& router)
{
    router.add({"GET", "/api/v1/blocks", {Scope::Admin}, handlerFor(this, &SecurityResource::listBlocks)});
    router.add({"POST", "/api/v1/blocks", {Scope::Admin}, handlerFor(this, &SecurityResource::createBlock)});
    router.add(
        {"DELETE", "/api/v1/blocks/{username}", {Scope::Admin}, handlerFor(this, &SecurityResource::removeBlock)});
    router.add({"GET", "/api/v1/settings/security", {Scope::Admin}, handlerFor(this, &SecurityResource::getSettings)});
    router.add({"PUT", "/api/v1/settings/security", {Scope::Admin}, handlerFor(this, &SecurityResource::putSettings)});
}

RestResponse SecurityResource::listBlocks(const RestRequest& request)
{
    auto paging = Paging::fromRequest(request, LockoutRepository::blockSortColumns());
    if (!paging) {
        return Problem::fromError(paging.error());
    }
    const std::int64_t nowSeconds = m_clock.nowSeconds();
    std::int64_t total = 0;
    Poco::JSON::Array items;
    const BlockQuery query{paging->query, paging->sort, paging->offset, paging->limit};
    for (const BlockRow& b : LockoutRepository(m_database).listActive(query, nowSeconds, total)) {
        items.add(blockJson(b, nowSeconds));
    }
    return listResponse(items, total);
}

RestResponse SecurityResource::createBlock(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    auto username = body->text("username", true);
    auto reason = body->text("reason");
    auto seconds = body->integer("duration_seconds", false, 60, 10LL * 365 * 24 * 3600);
    if (username && (Poco::trim(*username).empty() || username->size() > 256)) {
        body->addError("username", "must be 1 to 256 characters");
    }
    if (reason && reason->size() > 500) {
        body->addError("reason", "must be 500 characters or fewer");
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    const std::int64_t nowSeconds = m_clock.nowSeconds();
    BlockRow block;
    block.username = Poco::trim(*username);
    block.usernameKey = Poco::toLower(block.username);
    block.reason = reason && !reason->empty() ? *reason : "blocked by an administrator";
    block.blockedAt = nowSeconds;
    if (seconds) {
        block.expiresAt = nowSeconds + *seconds;
    }
    block.blockedBy = request.principal->actor();
    if (!LockoutRepository(m_database).block(block, nowSeconds, m_lockout.settings().windowSeconds)) {
        return Problem::fromError(Error::of(ErrorCode::Conflict, "This user is already blocked"));
    }
    m_audit.record({.channel = "rest",
                    .event = "block.create",
                    .actor = request.principal->actor(),
                    .username = block.username,
                    .result = "success",
                    .reason = block.reason,
                    .sourceIp = request.sourceIp});
    return jsonResponse(blockJson(block, nowSeconds), 201);
}

RestResponse SecurityResource::removeBlock(const RestRequest& request)
{
    const std::string username = request.pathParams.at("username");
    if (LockoutRepository(m_database).unblock(Poco::toLower(username))) {
        m_audit.record({.channel = "rest",
                        .event = "block.remove",
                        .actor = request.principal->actor(),
                        .username = username,
                        .result = "success",
                        .sourceIp = request.sourceIp});
    }
    return noContent();
}

RestResponse SecurityResource::getSettings(const RestRequest&)
{
    const SecuritySettings s = SecuritySettingsRepository(m_database).load();
    RestResponse response = jsonResponse(settingsJson(s));
    response.headers.emplace_back("ETag", entityTag(s.version));
    return response;
}

RestResponse SecurityResource::putSettings(const RestRequest& request)
{
    auto update = VersionedBody::read(request);
    if (!update) {
        return Problem::fromError(update.error());
    }
    JsonBody& body = update->body;
    SecuritySettingsRepository store(m_database);
    const SecuritySettings current = store.load();
    SecuritySettings s;
    // PUT replaces the whole document; the newer throttling and policy fields keep their value when omitted.
    s.failedAttemptLimit = static_cast<int>(body.integer("failed_attempt_limit", true, 1, 1000).value_or(0));
    s.windowSeconds = static_cast<int>(body.integer("window_seconds", true, 10, 30 * 86400).value_or(0));
    s.blockSeconds = static_cast<int>(body.integer("block_seconds", true, 10, 365 * 86400).value_or(0));
    s.permanentBlock = body.boolean("permanent_block", true).value_or(false);
    s.sourceFailureLimit = static_cast<int>(
        body.integer("source_failure_limit", false, 1, 1'000'000).value_or(current.sourceFailureLimit));
    s.sourceWindowSeconds =
        static_cast<int>(body.integer("source_window_seconds", false, 1, 86400).value_or(current.sourceWindowSeconds));
    s.passwordMinLength =
        static_cast<int>(body.integer("password_min_length", false, 8, 256).value_or(current.passwordMinLength));
    if (!body.ok()) {
        return Problem::fromError(body.error());
    }
    auto version =
        store.save(s, update->expectedVersion > 0 ? update->expectedVersion : current.version, m_clock.nowSeconds());
    if (!version) {
        return preconditionFailed();
    }
    s.version = *version;
    m_lockout.invalidateSettings();
    m_audit.record({.channel = "rest",
                    .event = "settings.security.update",
                    .actor = request.principal->actor(),
                    .result = "success",
                    .sourceIp = request.sourceIp,
                    .details = toJson(settingsJson(s))});
    RestResponse response = jsonResponse(settingsJson(s));
    response.headers.emplace_back("ETag", entityTag(s.version));
    return response;
}

} // namespace castellan
