#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class Database;

/// An SP a browser's SSO session signed into.
struct SsoParticipant
{
    std::int64_t spId = 0;
    std::string entityId;
    std::string nameId;
    std::string sessionIndex;
    std::int64_t signedInAt = 0;
    std::string idpEntityId; ///< the Issuer of its assertion
};

/// One browser's SSO session (over its portal session) and the SPs it signed into.
struct SsoSessionRecord
{
    std::string id;
    std::string portalSessionId;
    std::int64_t userId = 0;
    std::string username;
    std::string sourceIp;
    std::int64_t createdAt = 0;
    std::int64_t lastSeenAt = 0;
    std::int64_t expiresAt = 0; ///< the portal session's
    std::vector<SsoParticipant> participants;
};

/// Persistence of `sso_sessions` and `sso_session_providers`. A session lives as long as its portal session.
class SsoSessionRepository
{
public:
    explicit SsoSessionRepository(Database& database);

    /// Records that the browser of `portalSessionId` signed into SP `participant.spId`; returns the SSO session id.
    std::string recordSignIn(const std::string& portalSessionId, std::int64_t userId, const std::string& username,
                             const std::string& sourceIp, const SsoParticipant& participant, std::int64_t now);
    /// Sessions whose portal session is still unexpired, newest first; `username` filters when not empty.
    std::vector<SsoSessionRecord> active(std::int64_t now, const std::string& username, int offset, int limit,
                                         std::int64_t& total);
    /// The SSO session over portal session `portalSessionId` (with its SPs), if the browser signed into any SP.
    std::optional<SsoSessionRecord> findByPortalSession(const std::string& portalSessionId);
    /// SSO session `id` with its SPs.
    std::optional<SsoSessionRecord> findById(const std::string& id);
    /// The session in which SP `spId` received `sessionIndex` for `nameId`, if it still exists.
    std::optional<std::string> findBySessionIndex(std::int64_t spId, const std::string& sessionIndex,
                                                  const std::string& nameId);
    /// Ends session `id` and its portal session; false when there is no such session.
    /// The SSO sessions in which SP `spId` takes part for `nameId` (a LogoutRequest without SessionIndex ends them
    /// all).
    std::vector<std::string> findByParticipant(std::int64_t spId, const std::string& nameId);
    bool end(const std::string& id);

private:
    std::vector<SsoParticipant> participantsOf(const std::string& id);
    std::optional<SsoSessionRecord> findWhere(const std::string& column, const std::string& value);

    Database& m_database;
};

} // namespace castellan
