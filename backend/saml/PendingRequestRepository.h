#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace castellan {

class Database;

/// An accepted AuthnRequest waiting for the browser's portal sign-in.
struct PendingRequestRecord
{
    std::string id; ///< the random handle in /portal/saml/continue?request=
    std::int64_t spId = 0;
    std::string requestId;
    std::string acsUrl;
    std::string relayState;
    bool forceAuthn = false; ///< the SP asked for a new sign-in whatever the SSO session
    bool isPassive = false;  ///< the SP asked that the user not be prompted (answer NoPassive instead)
    std::int64_t createdAt = 0;
    std::int64_t expiresAt = 0;
};

/// Persistence of `saml_pending_requests`; a request is answered once (take() removes it).
class PendingRequestRepository
{
public:
    explicit PendingRequestRepository(Database& database);

    void create(const PendingRequestRecord& pending);
    /// The unexpired request `id`, left in place.
    std::optional<PendingRequestRecord> find(const std::string& id, std::int64_t now);
    /// The unexpired request `id`, removed; nothing when unknown, expired or already taken.
    std::optional<PendingRequestRecord> take(const std::string& id, std::int64_t now);

private:
    Database& m_database;
};

} // namespace castellan
