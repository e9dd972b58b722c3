#pragma once

#include "store/SortableColumns.h"

#include <Poco/Data/Session.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class Database;

/// An administrator of the console and the REST API.
struct AdminRecord
{
    std::int64_t id = 0;
    std::string username;
    std::string passwordHash;
    bool mustChangePassword = true;
    bool otpExempt = false;
    bool enabled = true;
    std::string totpSecret;        ///< sealed (SecretBox, base64); empty when not enrolled
    std::string totpPendingSecret; ///< sealed; an enrollment waiting for its first code
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> lastLoginAt;
    std::int64_t version = 1;
};

/// The outcome of a change that must never leave the server without an enabled administrator.
enum class AdminChange
{
    Done,
    NotFound,
    Stale,     ///< the stored version is not the expected one
    LastAdmin, ///< it would leave no enabled administrator
};

/// Persistence of `admins`.
class AdminRepository
{
public:
    explicit AdminRepository(Database& database);

    std::int64_t count();
    std::optional<AdminRecord> findByUsername(const std::string& username);
    std::optional<AdminRecord> findById(std::int64_t id);
    std::vector<AdminRecord> list();
    /// A page of administrators whose name contains `query`, in `sort` order (sortColumns()).
    std::vector<AdminRecord> list(const std::string& query, const SortOrder& sort, int offset, int limit,
                                  std::int64_t& total);
    static const SortableColumns& sortColumns();
    /// Inserts within the caller's transaction; returns the new id.
    std::int64_t create(Poco::Data::Session& session, const AdminRecord& admin);
    void setPassword(std::int64_t id, const std::string& passwordHash, bool mustChange, std::int64_t now);
    /// Replaces the password and clears TOTP (admin reset from the CLI).
    void reset(std::int64_t id, const std::string& passwordHash, std::int64_t now);
    /// The same within the caller's transaction, which also ends the administrator's sessions.
    void reset(Poco::Data::Session& session, std::int64_t id, const std::string& passwordHash, std::int64_t now);
    void setPendingTotp(std::int64_t id, const std::string& sealedSecret, std::int64_t now);
    /// Moves the pending secret into place, recording the step of the confirming code.
    bool confirmTotp(std::int64_t id, std::uint64_t step, std::int64_t now);
    /// Records `step` as used when it is newer than the last one used; false means a replayed code.
    bool consumeTotpStep(std::int64_t id, std::uint64_t step);
    void recordLogin(std::int64_t id, std::int64_t now);
    bool remove(std::int64_t id);
    /// Enables or disables an administrator (at `expectedVersion`, 0: any); disabling also ends their sessions.
    /// Disabling the last enabled administrator is refused, also when two are disabled at once from two nodes.
    AdminChange setEnabled(std::int64_t id, bool enabled, std::int64_t expectedVersion, std::int64_t now);
    /// Deletes an administrator and their sessions unless no other enabled administrator would remain.
    AdminChange removeUnlessLast(std::int64_t id);

private:
    /// Within a write: locks the enabled administrators (PostgreSQL; SQLite writers are serial already) and
    /// says whether one other than `id` is enabled.
    bool anotherEnabled(Poco::Data::Session& session, std::int64_t id);
    std::optional<AdminRecord> findWhere(const std::string& condition, const Poco::Data::AbstractBinding::Ptr& key);
    Database& m_database;
};

} // namespace castellan
