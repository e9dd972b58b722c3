#pragma once

#include "store/SortableColumns.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class Database;

/// An API client: a system integration (`agent`: ADFS, RDP, PAM, macOS login) or an application (`user`).
struct ApiClientRecord
{
    std::int64_t id = 0;
    std::string type; ///< agent | user
    std::string name;
    std::string clientId;
    std::string secretDigest; ///< SHA-256 hex of the secret
    bool enabled = true;
    std::int64_t version = 1;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    std::optional<std::int64_t> lastUsedAt;
};

/// Persistence of `api_clients`.
class ApiClientRepository
{
public:
    explicit ApiClientRepository(Database& database);

    /// What the client list sorts by: name (the default), type, client_id, enabled, created_at, last_used_at
    /// (never used sorts first).
    static const SortableColumns& sortColumns();

    std::int64_t create(const ApiClientRecord& client);
    std::optional<ApiClientRecord> findById(std::int64_t id);
    std::optional<ApiClientRecord> findByClientId(const std::string& clientId);
    /// Clients whose name or client id contains `query` (case-insensitive), in `sort` order.
    std::vector<ApiClientRecord> list(const std::string& query, const SortOrder& sort, int offset, int limit,
                                      std::int64_t& total);
    /// Applies name/enabled when the stored version is `expectedVersion` (0: any); false when stale or gone.
    bool update(std::int64_t id, const std::optional<std::string>& name, const std::optional<bool>& enabled,
                std::int64_t expectedVersion, std::int64_t now);
    bool setSecret(std::int64_t id, const std::string& secretDigest, std::int64_t now);
    void touch(std::int64_t id, std::int64_t now);
    bool remove(std::int64_t id);

private:
    Database& m_database;
};

} // namespace castellan
