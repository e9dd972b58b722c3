#pragma once

#include "store/SortableColumns.h"
#include "validation/ExpiryExtension.h"

#include <Poco/Data/Session.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class Database;

/// A local user (end user of the MFA service).
struct UserRecord
{
    std::int64_t id = 0;
    std::string username;
    std::string usernameKey;
    std::string firstName;
    std::string lastName;
    std::string email;
    std::string phone;        ///< E.164
    std::string passwordHash; ///< empty: no password set
    bool mustChangePassword = false;
    std::optional<std::int64_t> expiresAt;
    std::string framedIp;
    std::string sponsorName;
    std::string sponsorEmail;
    std::string description;
    bool enabled = true;
    bool blocked = false; ///< derived: a block is in force (list/find only)
    /// A directory user's local record (a shadow): its directory, the entry's unique id (objectGUID, entryUUID) and,
    /// derived, the directory's name. The directory owns the username and the fields it maps; no password is stored.
    std::optional<std::int64_t> directoryId;
    std::string directoryUniqueId;
    std::string directoryName;
    std::int64_t version = 1;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;

    /// active | disabled | expired | blocked, as of `now`.
    std::string status(std::int64_t now) const;
};

/// The columns a PATCH may change; unset members stay as they are.
struct UserChanges
{
    std::optional<std::string> firstName, lastName, email, phone, framedIp, sponsorName, sponsorEmail, description;
    std::optional<std::string> passwordHash;
    std::optional<bool> mustChangePassword;
    std::optional<std::optional<std::int64_t>> expiresAt; ///< set to nothing: never expires
    std::optional<bool> enabled;
    bool empty() const;
};

struct UserQuery
{
    std::string text;   ///< matches username, names, e-mail (case-insensitive)
    std::string status; ///< empty or one of the statuses
    std::string source; ///< empty (all), "local" or "directory"
    SortOrder sort;     ///< a field of UserRepository::sortColumns(); empty: by username
    int offset = 0;
    int limit = 50;
};

/// Persistence of `users`.
class UserRepository
{
public:
    explicit UserRepository(Database& database);

    /// What the user list sorts by: username (the default), first_name, last_name, email, created_at, expires_at
    /// (never expiring sorts last).
    static const SortableColumns& sortColumns();

    /// Inserts within the caller's transaction; returns the new id. Throws on a duplicate username.
    std::int64_t insert(Poco::Data::Session& session, const UserRecord& user);
    /// Inserts all `users` within the caller's transaction, 400 per statement (ids are not read back). Throws on a
    /// duplicate username, so the caller's transaction is rolled back as a whole.
    void insertMany(Poco::Data::Session& session, const std::vector<UserRecord>& users);
    std::int64_t create(const UserRecord& user);
    /// Creates the user and runs `alongside` (e.g. its audit record) in the same transaction.
    std::int64_t create(const UserRecord& user, const std::function<void(Poco::Data::Session&)>& alongside);
    std::optional<UserRecord> findById(std::int64_t id, std::int64_t now);
    std::optional<UserRecord> findByUsername(const std::string& username, std::int64_t now);
    /// The user a login name names: their username or one of their aliases (issue 21), any case.
    std::optional<UserRecord> findByLogin(const std::string& login, std::int64_t now);
    /// The local record of the directory entry with `uniqueId` in `directoryId`.
    std::optional<UserRecord> findByDirectoryEntry(std::int64_t directoryId, const std::string& uniqueId,
                                                   std::int64_t now);
    /// Writes what the directory says of one of its users (username and the fields it maps) to their local record,
    /// when it differs; renames the record when the canonical username changed. False when the new username is taken
    /// by another user (the record is left as it was).
    bool syncFromDirectory(const UserRecord& current, const UserRecord& fromDirectory, std::int64_t now);
    /// How many local records users of `directoryId` have.
    std::int64_t countOfDirectory(std::int64_t directoryId);
    /// Whether a username or an alias has this key (they share one name space).
    bool usernameTaken(const std::string& usernameKey);
    /// Which of these keys exist already (for import checks), in one query per chunk.
    std::vector<std::string> existingKeys(const std::vector<std::string>& usernameKeys);
    std::vector<UserRecord> list(const UserQuery& query, std::int64_t now, std::int64_t& total);
    /// Calls `visit` for every user matching the text and status of `query` (its paging and sort are ignored),
    /// in username order, reading `chunk` users per query (keyset paging, so memory stays bounded and each user
    /// is visited once even while others are added or removed).
    void forEach(const UserQuery& query, std::int64_t now, const std::function<void(const UserRecord&)>& visit,
                 int chunk = 1000);
    /// Applies changes when the stored version is `expectedVersion` (0: any); false when stale or gone.
    bool update(std::int64_t id, const UserChanges& changes, std::int64_t expectedVersion, std::int64_t now);
    /// Applies the same change to many users in one transaction; returns how many existed.
    int updateMany(const std::vector<std::int64_t>& ids, const UserChanges& changes, std::int64_t now);
    struct ExtensionCount
    {
        int extended = 0;      ///< users whose expiry moved
        int neverExpiring = 0; ///< users without an expiry, left so
    };
    /// Moves each user's own expiry by `by` (see ExpiryExtension::apply) in one transaction. Each row is
    /// changed only if its expiry is still the one read, so a concurrent change is never overwritten blindly.
    ExtensionCount extendMany(const std::vector<std::int64_t>& ids, const ExpiryExtension& by, std::int64_t now);
    bool remove(std::int64_t id);

private:
    Database& m_database;
};

} // namespace castellan
