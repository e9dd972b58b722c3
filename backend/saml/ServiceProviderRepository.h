#pragma once

#include "saml/SpMetadata.h"
#include "store/SortableColumns.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace castellan {

class Database;

/// A SAML service provider: what its metadata says, and what the IdP releases to it.
struct ServiceProviderRecord
{
    std::int64_t id = 0;
    std::string name;
    std::string metadataXml;
    saml::SpMetadata metadata;
    std::string nameIdFormat;
    std::string nameIdAttribute = "username"; ///< username | email
    std::set<std::string> attributes;         ///< released: email, first_name, last_name, username
    bool idpInitiated = false; ///< the IdP may start a sign-in without an AuthnRequest (unsolicited Response)
    /// The application profile (type saml) whose factors a sign-in needs; none: the only enabled saml profile,
    /// else the registration profile.
    std::optional<std::int64_t> applicationId;
    std::string applicationName;               ///< read only: the profile's name, empty when none is set
    bool allowSha1Signatures = false;          ///< the SP's requests may be signed with RSA-SHA1 / SHA-1 digests
    std::string responseSigning = "assertion"; ///< what the Response's signature covers: assertion | response | both
    std::string signatureAlgorithm = "rsa-sha256"; ///< rsa-sha256 | rsa-sha384 | rsa-sha512
    bool enabled = true;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    std::int64_t version = 1; ///< incremented by every update; the ETag
};

/// Persistence of `service_providers` and of the AuthnRequest IDs already seen (`saml_seen_requests`).
class ServiceProviderRepository
{
public:
    explicit ServiceProviderRepository(Database& database);

    std::int64_t create(const ServiceProviderRecord& sp);
    std::optional<ServiceProviderRecord> findById(std::int64_t id);
    std::optional<ServiceProviderRecord> findByEntityId(const std::string& entityId);
    /// A page of the SPs whose name or entity ID contains `query`, in `sort` order (one of sortColumns()).
    std::vector<ServiceProviderRecord> list(const std::string& query, const SortOrder& sort, int offset, int limit,
                                            std::int64_t& total);
    /// What the list sorts by: name (the default), entity_id, application (the profile's name), enabled, idp_initiated,
    /// created_at.
    static const SortableColumns& sortColumns();
    /// Stores `sp` when its stored version is `expectedVersion` (0: whatever it is) and increments the version;
    /// false when the SP is gone or was changed meanwhile.
    bool update(const ServiceProviderRecord& sp, std::int64_t expectedVersion = 0);
    bool remove(std::int64_t id);

    /// Records AuthnRequest `requestId` of SP `spId` until `expiresAt`; false when it was already seen (a replay).
    bool firstSighting(std::int64_t spId, const std::string& requestId, std::int64_t now, std::int64_t expiresAt);

private:
    Database& m_database;
};

} // namespace castellan
