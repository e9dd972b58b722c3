#include "notify/OneTimeCodes.h"

#include "crypto/Sha256.h"
#include "store/Database.h"

#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>
#include <Poco/String.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

// A withdrawn delivery's code_hash: never equal to a hex digest, so it can never be verified.
constexpr const char* kWithdrawn = "withdrawn";

// Both statements find the factor's one live delivery (the newest unused, unexpired one with tries left)
// in a subquery. Placeholders first appear in numeric order: SQLite numbers "$N" by first appearance.

// Single use on every node: the row is only claimed while used_at is still NULL (PostgreSQL re-checks the
// condition on the locked row when two nodes race), and only with the right digest and transaction. The
// code is compared as its SHA-256 digest inside the database; no secret is compared in C++.
constexpr const char* kClaimSql =
    "UPDATE otp_deliveries SET used_at = $1 WHERE id = (SELECT id FROM otp_deliveries WHERE factor_id = $2 "
    "AND used_at IS NULL AND expires_at > $1 AND attempts < $3 ORDER BY id DESC LIMIT 1) "
    "AND used_at IS NULL AND attempts < $3 AND code_hash = $4 AND COALESCE(transaction_id, '') = $5 RETURNING id";

// A wrong guess uses up one try of the live delivery; at kMaxAttempts it is dead.
constexpr const char* kMissSql =
    "UPDATE otp_deliveries SET attempts = attempts + 1 WHERE attempts < $1 AND id = (SELECT id FROM otp_deliveries "
    "WHERE factor_id = $2 AND used_at IS NULL AND expires_at > $3 AND attempts < $1 ORDER BY id DESC LIMIT 1)";

struct NewDelivery
{
    Poco::Int64 factor = 0;
    std::string transaction;
    std::string hash;
    Poco::Int64 createdAt = 0;
    Poco::Int64 expiresAt = 0;
    Poco::Int64 id = 0; ///< set when inserted
};

enum class IssueOutcome
{
    Issued,
    UnknownFactor,
    TooSoon,
    TooMany,
};

// Inside the write transaction: applies the rate limits and, when they allow it, inserts the delivery and
// retires the factor's older live ones.
IssueOutcome insertIfAllowed(Poco::Data::Session& s, bool postgres, NewDelivery& d)
{
    // Issuers of one factor queue on its row (PostgreSQL); SQLite's single writer already serialises them.
    std::vector<Poco::Int64> factors;
    s << (postgres ? "SELECT id FROM factors WHERE id = $1 FOR UPDATE" : "SELECT id FROM factors WHERE id = $1"),
        use(d.factor), into(factors), now;
    if (factors.empty()) {
        return IssueOutcome::UnknownFactor;
    }
    // Rows older than the rate window no longer matter: their codes expired long ago.
    Poco::Int64 windowStart = d.createdAt - OneTimeCodes::kWindowSeconds;
    s << "DELETE FROM otp_deliveries WHERE factor_id = $1 AND created_at <= $2", use(d.factor), use(windowStart), now;

    Poco::Int64 spacingStart = d.createdAt - OneTimeCodes::kMinSpacingSeconds;
    std::string withdrawn = kWithdrawn;
    Poco::Int64 recent = 0;
    Poco::Int64 inWindow = 0;
    s << "SELECT COALESCE(SUM(CASE WHEN created_at > $1 AND code_hash <> $2 THEN 1 ELSE 0 END), 0), COUNT(*) "
         "FROM otp_deliveries WHERE factor_id = $3",
        use(spacingStart), use(withdrawn), use(d.factor), into(recent), into(inWindow), now;
    if (recent > 0) {
        return IssueOutcome::TooSoon;
    }
    if (inWindow >= OneTimeCodes::kMaxPerWindow) {
        return IssueOutcome::TooMany;
    }
    std::vector<Poco::Int64> ids;
    s << "INSERT INTO otp_deliveries (factor_id, transaction_id, code_hash, attempts, created_at, expires_at) "
         "VALUES ($1, $2, $3, 0, $4, $5) RETURNING id",
        use(d.factor), use(d.transaction), use(d.hash), use(d.createdAt), use(d.expiresAt), into(ids), now;
    d.id = ids.at(0);
    // The new code supersedes the older ones (see the class comment).
    s << "UPDATE otp_deliveries SET expires_at = $1 WHERE factor_id = $2 AND id <> $3 AND used_at IS NULL "
         "AND expires_at > $1",
        use(d.createdAt), use(d.factor), use(d.id), now;
    return IssueOutcome::Issued;
}

