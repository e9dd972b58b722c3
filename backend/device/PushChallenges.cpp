#include "device/PushChallenges.h"

#include "auth/OpaqueToken.h"
#include "crypto/ConstantTime.h"
#include "store/Database.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

constexpr const char* kColumns = "c.id, c.device_id, c.user_id, COALESCE(c.transaction_id, ''), c.kind, c.challenge, "
                                 "c.number_match, c.context, c.status, c.created_at, c.expires_at, c.answered_at";

std::optional<std::int64_t> optionalInt(Poco::Data::RecordSet& rs, std::size_t column)
{
    if (rs[column].isEmpty()) {
        return std::nullopt;
    }
    return rs[column].convert<Poco::Int64>();
}

PushChallenge fromRow(Poco::Data::RecordSet& rs, std::int64_t now)
{
    PushChallenge c;
    c.id = rs[0].convert<Poco::Int64>();
    c.deviceId = optionalInt(rs, 1);
    c.userId = optionalInt(rs, 2);
    c.transactionId = rs[3].convert<std::string>();
    c.kind = rs[4].convert<std::string>();
    c.challenge = rs[5].convert<std::string>();
    c.numberMatch = rs[6].convert<std::string>();
    c.context = rs[7].convert<std::string>();
    c.status = rs[8].convert<std::string>();
    c.createdAt = rs[9].convert<Poco::Int64>();
    c.expiresAt = rs[10].convert<Poco::Int64>();
    c.answeredAt = optionalInt(rs, 11);
    if (c.status == "pending" && c.expiresAt <= now) {
        c.status = "expired";
    }
    return c;
}

std::optional<PushChallenge> firstRow(Poco::Data::Statement& select, std::int64_t now)
{
    select.execute();
    Poco::Data::RecordSet rs(select);
    if (!rs.moveFirst()) {
        return std::nullopt;
    }
    return fromRow(rs, now);
}

std::string statusOf(PushChallenges::Decision decision)
{
    switch (decision) {
    case PushChallenges::Decision::Approve:
        return "approved";
    case PushChallenges::Decision::Deny:
        return "denied";
    case PushChallenges::Decision::Report:
        return "reported";
    }
    return "denied";
}

/// Two digits, 10 to 99, uniformly (rejection sampling: 180 is the largest multiple of 90 below 256).
std::string twoDigits(const Random& random)
{
    for (;;) {
        const std::uint8_t byte = random.bytes(1).front();
        if (byte < 180) {
            return std::to_string(10 + byte % 90);
        }
    }
}

} // namespace

PushChallenges::PushChallenges(Database& database, const Clock& clock, const Random& random)
    : m_database(database), m_clock(clock), m_random(random)
{}

std::optional<PushChallenges::Decision> PushChallenges::decisionFromName(const std::string& name)
{
    if (name == "approve") {
        return Decision::Approve;
    }
    if (name == "deny") {
        return Decision::Deny;
    }
    if (name == "report") {
        return Decision::Report;
    }
    return std::nullopt;
}

NewPushChallenge PushChallenges::create(std::optional<std::int64_t> userId, const std::string& transactionId,
                                        const std::string& kind, const std::string& context,
                                        std::int64_t lifetimeSeconds, std::optional<std::int64_t> deviceId)
{
    NewPushChallenge created;
    created.challenge = OpaqueToken::generate("pch_", m_random);
    created.numberMatch = kind == "push" ? twoDigits(m_random) : std::string();
    Poco::Int64 at = m_clock.nowSeconds();
    created.expiresAt = at + lifetimeSeconds;
    Poco::Nullable<Poco::Int64> user;
    if (userId) {
        user = *userId;
    }
    Poco::Nullable<Poco::Int64> device;
    if (deviceId) {
        device = *deviceId;
    }
    Poco::Nullable<std::string> transaction;
    if (!transactionId.empty()) {
        transaction = transactionId;
    }
    std::string k = kind;
    std::string text = context;
    Poco::Int64 expires = created.expiresAt;
    Poco::Int64 id = 0;
    m_database.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO push_challenges (device_id, user_id, transaction_id, kind, challenge, number_match, context, "
             "status, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $9) RETURNING id",
            use(device), use(user), use(transaction), use(k), use(created.challenge), use(created.numberMatch),
            use(text), use(at), use(expires), into(id), now;
    });
    created.id = id;
    return created;
}

