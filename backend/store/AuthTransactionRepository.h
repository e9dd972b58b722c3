#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace castellan {

class Database;

/// A login waiting for its second factor (RADIUS State, REST transaction_id, portal step).
struct AuthTransactionRecord
{
    std::string digest; ///< SHA-256 of the opaque id given to the client
    std::int64_t userId = 0;
    std::optional<std::int64_t> applicationId;
    std::string channel;
    std::string client;
    std::string sourceIp;
    std::string factors;                      ///< offered factor types, comma separated
    std::string state;                        ///< pending | approved | denied | completed | expired
    std::optional<std::int64_t> codeFactorId; ///< the SMS/e-mail factor a code was sent to for this login
    int attempts = 0;
    std::int64_t createdAt = 0;
    std::int64_t expiresAt = 0;
};

/// Persistence of `auth_transactions`. State changes are compare-and-set, so one request wins on any node.
class AuthTransactionRepository
{
public:
    explicit AuthTransactionRepository(Database& database);

    void create(const AuthTransactionRecord& transaction);
    std::optional<AuthTransactionRecord> find(const std::string& digest);
    /// Counts a wrong answer; returns the attempts so far.
    int addAttempt(const std::string& digest);
    /// Moves a transaction from `from` to `to`; false when it was not in `from` any more.
    bool transition(const std::string& digest, const std::string& from, const std::string& to);
    /// Records the SMS/e-mail factor whose code this login waits for.
    void setCodeFactor(const std::string& digest, std::int64_t factorId);
    /// Ends every pending login of a user (admin "terminate sessions"); returns how many.
    int endPendingForUser(std::int64_t userId);
    /// Deletes transactions that expired before `before`.
    void purge(std::int64_t before);

private:
    Database& m_database;
};

} // namespace castellan
