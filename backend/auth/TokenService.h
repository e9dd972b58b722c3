#pragma once

#include "auth/Principal.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "store/TokenRepository.h"

#include <optional>
#include <string>

namespace castellan {

/// Tokens issued to a caller; the plain values are shown once and never stored.
struct IssuedTokens
{
    std::string accessToken;
    std::string refreshToken; ///< empty for API clients (client credentials have no refresh, RFC 6749 §4.4.3)
    int expiresIn = 0;
    std::string scope;
};

/// Issues, resolves, rotates and revokes bearer tokens (DESIGN §5).
///
/// Admin access tokens live 15 minutes with a rotating refresh token (8 hours); presenting a refresh token
/// that was already rotated revokes its whole family, since only a stolen copy can be presented twice.
class TokenService
{
public:
    static constexpr int kAdminAccessSeconds = 15 * 60;
    static constexpr int kAdminRefreshSeconds = 8 * 60 * 60;
    static constexpr int kClientAccessSeconds = 60 * 60;

    TokenService(Database& database, const Clock& clock, bool allowAdminWithoutOtp);

    IssuedTokens issueForAdmin(std::int64_t adminId);
    IssuedTokens issueForClient(std::int64_t clientId, Scope scope);

    /// The caller behind an `Authorization: Bearer` value, or nothing when the token is unknown, expired,
    /// revoked, or its admin/client is disabled or gone.
    std::optional<Principal> resolve(const std::string& accessToken);

    /// Rotates a refresh token: the old one is used up and a new pair is issued.
    Result<IssuedTokens> refresh(const std::string& refreshToken);

    /// Revokes the session (the token family) an access token belongs to.
    void logout(const Principal& principal);
    /// Revokes every token of an admin or API client (password reset, disable, secret rotation, delete).
    void revokeAll(Principal::Kind kind, std::int64_t id);
    /// Revokes every session of the caller but the one it is using (after a password change).
    void revokeOtherSessions(const Principal& principal);

private:
    IssuedTokens issue(const std::string& subjectType, std::int64_t subjectId, Scope scope, int seconds,
                       const std::string& family, bool withRefresh);

    TokenRepository m_tokens;
    const Clock& m_clock;
    bool m_allowAdminWithoutOtp;
};

} // namespace castellan
