#pragma once

#include "store/SortableColumns.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class Database;

/// An LDAP or Active Directory directory whose users may sign in, and how to read them.
struct DirectoryRecord
{
    std::int64_t id = 0;
    std::string name;
    std::string kind;              ///< "active_directory" or "ldap"
    std::vector<std::string> urls; ///< ldap:// or ldaps://, tried in order (failover)
    bool startTls = false;
    std::string caPem;  ///< CA certificates (PEM) the server's certificate must chain to; empty: the system's
    std::string bindDn; ///< the service account; empty: anonymous
    std::string sealedBindPassword; ///< SecretBox base64, associated data DirectoryRepository::bindPasswordAad(id)
    std::string baseDn;
    std::string userFilter;                   ///< an LDAP filter (RFC 4515) every user entry matches
    std::vector<std::string> loginAttributes; ///< a user signs in with any; the first is the canonical username
    std::map<std::string, std::vector<std::string>> attributes; ///< our field -> directory attributes, first set wins
    std::string uniqueIdAttribute;                              ///< objectGUID, entryUUID
    std::vector<std::string> groups;                            ///< group DNs a user must belong to; none: everyone
    bool nestedGroups = true;
    int priority = 100; ///< lower first
    int timeoutSeconds = 5;
    bool enabled = true;
    std::int64_t version = 1;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
};

/// Persistence of `directories`.
class DirectoryRepository
{
public:
    explicit DirectoryRepository(Database& database);

    /// The associated data a directory's bind password is sealed with, binding it to its row.
    static std::string bindPasswordAad(std::int64_t id);

    /// Inserts `directory` and stores the bind password `seal(id)` returns ('' for none), in one transaction;
    /// returns the id.
    std::int64_t create(const DirectoryRecord& directory, const std::function<std::string(std::int64_t id)>& seal);
    std::optional<DirectoryRecord> findById(std::int64_t id);
    std::optional<DirectoryRecord> findByName(const std::string& name);
    /// The enabled directories in the order users are looked up: by priority, then by id.
    std::vector<DirectoryRecord> enabledByPriority();
    std::vector<DirectoryRecord> list(const std::string& query, const SortOrder& sort, int offset, int limit,
                                      std::int64_t& total);
    /// The fields `/directories` sorts by.
    static const SortableColumns& sortColumns();
    /// Replaces every stored field (the sealed password too) when the stored version is `expectedVersion` (0: any).
    bool update(const DirectoryRecord& directory, std::int64_t expectedVersion, std::int64_t now);
    bool remove(std::int64_t id);

private:
    std::vector<DirectoryRecord> select(const std::string& where, const std::string& parameter,
                                        const std::string& tail = "");

    Database& m_database;
};

} // namespace castellan
