#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class Database;

/// One SP a single logout visits: the LogoutRequest the IdP sent it, and how it answered.
struct LogoutStep
{
    int position = 0;
    std::int64_t spId = 0;
    std::string nameId;
    std::string sessionIndex;
    std::string requestId;         ///< the ID of the LogoutRequest sent to it (empty while pending)
    std::string state = "pending"; ///< pending | sent | done | failed
};

/// A single logout under way in one browser (front channel): the SSO session is already ended; the browser
/// visits the steps' SPs in turn. `originSpId` asked for it (SP-initiated) and gets the final LogoutResponse.
struct LogoutRecord
{
    std::string id; ///< the RelayState of every LogoutRequest the IdP sends
    std::optional<std::int64_t> userId;
    std::string username;
    std::optional<std::int64_t> originSpId;
    std::string originRequestId;
    std::string originRelayState;
    std::string language = "en";
    std::int64_t createdAt = 0;
    std::int64_t expiresAt = 0;
    std::vector<LogoutStep> steps;
};

/// Persistence of `saml_logouts` and `saml_logout_steps`. Each step moves pending -> sent -> done|failed by one
/// conditional UPDATE, so a replayed or crossed LogoutResponse changes nothing.
class LogoutRepository
{
public:
    explicit LogoutRepository(Database& database);

    void create(const LogoutRecord& logout);
    /// The unexpired logout `id` with its steps.
    std::optional<LogoutRecord> find(const std::string& id, std::int64_t now);
    /// Records that the LogoutRequest `requestId` went to step `position`; false when it was not pending.
    bool markSent(const std::string& id, int position, const std::string& requestId);
    /// Records the SP's answer to LogoutRequest `requestId`; false when no step of `id` waits for it.
    bool markAnswered(const std::string& id, const std::string& requestId, bool success);
    void remove(const std::string& id);

private:
    Database& m_database;
};

} // namespace castellan