Error refusal(IssueOutcome outcome, std::int64_t factorId)
{
    const std::string factor = "one-time code for factor " + std::to_string(factorId);
    switch (outcome) {
    case IssueOutcome::UnknownFactor:
        return Error::of(ErrorCode::NotFound, "The factor does not exist", factor + " refused: no such factor");
    case IssueOutcome::TooSoon:
        return Error::of(ErrorCode::RateLimited, "A code was sent moments ago; wait before asking for another",
                         factor + " refused: one was sent less than " +
                             std::to_string(OneTimeCodes::kMinSpacingSeconds) + " s ago");
    case IssueOutcome::TooMany:
    case IssueOutcome::Issued:
        break;
    }
    return Error::of(ErrorCode::RateLimited, "Too many codes were requested; wait a few minutes and try again",
                     factor + " refused: " + std::to_string(OneTimeCodes::kMaxPerWindow) + " were sent in the last " +
                         std::to_string(OneTimeCodes::kWindowSeconds / 60) + " minutes");
}

Error databaseError(const std::string& what, std::int64_t factorId, const Poco::Exception& e)
{
    return Error::of(ErrorCode::Unavailable, "The one-time code service is unavailable; try again",
                     what + " for factor " + std::to_string(factorId) + " failed: " + e.displayText());
}

} // namespace

OneTimeCodes::OneTimeCodes(Database& database, const Clock& clock, const Random& random)
    : m_database(database), m_clock(clock), m_random(random)
{}

std::string OneTimeCodes::codeHash(std::int64_t factorId, std::string_view code)
{
    return sha256Hex(std::to_string(factorId) + ":" + std::string(code));
}

std::string OneTimeCodes::newCode() const
{
    // Uniform over 000000..999999: draws at or above the largest multiple of 10^6 below 2^32 are redrawn
    // instead of folded in, which would favour the low codes.
    constexpr std::uint64_t kRange = 1'000'000;
    constexpr std::uint64_t kLimit = (std::uint64_t{1} << 32) - ((std::uint64_t{1} << 32) % kRange);
    while (true) {
        const std::vector<std::uint8_t> b = m_random.bytes(4);
        const std::uint64_t value = (std::uint64_t{b[0]} << 24) | (std::uint64_t{b[1]} << 16) |
                                    (std::uint64_t{b[2]} << 8) | std::uint64_t{b[3]};
        if (value < kLimit) {
            char digits[kDigits + 1];
            std::snprintf(digits, sizeof digits, "%06u", static_cast<unsigned>(value % kRange));
            return digits;
        }
    }
}

Result<IssuedCode> OneTimeCodes::issue(std::int64_t factorId, const std::string& transactionId)
{
    const std::int64_t nowSeconds = m_clock.nowSeconds();
    IssuedCode issued;
    issued.code = newCode();
    issued.expiresAt = nowSeconds + kLifetimeSeconds;
    NewDelivery delivery{.factor = factorId,
                         .transaction = transactionId,
                         .hash = codeHash(factorId, issued.code),
                         .createdAt = nowSeconds,
                         .expiresAt = issued.expiresAt};
    const bool postgres = m_database.dialect() == SqlDialect::PostgreSql;
    IssueOutcome outcome = IssueOutcome::Issued;
    try {
        m_database.write([&](Poco::Data::Session& s) { outcome = insertIfAllowed(s, postgres, delivery); });
    } catch (const Poco::Exception& e) {
        return databaseError("issuing a one-time code", factorId, e);
    }
    if (outcome != IssueOutcome::Issued) {
        return refusal(outcome, factorId);
    }
    issued.deliveryId = delivery.id;
    return issued;
}

