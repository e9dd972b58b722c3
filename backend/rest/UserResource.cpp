#include "rest/UserResource.h"

#include "auth/PasswordQuality.h"
#include "rest/UserJson.h"

#include "auth/AccountLockout.h"
#include "auth/TemporaryPassword.h"
#include "core/Rfc3339.h"
#include "crypto/PasswordHasher.h"
#include "rest/JsonBody.h"
#include "rest/Paging.h"
#include "rest/PathParameter.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "store/AuditLog.h"
#include "store/AuthTransactionRepository.h"
#include "store/PortalSessionRepository.h"
#include "store/UserRepository.h"
#include "validation/ExpiryExtension.h"
#include "validation/UserValidator.h"

#include <Poco/Data/DataException.h>

#include <set>

namespace castellan {
namespace {

constexpr int kMaxBulkIds = 10'000;

RestResponse notFound()
{
    return Problem::fromError(Error::of(ErrorCode::NotFound, "No user with this id"));
}

/// 409 for a change the directory owns: a directory user's password and mapped fields are the directory's.
RestResponse directoryOwned(const UserRecord& user, const std::vector<std::string>& fields)
{
    std::vector<FieldError> errors;
    for (const std::string& field : fields) {
        errors.push_back({field, "is managed by directory '" + user.directoryName + "'"});
    }
    return Problem::make(409, ErrorCode::Conflict, "Managed by the directory",
                         "User '" + user.username + "' is a user of directory '" + user.directoryName +
                             "', which owns this; change it there",
                         errors);
}

/// Reads the user fields of a JSON body; `expires_at: null` becomes "" (never expires).
UserInput userInput(JsonBody& body)
{
    UserInput in;
    in.username = body.text("username");
    in.firstName = body.text("first_name");
    in.lastName = body.text("last_name");
    in.email = body.text("email");
    in.phone = body.text("phone");
    in.password = body.text("password");
    in.passwordConfirmation = body.text("password_confirmation");
    in.expiresAt = body.isNull("expires_at") ? std::optional<std::string>("") : body.text("expires_at");
    in.framedIp = body.text("framed_ip");
    in.sponsorName = body.text("sponsor_name");
    in.sponsorEmail = body.text("sponsor_email");
    in.description = body.text("description");
    return in;
}

std::optional<std::optional<std::int64_t>> expiryChange(const ValidatedUser& v)
{
    if (v.clearExpiresAt) {
        return std::optional<std::int64_t>();
    }
    if (v.expiresAt) {
        return std::optional<std::int64_t>(*v.expiresAt);
    }
    return std::nullopt;
}

/// Merges JSON-type errors and validation errors into one 422 answer.
RestResponse invalid(JsonBody& body, const Result<ValidatedUser>& valid)
{
    std::vector<FieldError> all = body.errors();
    if (!valid) {
        for (const FieldError& e : valid.error().fields) {
            if (std::find(all.begin(), all.end(), e) == all.end()) {
                all.push_back(e);
            }
        }
    }
    return Problem::fromError(Error::invalid(all));
}

} // namespace

UserResource::UserResource(UserRepository& users, AuthTransactionRepository& transactions,
                           PortalSessionRepository& portalSessions, AccountLockout& lockout, AuditLog& audit,
                           const PasswordHasher& hasher, const Clock& clock)
    : m_users(users), m_transactions(transactions), m_portalSessions(portalSessions), m_lockout(lockout),
      m_audit(audit), m_hasher(hasher), m_clock(clock)
{}

void UserResource::addRoutes(Router& router)
{
    router.add({"GET", "/api/v1/users", {Scope::Admin}, handlerFor(this, &UserResource::list)});
    router.add({"POST", "/api/v1/users", {Scope::Admin}, handlerFor(this, &UserResource::create)});
    router.add({"GET", "/api/v1/users/{id}", {Scope::Admin}, handlerFor(this, &UserResource::get)});
    router.add({"PATCH", "/api/v1/users/{id}", {Scope::Admin}, handlerFor(this, &UserResource::update)});
    router.add({"DELETE", "/api/v1/users/{id}", {Scope::Admin}, handlerFor(this, &UserResource::remove)});
    router.add({"POST", "/api/v1/users/{id}/password", {Scope::Admin}, handlerFor(this, &UserResource::setPassword)});
    router.add(
        {"DELETE", "/api/v1/users/{id}/sessions", {Scope::Admin}, handlerFor(this, &UserResource::terminateSessions)});
    router.add({"POST",
                "/api/v1/users/bulk/password-reset",
                {Scope::Admin},
                handlerFor(this, &UserResource::bulkPasswordReset)});
    router.add(
        {"POST", "/api/v1/users/bulk/expiration", {Scope::Admin}, handlerFor(this, &UserResource::bulkExpiration)});
}

RestResponse UserResource::list(const RestRequest& request)
{
    auto paging = Paging::fromRequest(request, UserRepository::sortColumns());
    if (!paging) {
        return Problem::fromError(paging.error());
    }
    UserQuery q;
    q.text = paging->query;
    q.offset = paging->offset;
    q.limit = paging->limit;
    q.sort = paging->sort;
    q.status = request.queryValue("status");
    q.source = request.queryValue("source");
    if (q.source != "" && q.source != "local" && q.source != "directory") {
        return Problem::fromError(Error::invalid({{"source", "must be local or directory"}}));
    }
    static const std::set<std::string> kStatuses = {"", "active", "disabled", "expired", "blocked"};
    if (!kStatuses.count(q.status)) {
        return Problem::fromError(Error::invalid({{"status", "must be active, disabled, expired or blocked"}}));
    }
    const std::int64_t nowSeconds = m_clock.nowSeconds();
    std::int64_t total = 0;
    Poco::JSON::Array items;
    for (const UserRecord& u : m_users.list(q, nowSeconds, total)) {
        items.add(userJson(u, nowSeconds));
    }
    return listResponse(items, total);
}

RestResponse UserResource::create(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    UserInput in = userInput(*body);
    const bool generate = body->boolean("generate_password").value_or(false);
    auto enabled = body->boolean("enabled");
    if (generate && (in.password || in.passwordConfirmation)) {
        body->addError("generate_password", "cannot be combined with password");
    }
    const PasswordPolicy policy =
        PasswordQuality::policy(static_cast<std::size_t>(m_lockout.settings().passwordMinLength));
    auto valid = UserValidator(policy).validateCreate(in, generate ? UserValidator::PasswordSource::Generated
                                                                   : UserValidator::PasswordSource::Given);
    if (valid && m_users.usernameTaken(*valid->usernameKey)) {
        body->addError("username", "is already taken");
    }
    if (!valid || !body->ok()) {
        return invalid(*body, valid);
    }
    UserRecord u;
    u.username = *valid->username;
    u.usernameKey = *valid->usernameKey;
    u.firstName = valid->firstName.value_or("");
    u.lastName = valid->lastName.value_or("");
    u.email = valid->email.value_or("");
    u.phone = valid->phone.value_or("");
    u.framedIp = valid->framedIp.value_or("");
    u.sponsorName = valid->sponsorName.value_or("");
    u.sponsorEmail = valid->sponsorEmail.value_or("");
    u.description = valid->description.value_or("");
    u.expiresAt = valid->clearExpiresAt ? std::nullopt : valid->expiresAt;
    u.enabled = enabled.value_or(true);
    const std::string temporary = generate ? generateTemporaryPassword() : std::string();
    auto hashed = m_hasher.hash(generate ? temporary : *valid->password);
    if (!hashed) {
        return Problem::fromError(hashed.error());
    }
    u.passwordHash = hashed.value();
    u.mustChangePassword = generate;
    u.createdAt = u.updatedAt = m_clock.nowSeconds();
    try {
        u.id = m_users.create(u, [&](Poco::Data::Session& s) {
            m_audit.record(s, {.channel = "rest",
                               .event = "user.create",
                               .actor = request.principal->actor(),
                               .username = u.username,
                               .result = "success",
                               .sourceIp = request.sourceIp});
        });
    } catch (const Poco::Data::DataException&) {
        if (m_users.usernameTaken(u.usernameKey)) { // lost a race with another create
            return Problem::fromError(Error::invalid({{"username", "is already taken"}}));
        }
        throw;
    }
    auto stored = m_users.findById(u.id, m_clock.nowSeconds());
    Poco::JSON::Object o = userJson(*stored, m_clock.nowSeconds());
    if (generate) {
        o.set("temporary_password", temporary);
    }
    RestResponse response = jsonResponse(o, 201);
    response.headers.emplace_back("Location", "/api/v1/users/" + std::to_string(u.id));
    response.headers.emplace_back("ETag", entityTag(stored->version));
    return response;
}

RestResponse UserResource::get(const RestRequest& request)
{
    auto id = pathId(request);
    auto user = id ? m_users.findById(*id, m_clock.nowSeconds()) : std::nullopt;
    if (!user) {
        return notFound();
    }
    RestResponse response = jsonResponse(userJson(*user, m_clock.nowSeconds()));
    response.headers.emplace_back("ETag", entityTag(user->version));
    return response;
}

RestResponse UserResource::update(const RestRequest& request)
{
    auto id = pathId(request);
    auto existing = id ? m_users.findById(*id, m_clock.nowSeconds()) : std::nullopt;
    if (!existing) {
        return notFound();
    }
    auto expected = ifMatchVersion(request);
    if (!expected) {
        return Problem::fromError(expected.error());
    }
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    UserInput in = userInput(*body);
    if (existing->directoryId) {
        std::vector<std::string> owned;
        const std::pair<const char*, const std::optional<std::string>*> kOwned[] = {{"first_name", &in.firstName},
                                                                                    {"last_name", &in.lastName},
                                                                                    {"email", &in.email},
                                                                                    {"phone", &in.phone},
                                                                                    {"framed_ip", &in.framedIp}};
        const std::string current[] = {existing->firstName, existing->lastName, existing->email, existing->phone,
                                       existing->framedIp};
        for (std::size_t i = 0; i < std::size(kOwned); ++i) {
            if (*kOwned[i].second && **kOwned[i].second != current[i]) {
                owned.emplace_back(kOwned[i].first);
            }
        }
        if (in.username && *in.username != existing->username) {
            owned.emplace_back("username");
        }
        if (!owned.empty()) {
            return directoryOwned(*existing, owned);
        }
    }
    if (in.password || in.passwordConfirmation) {
        body->addError("password", "is set with POST /users/{id}/password");
        in.password.reset();
        in.passwordConfirmation.reset();
    }
    if (in.username && *in.username != existing->username) {
        body->addError("username", "cannot be changed; create a new user instead");
    }
    in.username.reset();
    auto enabled = body->boolean("enabled");
    auto valid = UserValidator(PasswordPolicy{}).validateUpdate(in, existing->username);
    if (!valid || !body->ok()) {
        return invalid(*body, valid);
    }
    UserChanges c;
    c.firstName = valid->firstName;
    c.lastName = valid->lastName;
    c.email = valid->email;
    c.phone = valid->phone;
    c.framedIp = valid->framedIp;
    c.sponsorName = valid->sponsorName;
    c.sponsorEmail = valid->sponsorEmail;
    c.description = valid->description;
    c.expiresAt = expiryChange(*valid);
    c.enabled = enabled;
    if (!m_users.update(*id, c, *expected, m_clock.nowSeconds())) {
        return preconditionFailed();
    }
    auto user = m_users.findById(*id, m_clock.nowSeconds());
    m_audit.record({.channel = "rest",
                    .event = "user.update",
                    .actor = request.principal->actor(),
                    .username = user->username,
                    .result = "success",
                    .sourceIp = request.sourceIp,
                    .details = request.body.size() < 4096 ? toJson(body->object()) : std::string()});
    RestResponse response = jsonResponse(userJson(*user, m_clock.nowSeconds()));
    response.headers.emplace_back("ETag", entityTag(user->version));
    return response;
}

RestResponse UserResource::remove(const RestRequest& request)
{
    auto id = pathId(request);
    if (!id) {
        return notFound();
    }
    auto user = m_users.findById(*id, m_clock.nowSeconds());
    if (user && m_users.remove(*id)) {
        m_audit.record({.channel = "rest",
                        .event = "user.delete",
                        .actor = request.principal->actor(),
                        .username = user->username,
                        .result = "success",
                        .sourceIp = request.sourceIp});
    }
    return noContent();
}

RestResponse UserResource::setPassword(const RestRequest& request)
{
    auto id = pathId(request);
    auto user = id ? m_users.findById(*id, m_clock.nowSeconds()) : std::nullopt;
    if (!user) {
        return notFound();
    }
    if (user->directoryId) {
        return directoryOwned(*user, {"password"});
    }
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    const bool generate = body->boolean("generate").value_or(false);
    auto mustChange = body->boolean("must_change_password");
    UserInput in;
    in.password = body->text("password");
    in.passwordConfirmation = body->text("password_confirmation");
    if (generate && in.password) {
        body->addError("generate", "cannot be combined with password");
    }
    if (!generate && !in.password) {
        body->addError("password", "is required (or ask for \"generate\": true)");
    }
    const PasswordPolicy policy =
        PasswordQuality::policy(static_cast<std::size_t>(m_lockout.settings().passwordMinLength));
    std::vector<FieldError> problems;
    if (in.password) {
        problems = policy.check(*in.password, in.passwordConfirmation.value_or(""), user->username);
    }
    for (const FieldError& e : problems) {
        body->addError(e.field, e.message);
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    const std::string password = generate ? generateTemporaryPassword() : *in.password;
    auto hashed = m_hasher.hash(password);
    if (!hashed) {
        return Problem::fromError(hashed.error());
    }
    UserChanges c;
    c.passwordHash = hashed.value();
    c.mustChangePassword = mustChange.value_or(generate);
    m_users.update(*id, c, 0, m_clock.nowSeconds());
    m_audit.record({.channel = "rest",
                    .event = "user.password.set",
                    .actor = request.principal->actor(),
                    .username = user->username,
                    .result = "success",
                    .reason = generate ? "temporary password generated" : "password set by admin",
                    .sourceIp = request.sourceIp});
    if (!generate) {
        return noContent();
    }
    Poco::JSON::Object o;
    o.set("temporary_password", password);
    o.set("must_change_password", *c.mustChangePassword);
    return jsonResponse(o);
}

RestResponse UserResource::terminateSessions(const RestRequest& request)
{
    auto id = pathId(request);
    auto user = id ? m_users.findById(*id, m_clock.nowSeconds()) : std::nullopt;
    if (!user) {
        return notFound();
    }
    // Logins in flight and the user's portal sessions end now.
    const int pending = m_transactions.endPendingForUser(user->id);
    const int portal = m_portalSessions.endAllForUser(user->id);
    const int ended = pending + portal;
    m_audit.record(
        {.channel = "rest",
         .event = "user.sessions.terminate",
         .actor = request.principal->actor(),
         .username = user->username,
         .result = "success",
         .reason = std::to_string(pending) + " pending logins and " + std::to_string(portal) + " portal sessions ended",
         .sourceIp = request.sourceIp});
    Poco::JSON::Object o;
    o.set("terminated", ended);
    return jsonResponse(o);
}

RestResponse UserResource::bulkPasswordReset(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    auto ids = body->integers("ids", true);
    const std::string mode = body->text("mode").value_or("temporary");
    if (ids && (ids->empty() || ids->size() > kMaxBulkIds)) {
        body->addError("ids", "must name 1 to " + std::to_string(kMaxBulkIds) + " users");
    }
    if (mode != "temporary" && mode != "require_change") {
        body->addError("mode", "must be temporary or require_change");
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    const std::int64_t nowSeconds = m_clock.nowSeconds();
    Poco::JSON::Array results;
    std::vector<std::int64_t> missing;
    std::vector<std::int64_t> directoryUsers;
    for (std::int64_t id : *ids) {
        auto user = m_users.findById(id, nowSeconds);
        if (!user) {
            missing.push_back(id);
            continue;
        }
        if (user->directoryId) {
            directoryUsers.push_back(id); // their password is the directory's: nothing to reset here
            continue;
        }
        UserChanges c;
        c.mustChangePassword = true;
        Poco::JSON::Object r;
        r.set("id", id);
        r.set("username", user->username);
        if (mode == "temporary") {
            const std::string password = generateTemporaryPassword();
            auto hashed = m_hasher.hash(password);
            if (!hashed) {
                return Problem::fromError(hashed.error());
            }
            c.passwordHash = hashed.value();
            r.set("temporary_password", password);
        }
        m_users.update(id, c, 0, nowSeconds);
        m_audit.record({.channel = "rest",
                        .event = "user.password.reset",
                        .actor = request.principal->actor(),
                        .username = user->username,
                        .result = "success",
                        .reason = mode,
                        .sourceIp = request.sourceIp});
        results.add(r);
    }
    Poco::JSON::Object o;
    o.set("items", results);
    Poco::JSON::Array notFoundIds;
    for (std::int64_t id : missing) {
        notFoundIds.add(id);
    }
    o.set("not_found", notFoundIds);
    Poco::JSON::Array skipped;
    for (std::int64_t id : directoryUsers) {
        skipped.add(id);
    }
    o.set("directory_users", skipped);
    return jsonResponse(o);
}

RestResponse UserResource::bulkExpiration(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    auto ids = body->integers("ids", true);
    // Exactly one of: an absolute expiry for everyone, or each user's own expiry moved by days or months.
    const int given = int(body->has("expires_at")) + int(body->has("extend_days")) + int(body->has("extend_months"));
    if (given != 1) {
        body->addError(given == 0 ? "expires_at" : "extend_days",
                       given == 0 ? "is required (null means never), unless extend_days or extend_months is given"
                                  : "give only one of expires_at, extend_days and extend_months");
    }
    std::optional<std::int64_t> expiresAt;
    ExpiryExtension extension;
    if (given == 1 && body->has("expires_at") && !body->isNull("expires_at")) {
        auto text = body->text("expires_at");
        if (text) {
            auto parsed = UserValidator::parseExpiry(*text);
            if (parsed) {
                expiresAt = parsed.value();
            } else {
                body->addError("expires_at", "must be a date (2027-01-31) or an RFC 3339 time");
            }
        }
    } else if (given == 1 && body->has("extend_days")) {
        extension.days = int(body->integer("extend_days", true, 1, ExpiryExtension::kMaxDays).value_or(0));
    } else if (given == 1 && body->has("extend_months")) {
        extension.months = int(body->integer("extend_months", true, 1, ExpiryExtension::kMaxMonths).value_or(0));
    }
    if (ids && (ids->empty() || ids->size() > kMaxBulkIds)) {
        body->addError("ids", "must name 1 to " + std::to_string(kMaxBulkIds) + " users");
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    Poco::JSON::Object o;
    std::string reason;
    if (extension.days != 0 || extension.months != 0) {
        const auto count = m_users.extendMany(*ids, extension, m_clock.nowSeconds());
        o.set("updated", count.extended);
        o.set("never_expiring", count.neverExpiring);
        reason = std::to_string(count.extended) + " users extended by " +
                 (extension.days != 0 ? std::to_string(extension.days) + " days"
                                      : std::to_string(extension.months) + " months") +
                 ", " + std::to_string(count.neverExpiring) + " without expiry left so";
    } else {
        UserChanges c;
        c.expiresAt = expiresAt;
        const int updated = m_users.updateMany(*ids, c, m_clock.nowSeconds());
        o.set("updated", updated);
        reason = std::to_string(updated) + " users, expires_at " +
                 (expiresAt ? Rfc3339::format(*expiresAt) : std::string("never"));
    }
    m_audit.record({.channel = "rest",
                    .event = "user.bulk.expiration",
                    .actor = request.principal->actor(),
                    .result = "success",
                    .reason = reason,
                    .sourceIp = request.sourceIp});
    return jsonResponse(o);
}

} // namespace castellan
