#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace castellan {

class Database;

/// A stored token (only its SHA-256 digest is kept).
struct TokenRow
{
    std::string digest;
    std::string kind;        ///< access | refresh
    std::string subjectType; ///< admin | api_client
    std::int64_t subjectId = 0;
    std::string scope;
    std::string family; ///< refresh rotation chain
    std::int64_t expiresAt = 0;
    std::int64_t createdAt = 0;
};

/// An access token joined with its subject, as bearer authentication needs it (one round trip).
struct AccessTokenSubject
{
    TokenRow token;
    bool revoked = false;
    std::string name; ///< admin username or API client name
    bool enabled = false;
    bool mustChangePassword = false;
    bool totpEnrolled = false;
    bool otpExempt = false;
};

/// Persistence of `tokens`.
class TokenRepository
{
public:
    explicit TokenRepository(Database& database);

    void insert(const TokenRow& token);
    std::optional<AccessTokenSubject> findAccess(const std::string& digest);
    /// Atomically marks an unrevoked, unexpired refresh token used; returns it, or nothing when it was not
    /// usable (unknown, expired, or already used).
    std::optional<TokenRow> consumeRefresh(const std::string& digest, std::int64_t now);
    /// The family of a refresh token, used or not (to detect reuse of a rotated token).
    std::optional<std::string> familyOf(const std::string& digest);
    void revoke(const std::string& digest, std::int64_t now);
    void revokeFamily(const std::string& family, std::int64_t now);
    void revokeSubject(const std::string& subjectType, std::int64_t subjectId, std::int64_t now);
    /// Revokes a subject's tokens except those of one family (the session making the change).
    void revokeSubjectExcept(const std::string& subjectType, std::int64_t subjectId, const std::string& keepFamily,
                             std::int64_t now);
    /// Deletes tokens that expired before `before`; returns how many.
    std::int64_t purgeExpired(std::int64_t before);

private:
    Database& m_database;
};

} // namespace castellan
