#include "rest/AuthResource.h"

#include "auth/AccountLockout.h"
#include "auth/AdminAuthenticator.h"
#include "auth/TokenService.h"
#include "rest/JsonBody.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "validation/PasswordPolicy.h"

namespace castellan {
namespace {

Poco::JSON::Object tokenJson(const IssuedTokens& tokens)
{
    Poco::JSON::Object o;
    o.set("access_token", tokens.accessToken);
    o.set("token_type", "Bearer");
    o.set("expires_in", tokens.expiresIn);
    if (!tokens.refreshToken.empty()) {
        o.set("refresh_token", tokens.refreshToken);
    }
    return o;
}

/// What a new password must satisfy (AdminAuthenticator::changePassword checks the same), shown before the first try.
Poco::JSON::Object passwordRulesJson(int minLength)
{
    Poco::JSON::Object o;
    o.set("min_length", minLength);
    o.set("max_length", static_cast<int>(PasswordPolicy::kDefaultMaxLength));
    o.set("not_username", true);
    o.set("differs_from_current", true);
    return o;
}

} // namespace

AuthResource::AuthResource(AdminAuthenticator& authenticator, TokenService& tokens, AccountLockout& lockout)
    : m_authenticator(authenticator), m_tokens(tokens), m_lockout(lockout)
{}

void AuthResource::addRoutes(Router& router)
{
    router.add({"POST", "/api/v1/auth/login", {Scope::Public}, handlerFor(this, &AuthResource::login)});
    // Public: the access token has usually expired when a client refreshes; the refresh token is the credential.
    router.add({"POST", "/api/v1/auth/refresh", {Scope::Public}, handlerFor(this, &AuthResource::refresh)});
    router.add({"POST", "/api/v1/auth/logout", {Scope::Admin}, handlerFor(this, &AuthResource::logout), true});
    router.add({"GET", "/api/v1/auth/me", {Scope::Admin}, handlerFor(this, &AuthResource::me), true});
    router.add(
        {"POST", "/api/v1/auth/password", {Scope::Admin}, handlerFor(this, &AuthResource::changePassword), true});
    router.add({"POST", "/api/v1/auth/totp", {Scope::Admin}, handlerFor(this, &AuthResource::beginTotp), true});
    router.add(
        {"POST", "/api/v1/auth/totp/confirm", {Scope::Admin}, handlerFor(this, &AuthResource::confirmTotp), true});
}

RestResponse AuthResource::login(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    AdminCredentials c;
    c.username = body->text("username", true).value_or("");
    c.password = body->text("password", true).value_or("");
    c.otp = body->text("otp").value_or("");
    c.sourceIp = request.sourceIp;
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    auto session = m_authenticator.login(c);
    if (!session) {
        return Problem::fromError(session.error());
    }
    Poco::JSON::Object o = tokenJson(session->tokens);
    o.set("password_change_required", session->passwordChangeRequired);
    o.set("totp_enrollment_required", session->totpEnrollmentRequired);
    o.set("password_rules", passwordRulesJson(m_lockout.settings().passwordMinLength));
    return jsonResponse(o);
}

RestResponse AuthResource::refresh(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    const std::string token = body->text("refresh_token", true).value_or("");
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    auto issued = m_tokens.refresh(token);
    if (!issued) {
        return Problem::fromError(issued.error());
    }
    return jsonResponse(tokenJson(issued.value()));
}

RestResponse AuthResource::logout(const RestRequest& request)
{
    m_tokens.logout(*request.principal);
    return noContent();
}

RestResponse AuthResource::me(const RestRequest& request)
{
    const Principal& p = *request.principal;
    Poco::JSON::Object o;
    o.set("id", p.id);
    o.set("username", p.name);
    o.set("password_change_required", p.passwordChangeRequired);
    o.set("totp_enrollment_required", p.totpEnrollmentRequired);
    o.set("password_rules", passwordRulesJson(m_lockout.settings().passwordMinLength));
    return jsonResponse(o);
}

RestResponse AuthResource::changePassword(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    const std::string current = body->text("current_password", true).value_or("");
    const std::string next = body->text("new_password", true).value_or("");
    const std::string confirmation = body->text("new_password_confirmation", true).value_or("");
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    auto changed = m_authenticator.changePassword(*request.principal, current, next, confirmation,
                                                  m_lockout.settings().passwordMinLength, request.sourceIp);
    if (!changed) {
        return Problem::fromError(changed.error());
    }
    return noContent();
}

RestResponse AuthResource::beginTotp(const RestRequest& request)
{
    auto enrollment = m_authenticator.beginTotpEnrollment(*request.principal, request.sourceIp);
    if (!enrollment) {
        return Problem::fromError(enrollment.error());
    }
    Poco::JSON::Object o;
    o.set("secret", enrollment->secretBase32);
    o.set("otpauth_uri", enrollment->otpauthUri);
    o.set("qr_svg", enrollment->qrSvg);
    return jsonResponse(o, 201);
}

RestResponse AuthResource::confirmTotp(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    const std::string otp = body->text("otp", true).value_or("");
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    auto confirmed = m_authenticator.confirmTotpEnrollment(*request.principal, otp, request.sourceIp);
    if (!confirmed) {
        return Problem::fromError(confirmed.error());
    }
    return noContent();
}

} // namespace castellan
