#pragma once

#include "store/SortableColumns.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class Database;

/// A RADIUS client (NAS): where it sends from, its sealed shared secret, and how strict the server is with it.
struct RadiusClientRecord
{
    std::int64_t id = 0;
    std::string name;
    std::string source;       ///< canonical address or CIDR network (SourceNetwork)
    std::string sealedSecret; ///< SecretBox base64, associated data RadiusClientRepository::secretAad(id)
    bool requireMessageAuthenticator = true;
    std::optional<std::int64_t> applicationId; ///< the radius profile its users log in with; none: the only one
    std::string applicationName;               ///< read only: the profile's name, when set
    bool enabled = true;
    std::int64_t version = 1;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
};

/// Persistence of `radius_clients`.
class RadiusClientRepository
{
public:
    explicit RadiusClientRepository(Database& database);

    /// The associated data a client's secret is sealed with, binding it to its row.
    static std::string secretAad(std::int64_t id);

    /// Inserts `client` and stores the secret `seal(id)` returns, in one transaction; returns the id.
    std::int64_t create(const RadiusClientRecord& client, const std::function<std::string(std::int64_t id)>& seal);
    std::optional<RadiusClientRecord> findById(std::int64_t id);
    std::optional<RadiusClientRecord> findByName(const std::string& name);
    std::optional<RadiusClientRecord> findBySource(const std::string& source);
    std::vector<RadiusClientRecord> list(const std::string& query, const SortOrder& sort, int offset, int limit,
                                         std::int64_t& total);
    /// The fields `/radius-clients` sorts by.
    static const SortableColumns& sortColumns();
    /// Every enabled client, for the server's registry.
    std::vector<RadiusClientRecord> enabledClients();
    /// Replaces the editable fields (and the sealed secret) when the stored version is `expectedVersion` (0: any).
    bool update(const RadiusClientRecord& client, std::int64_t expectedVersion, std::int64_t now);
    bool remove(std::int64_t id);

private:
    std::vector<RadiusClientRecord> select(const std::string& where, const std::string& parameter,
                                           const std::string& tail = "");

    Database& m_database;
};

} // namespace castellan