Result<bool> OneTimeCodes::verify(std::int64_t factorId, const std::string& code, const std::string& transactionId)
{
    Poco::Int64 at = m_clock.nowSeconds();
    Poco::Int64 factor = factorId;
    int maxAttempts = kMaxAttempts;
    std::string hash = codeHash(factorId, Poco::trim(code));
    std::string transaction = transactionId;
    bool accepted = false;
    try {
        m_database.write([&](Poco::Data::Session& s) {
            std::vector<Poco::Int64> claimed;
            s << kClaimSql, use(at), use(factor), use(maxAttempts), use(hash), use(transaction), into(claimed), now;
            accepted = !claimed.empty();
            if (!accepted) {
                s << kMissSql, use(maxAttempts), use(factor), use(at), now;
            }
        });
    } catch (const Poco::Exception& e) {
        return databaseError("verifying a one-time code", factorId, e);
    }
    return accepted;
}

Result<void> OneTimeCodes::withdraw(std::int64_t deliveryId)
{
    Poco::Int64 id = deliveryId;
    std::string withdrawn = kWithdrawn;
    try {
        m_database.write([&](Poco::Data::Session& s) {
            s << "UPDATE otp_deliveries SET code_hash = $1, expires_at = created_at WHERE id = $2", use(withdrawn),
                use(id), now;
        });
    } catch (const Poco::Exception& e) {
        return Error::of(ErrorCode::Unavailable, "The one-time code service is unavailable; try again",
                         "withdrawing one-time code delivery " + std::to_string(deliveryId) +
                             " failed: " + e.displayText());
    }
    return {};
}

Result<CarriedCode> OneTimeCodes::carryOver(std::int64_t factorId, const std::string& transactionId)
{
    Poco::Int64 at = m_clock.nowSeconds();
    Poco::Int64 factor = factorId;
    Poco::Int64 windowStart = at - kWindowSeconds;
    int maxAttempts = kMaxAttempts;
    std::string transaction = transactionId;
    std::string withdrawn = kWithdrawn;
    std::vector<Poco::Int64> moved;
    Poco::Int64 latest = 0;
    Poco::Int64 inWindow = 0;
    Poco::Int64 oldest = 0;
    try {
        m_database.write([&](Poco::Data::Session& s) {
            // Only the live delivery (the one kClaimSql would verify) moves; the older ones stay superseded.
            s << "UPDATE otp_deliveries SET transaction_id = $1 WHERE id = (SELECT id FROM otp_deliveries "
                 "WHERE factor_id = $2 AND used_at IS NULL AND expires_at > $3 AND attempts < $4 AND code_hash <> $5 "
                 "ORDER BY id DESC LIMIT 1) RETURNING id",
                use(transaction), use(factor), use(at), use(maxAttempts), use(withdrawn), into(moved), now;
            s << "SELECT COALESCE(MAX(CASE WHEN code_hash <> $1 THEN created_at ELSE 0 END), 0), COUNT(*), "
                 "COALESCE(MIN(created_at), 0) FROM otp_deliveries WHERE factor_id = $2 AND created_at > $3",
                use(withdrawn), use(factor), use(windowStart), into(latest), into(inWindow), into(oldest), now;
        });
    } catch (const Poco::Exception& e) {
        return databaseError("carrying over a one-time code", factorId, e);
    }
    // The same two limits as issue(): the 30 s spacing after the newest code, and the 15-minute window's count.
    Poco::Int64 wait = latest + kMinSpacingSeconds - at;
    if (inWindow >= kMaxPerWindow) {
        wait = std::max(wait, oldest + kWindowSeconds - at);
    }
    return CarriedCode{.live = !moved.empty(), .waitSeconds = static_cast<int>(std::max<Poco::Int64>(wait, 1))};
}

} // namespace castellan
