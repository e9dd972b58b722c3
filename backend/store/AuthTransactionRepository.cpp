#include "store/AuthTransactionRepository.h"

#include "store/Database.h"

#include <Poco/Nullable.h>

using namespace Poco::Data::Keywords;

namespace castellan {

AuthTransactionRepository::AuthTransactionRepository(Database& database) : m_database(database) {}

void AuthTransactionRepository::create(const AuthTransactionRecord& transaction)
{
    AuthTransactionRecord t = transaction;
    Poco::Nullable<Poco::Int64> application;
    if (t.applicationId) {
        application = *t.applicationId;
    }
    m_database.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO auth_transactions (id, user_id, application_id, channel, client, source_ip, factors, state, "
             "attempts, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, $9, $10)",
            use(t.digest), use(t.userId), use(application), use(t.channel), use(t.client), use(t.sourceIp),
            use(t.factors), use(t.state), use(t.createdAt), use(t.expiresAt), now;
    });
}

std::optional<AuthTransactionRecord> AuthTransactionRepository::find(const std::string& digest)
{
    std::optional<AuthTransactionRecord> found;
    std::string key = digest;
    m_database.read([&](Poco::Data::Session& s) {
        AuthTransactionRecord t;
        Poco::Nullable<Poco::Int64> application;
        Poco::Nullable<Poco::Int64> codeFactor;
        Poco::Data::Statement select(s);
        select << "SELECT user_id, application_id, channel, client, source_ip, factors, state, code_factor_id, "
                  "attempts, created_at, expires_at FROM auth_transactions WHERE id = $1",
            use(key), into(t.userId), into(application), into(t.channel), into(t.client), into(t.sourceIp),
            into(t.factors), into(t.state), into(codeFactor), into(t.attempts), into(t.createdAt), into(t.expiresAt),
            limit(1);
        if (select.execute() > 0) {
            t.digest = digest;
            if (!application.isNull()) {
                t.applicationId = application.value();
            }
            if (!codeFactor.isNull()) {
                t.codeFactorId = codeFactor.value();
            }
            found = t;
        }
    });
    return found;
}

int AuthTransactionRepository::addAttempt(const std::string& digest)
{
    std::string key = digest;
    int attempts = 0;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement update(s);
        update << "UPDATE auth_transactions SET attempts = attempts + 1 WHERE id = $1 RETURNING attempts", use(key),
            into(attempts);
        update.execute();
    });
    return attempts;
}

bool AuthTransactionRepository::transition(const std::string& digest, const std::string& from, const std::string& to)
{
    std::string key = digest;
    std::string fromState = from;
    std::string toState = to;
    bool moved = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement update(s);
        update << "UPDATE auth_transactions SET state = $1 WHERE id = $2 AND state = $3", use(toState), use(key),
            use(fromState);
        moved = update.execute() > 0;
    });
    return moved;
}

void AuthTransactionRepository::setCodeFactor(const std::string& digest, std::int64_t factorId)
{
    std::string key = digest;
    Poco::Int64 factor = factorId;
    m_database.write([&](Poco::Data::Session& s) {
        s << "UPDATE auth_transactions SET code_factor_id = $1 WHERE id = $2", use(factor), use(key), now;
    });
}

int AuthTransactionRepository::endPendingForUser(std::int64_t userId)
{
    Poco::Int64 user = userId;
    int ended = 0;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement update(s);
        update << "UPDATE auth_transactions SET state = 'expired' WHERE user_id = $1 AND state = 'pending'", use(user);
        ended = static_cast<int>(update.execute());
    });
    return ended;
}

void AuthTransactionRepository::purge(std::int64_t before)
{
    Poco::Int64 cutoff = before;
    m_database.write(
        [&](Poco::Data::Session& s) { s << "DELETE FROM auth_transactions WHERE expires_at < $1", use(cutoff), now; });
}

} // namespace castellan