std::vector<PushChallenge> PushChallenges::pending(std::int64_t deviceId)
{
    Poco::Int64 device = deviceId;
    Poco::Int64 at = m_clock.nowSeconds();
    std::vector<PushChallenge> found;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns +
                      " FROM push_challenges c JOIN devices d ON d.id = $1 WHERE c.kind = 'push' AND "
                      "c.status = 'pending' AND c.expires_at > $2 AND d.verified = TRUE AND "
                      "(c.device_id = d.id OR (c.device_id IS NULL AND c.user_id = d.user_id)) ORDER BY c.id",
            use(device), use(at);
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            found.push_back(fromRow(rs, at));
        }
    });
    return found;
}

Result<std::string> PushChallenges::answer(std::int64_t challengeId, std::int64_t deviceId, Decision decision,
                                           const std::string& number)
{
    const auto current = status(challengeId);
    if (!current || current->status != "pending") {
        return Error::of(ErrorCode::NotFound, "No pending challenge with this id");
    }
    std::string outcome = statusOf(decision);
    if (decision == Decision::Approve && !current->numberMatch.empty() &&
        !constantTimeEquals(number, current->numberMatch)) {
        outcome = "denied"; // a wrong number is someone else's login: refuse it rather than let the user retry
    }
    Poco::Int64 id = challengeId;
    Poco::Int64 device = deviceId;
    Poco::Int64 at = m_clock.nowSeconds();
    std::vector<std::string> answered;
    m_database.write([&](Poco::Data::Session& s) {
        // One statement from 'pending': a second answer, an expired challenge or another user's device changes
        // nothing. A QR login takes the answering device's user.
        s << "UPDATE push_challenges SET status = $1, answered_at = $2, device_id = $3, "
             "user_id = (SELECT user_id FROM devices WHERE id = $3) "
             "WHERE id = $4 AND status = 'pending' AND expires_at > $2 "
             "AND EXISTS (SELECT 1 FROM devices d WHERE d.id = $3 AND d.verified = TRUE AND ("
             "(push_challenges.kind = 'push' AND (push_challenges.device_id = d.id OR "
             "(push_challenges.device_id IS NULL AND push_challenges.user_id = d.user_id))) OR "
             "(push_challenges.kind = 'qr_login' AND (push_challenges.user_id IS NULL OR "
             "push_challenges.user_id = d.user_id)))) RETURNING status",
            use(outcome), use(at), use(device), use(id), into(answered), now;
    });
    if (answered.empty()) {
        return Error::of(ErrorCode::NotFound, "No pending challenge with this id");
    }
    return answered.front();
}

std::optional<PushChallenge> PushChallenges::status(std::int64_t challengeId)
{
    std::optional<PushChallenge> found;
    Poco::Int64 id = challengeId;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns + " FROM push_challenges c WHERE c.id = $1", use(id);
        found = firstRow(select, m_clock.nowSeconds());
    });
    return found;
}

std::optional<PushChallenge> PushChallenges::findByChallenge(const std::string& challenge)
{
    std::optional<PushChallenge> found;
    std::string text = challenge;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns + " FROM push_challenges c WHERE c.challenge = $1", use(text);
        found = firstRow(select, m_clock.nowSeconds());
    });
    return found;
}

std::optional<PushChallenge> PushChallenges::latestFor(const std::string& transactionId)
{
    std::optional<PushChallenge> found;
    std::string transaction = transactionId;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns +
                      " FROM push_challenges c WHERE c.transaction_id = $1 ORDER BY c.id DESC LIMIT 1",
            use(transaction);
        found = firstRow(select, m_clock.nowSeconds());
    });
    return found;
}

bool PushChallenges::complete(std::int64_t challengeId)
{
    Poco::Int64 id = challengeId;
    std::vector<Poco::Int64> completed;
    m_database.write([&](Poco::Data::Session& s) {
        s << "UPDATE push_challenges SET status = 'completed' WHERE id = $1 AND status = 'approved' RETURNING id",
            use(id), into(completed), now;
    });
    return !completed.empty();
}

} // namespace castellan
