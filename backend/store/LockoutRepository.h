#pragma once

#include "store/SortableColumns.h"

#include <Poco/Data/Session.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class Database;

/// A blocked account.
struct BlockRow
{
    std::string usernameKey;
    std::string username;
    std::string reason;
    std::int64_t blockedAt = 0;
    std::optional<std::int64_t> expiresAt; ///< nothing: permanent
    std::string blockedBy;
};

struct BlockQuery
{
    std::string text; ///< part of the username (case-insensitive)
    SortOrder sort;   ///< a field of LockoutRepository::blockSortColumns(); empty: newest first
    int offset = 0;
    int limit = 50;
};

/// Failure counters and blocks (`failed_attempts`, `source_failures`, `blocks`). Every counter changes
/// through one atomic statement, so several nodes on one PostgreSQL count exactly.
class LockoutRepository
{
public:
    explicit LockoutRepository(Database& database);

    /// What the block list sorts by: username, reason, blocked_at (the default, newest first), blocked_by,
    /// remaining_seconds (permanent blocks sort last).
    static const SortableColumns& blockSortColumns();

    /// The block in force for `usernameKey` at `now`, if any.
    std::optional<BlockRow> activeBlock(const std::string& usernameKey, std::int64_t now);
    /// Counts one attempt in a window that starts at the first one and lasts `windowSeconds`; returns the
    /// count after this attempt.
    int recordFailure(const std::string& usernameKey, std::int64_t now, int windowSeconds);
    /// Blocks the account (replacing only an expired block), in one transaction. The attempt count is kept, so
    /// attempts already under way stay refused, and its window is moved to end when the block ends (a temporary
    /// block then starts the next window fresh). Returns false when a block was already in force.
    bool block(const BlockRow& block, std::int64_t now, int windowSeconds);
    void resetFailures(const std::string& usernameKey);
    /// Gives back one place in the count (an attempt that neither failed nor completed).
    void releaseAttempt(const std::string& usernameKey);
    /// Removes a block (and the failure count); returns false when there was none.
    bool unblock(const std::string& usernameKey);

    /// Counts one failure from a source address; returns the count in the current window.
    int recordSourceFailure(const std::string& sourceIp, std::int64_t now, int windowSeconds);
    /// Failures from a source in its current window (0 when the window has passed).
    int sourceFailures(const std::string& sourceIp, std::int64_t now, int windowSeconds);

    /// Blocks in force at `now` that match `query`.
    std::vector<BlockRow> listActive(const BlockQuery& query, std::int64_t now, std::int64_t& total);

private:
    Database& m_database;
};

} // namespace castellan
