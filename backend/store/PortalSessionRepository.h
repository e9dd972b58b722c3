#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class Database;

/// A registration portal session (one browser).
struct PortalSessionRecord
{
    std::string id; ///< SHA-256 hex of the cookie value
    std::optional<std::int64_t> userId;
    std::string state; ///< anonymous | second_factor | active | reset
    std::string csrf;
    std::string transactionId; ///< the AuthEngine login (or password reset) this session waits on
    std::string username;
    std::string language = "en";
    std::string sourceIp;
    std::string userAgent;
    std::string webauthnChallenge; ///< the challenge of the WebAuthn ceremony under way (base64url)
    std::string continueTo;        ///< where a sign-in continues instead of the home page (a pending SAML request)
    bool secondFactor = false;     ///< the sign-in took a second factor
    std::string authMethods;       ///< what the sign-in proved, comma-separated ("password,totp")
    /// The application profile the sign-in under way must satisfy (a SAML sign-in for an SP with its own
    /// profile); empty: the registration profile.
    std::optional<std::int64_t> loginApplicationId;
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> authenticatedAt;
    std::int64_t lastSeenAt = 0;
    std::int64_t expiresAt = 0;
};

/// Persistence of `portal_sessions`. A session is found only while unexpired; every state change is one UPDATE.
class PortalSessionRepository
{
public:
    explicit PortalSessionRepository(Database& database);

    void create(const PortalSessionRecord& session);
    std::optional<PortalSessionRecord> find(const std::string& id, std::int64_t now);
    /// Moves the session to `state` for `userId`, with a new CSRF token, until `expiresAt`.
    void update(const PortalSessionRecord& session);
    /// Records activity: the idle timeout starts again.
    void touch(const std::string& id, std::int64_t now, std::int64_t expiresAt);
    bool remove(const std::string& id);
    /// A new sign-in of the same user in this browser (a stronger one for an SP): `replacement` is created, the
    /// browser's SSO session (with the SPs it signed into) moves over to it, and `oldId` is removed, at once.
    void replace(const std::string& oldId, const PortalSessionRecord& replacement);
    /// The names of the SAML applications session `id` signed into (single sign-on), comma-separated.
    std::string applicationsOf(const std::string& id);
    /// The user's active sessions, newest first.
    std::vector<PortalSessionRecord> activeFor(std::int64_t userId, std::int64_t now);
    /// Ends one of the user's sessions, by the first 16 characters of its id (what the page shows); false when
    /// the user has no such session.
    bool endForUser(std::int64_t userId, const std::string& idPrefix);
    /// Ends every session of the user except `keepId`; returns how many.
    int endAllForUser(std::int64_t userId, const std::string& keepId = {});

    /// Told the ids of sessions endForUser/endAllForUser are about to end, while what hangs on them (the SSO
    /// session and its SPs) still exists: the SAML IdP's back-channel logout.
    using EndingListener = std::function<void(const std::vector<std::string>& ids)>;
    void setEndingListener(EndingListener listener) { m_ending = std::move(listener); }

private:
    /// Ends the user's sessions `condition` selects (with `value` as its $2), telling the listener first.
    std::vector<std::string> endWhere(std::int64_t userId, const std::string& condition, const std::string& value);

    Database& m_database;
    EndingListener m_ending;
};

} // namespace castellan
