#include "auth/TokenService.h"

#include "auth/OpaqueToken.h"

#include <Poco/Logger.h>

namespace castellan {
namespace {

std::optional<Scope> scopeFromName(const std::string& name)
{
    for (Scope s : {Scope::Admin, Scope::Agent, Scope::User}) {
        if (scopeName(s) == name) {
            return s;
        }
    }
    return std::nullopt;
}

const char* subjectTypeOf(Principal::Kind kind)
{
    return kind == Principal::Kind::Admin ? "admin" : "api_client";
}

} // namespace

TokenService::TokenService(Database& database, const Clock& clock, bool allowAdminWithoutOtp)
    : m_tokens(database), m_clock(clock), m_allowAdminWithoutOtp(allowAdminWithoutOtp)
{}

IssuedTokens TokenService::issue(const std::string& subjectType, std::int64_t subjectId, Scope scope, int seconds,
                                 const std::string& family, bool withRefresh)
{
    const std::int64_t nowSeconds = m_clock.nowSeconds();
    IssuedTokens issued;
    issued.accessToken = OpaqueToken::generate(OpaqueToken::kAccessPrefix);
    issued.expiresIn = seconds;
    issued.scope = scopeName(scope);
    const std::string familyId = family.empty() ? OpaqueToken::digest(issued.accessToken).substr(0, 32) : family;
    m_tokens.insert({OpaqueToken::digest(issued.accessToken), "access", subjectType, subjectId, issued.scope, familyId,
                     nowSeconds + seconds, nowSeconds});
    if (withRefresh) {
        issued.refreshToken = OpaqueToken::generate(OpaqueToken::kRefreshPrefix);
        m_tokens.insert({OpaqueToken::digest(issued.refreshToken), "refresh", subjectType, subjectId, issued.scope,
                         familyId, nowSeconds + kAdminRefreshSeconds, nowSeconds});
    }
    return issued;
}

IssuedTokens TokenService::issueForAdmin(std::int64_t adminId)
{
    return issue("admin", adminId, Scope::Admin, kAdminAccessSeconds, {}, true);
}

IssuedTokens TokenService::issueForClient(std::int64_t clientId, Scope scope)
{
    return issue("api_client", clientId, scope, kClientAccessSeconds, {}, false);
}

std::optional<Principal> TokenService::resolve(const std::string& accessToken)
{
    if (accessToken.rfind(OpaqueToken::kAccessPrefix, 0) != 0) {
        return std::nullopt;
    }
    auto found = m_tokens.findAccess(OpaqueToken::digest(accessToken));
    if (!found || found->revoked || !found->enabled || found->name.empty() ||
        found->token.expiresAt <= m_clock.nowSeconds()) {
        return std::nullopt;
    }
    auto scope = scopeFromName(found->token.scope);
    if (!scope) {
        return std::nullopt;
    }
    Principal p;
    p.kind = found->token.subjectType == "admin" ? Principal::Kind::Admin : Principal::Kind::ApiClient;
    p.id = found->token.subjectId;
    p.name = found->name;
    p.scope = *scope;
    p.tokenDigest = found->token.digest;
    if (p.kind == Principal::Kind::Admin) {
        p.passwordChangeRequired = found->mustChangePassword;
        p.totpEnrollmentRequired = !found->totpEnrolled && !(found->otpExempt && m_allowAdminWithoutOtp);
        p.restricted = p.passwordChangeRequired || p.totpEnrollmentRequired;
    }
    return p;
}

Result<IssuedTokens> TokenService::refresh(const std::string& refreshToken)
{
    const std::string digest = OpaqueToken::digest(refreshToken);
    const std::int64_t nowSeconds = m_clock.nowSeconds();
    auto consumed = m_tokens.consumeRefresh(digest, nowSeconds);
    if (!consumed) {
        if (auto family = m_tokens.familyOf(digest)) {
            // A rotated (or revoked) refresh token came back: someone holds a copy. End the whole session.
            m_tokens.revokeFamily(*family, nowSeconds);
            Poco::Logger::get("auth").warning("refresh token reuse detected; token family revoked");
        }
        return Error::of(ErrorCode::Unauthenticated, "The refresh token is invalid or expired");
    }
    auto scope = scopeFromName(consumed->scope);
    if (!scope || consumed->subjectType != "admin") {
        return Error::of(ErrorCode::Unauthenticated, "The refresh token is invalid or expired");
    }
    return issue(consumed->subjectType, consumed->subjectId, *scope, kAdminAccessSeconds, consumed->family, true);
}

void TokenService::logout(const Principal& principal)
{
    auto found = m_tokens.findAccess(principal.tokenDigest);
    if (found) {
        m_tokens.revokeFamily(found->token.family, m_clock.nowSeconds());
    }
}

void TokenService::revokeOtherSessions(const Principal& principal)
{
    auto found = m_tokens.findAccess(principal.tokenDigest);
    if (found) {
        m_tokens.revokeSubjectExcept(subjectTypeOf(principal.kind), principal.id, found->token.family,
                                     m_clock.nowSeconds());
    }
}

void TokenService::revokeAll(Principal::Kind kind, std::int64_t id)
{
    m_tokens.revokeSubject(subjectTypeOf(kind), id, m_clock.nowSeconds());
}

} // namespace castellan
