#include "store/FactorRepository.h"

#include "store/Database.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

constexpr const char* kColumns = "id, user_id, type, label, verified, COALESCE(secret, ''), algorithm, digits, period, "
                                 "counter, resync_counter, last_step, destination, COALESCE(serial, ''), created_at, "
                                 "last_used_at, clock_offset";

FactorRecord fromRow(Poco::Data::RecordSet& rs)
{
    FactorRecord f;
    f.id = rs[0].convert<Poco::Int64>();
    f.userId = rs[1].convert<Poco::Int64>();
    f.type = rs[2].convert<std::string>();
    f.label = rs[3].convert<std::string>();
    f.verified = rs[4].convert<bool>();
    f.sealedSecret = rs[5].convert<std::string>();
    f.algorithm = rs[6].convert<std::string>();
    f.digits = rs[7].convert<int>();
    f.period = rs[8].convert<int>();
    f.counter = rs[9].convert<Poco::Int64>();
    if (!rs[10].isEmpty()) {
        f.resyncCounter = rs[10].convert<Poco::Int64>();
    }
    if (!rs[11].isEmpty()) {
        f.lastStep = rs[11].convert<Poco::Int64>();
    }
    f.destination = rs[12].convert<std::string>();
    f.serial = rs[13].convert<std::string>();
    f.createdAt = rs[14].convert<Poco::Int64>();
    if (!rs[15].isEmpty()) {
        f.lastUsedAt = rs[15].convert<Poco::Int64>();
    }
    f.clockOffset = rs[16].convert<Poco::Int64>();
    return f;
}

} // namespace

FactorRepository::FactorRepository(Database& database) : m_database(database) {}

std::int64_t FactorRepository::insert(Poco::Data::Session& s, const FactorRecord& factor,
                                      const std::function<std::string(std::int64_t id)>& seal)
{
    FactorRecord f = factor;
    Poco::Nullable<std::string> serial;
    if (!f.serial.empty()) {
        serial = f.serial;
    }
    Poco::Int64 id = 0;
    s << "INSERT INTO factors (user_id, type, label, verified, algorithm, digits, period, counter, destination, "
         "serial, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        use(f.userId), use(f.type), use(f.label), use(f.verified), use(f.algorithm), use(f.digits), use(f.period),
        use(f.counter), use(f.destination), use(serial), use(f.createdAt), into(id), now;
    if (seal) {
        std::string sealed = seal(id);
        s << "UPDATE factors SET secret = $1 WHERE id = $2", use(sealed), use(id), now;
    }
    return id;
}

std::int64_t FactorRepository::create(const FactorRecord& factor,
                                      const std::function<std::string(std::int64_t id)>& seal)
{
    std::int64_t id = 0;
    m_database.write([&](Poco::Data::Session& s) { id = insert(s, factor, seal); });
    return id;
}

std::size_t FactorRepository::createMany(const std::vector<FactorRecord>& factors,
                                         const std::function<std::string(std::size_t index, std::int64_t id)>& seal,
                                         const std::function<void(Poco::Data::Session&)>& alongside)
{
    m_database.write([&](Poco::Data::Session& s) {
        for (std::size_t i = 0; i < factors.size(); ++i) {
            insert(s, factors[i], [&](std::int64_t id) { return seal(i, id); });
        }
        if (alongside) {
            alongside(s);
        }
    });
    return factors.size();
}

std::optional<FactorRecord> FactorRepository::findById(std::int64_t id)
{
    std::optional<FactorRecord> found;
    Poco::Int64 key = id;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns + " FROM factors WHERE id = $1", use(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            found = fromRow(rs);
        }
    });
    return found;
}

std::vector<FactorRecord> FactorRepository::forUser(std::int64_t userId)
{
    std::vector<FactorRecord> factors;
    Poco::Int64 key = userId;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns + " FROM factors WHERE user_id = $1 ORDER BY id", use(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            factors.push_back(fromRow(rs));
        }
    });
    return factors;
}

bool FactorRepository::serialTaken(const std::string& serial)
{
    Poco::Int64 n = 0;
    std::string key = serial;
    m_database.read(
        [&](Poco::Data::Session& s) { s << "SELECT COUNT(*) FROM factors WHERE serial = $1", use(key), into(n), now; });
    return n > 0;
}

bool FactorRepository::anyVerified()
{
    Poco::Int64 n = 0;
    // LIMIT 1 inside: the answer is yes or no, so the count stops at the first factor whatever the table holds.
    m_database.read([&](Poco::Data::Session& s) {
        s << "SELECT COUNT(*) FROM (SELECT 1 FROM factors WHERE verified = TRUE LIMIT 1) AS first_factor", into(n), now;
    });
    return n > 0;
}

bool FactorRepository::remove(std::int64_t userId, std::int64_t factorId)
{
    Poco::Int64 user = userId;
    Poco::Int64 id = factorId;
    bool removed = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement del(s);
        del << "DELETE FROM factors WHERE id = $1 AND user_id = $2", use(id), use(user);
        removed = del.execute() > 0;
    });
    return removed;
}

bool FactorRepository::removeWithDevice(std::int64_t userId, std::int64_t factorId)
{
    Poco::Int64 user = userId;
    Poco::Int64 id = factorId;
    bool removed = false;
    m_database.write([&](Poco::Data::Session& s) {
        // devices.factor_id is ON DELETE SET NULL: the app's registration goes first, with its factor.
        s << "DELETE FROM devices WHERE factor_id = $1 AND user_id = $2", use(id), use(user), now;
        Poco::Data::Statement del(s);
        del << "DELETE FROM factors WHERE id = $1 AND user_id = $2", use(id), use(user);
        removed = del.execute() > 0;
    });
    return removed;
}

bool FactorRepository::rename(std::int64_t userId, std::int64_t factorId, const std::string& label)
{
    Poco::Int64 user = userId;
    Poco::Int64 id = factorId;
    std::string text = label;
    bool renamed = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement update(s);
        update << "UPDATE factors SET label = $1 WHERE id = $2 AND user_id = $3", use(text), use(id), use(user);
        renamed = update.execute() > 0;
    });
    return renamed;
}

bool FactorRepository::acceptTotpStep(std::int64_t factorId, std::int64_t step, std::int64_t nowSeconds)
{
    Poco::Int64 id = factorId;
    Poco::Int64 used = step;
    Poco::Int64 at = nowSeconds;
    bool accepted = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement update(s);
        update << "UPDATE factors SET last_step = $1, last_used_at = $2 WHERE id = $3 AND "
                  "(last_step IS NULL OR last_step < $1)",
            use(used), use(at), use(id);
        accepted = update.execute() > 0;
    });
    return accepted;
}

bool FactorRepository::resyncTotp(std::int64_t factorId, std::int64_t clockOffset, std::int64_t step,
                                  std::int64_t nowSeconds)
{
    Poco::Int64 id = factorId;
    Poco::Int64 offset = clockOffset;
    Poco::Int64 used = step;
    Poco::Int64 at = nowSeconds;
    bool stored = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement update(s);
        update << "UPDATE factors SET clock_offset = $1, last_step = $2, last_used_at = $3 WHERE id = $4 AND "
                  "(last_step IS NULL OR last_step < $2)",
            use(offset), use(used), use(at), use(id);
        stored = update.execute() > 0;
    });
    return stored;
}

bool FactorRepository::advanceHotpCounter(std::int64_t factorId, std::int64_t expected, std::int64_t next,
                                          std::int64_t nowSeconds)
{
    Poco::Int64 id = factorId;
    Poco::Int64 from = expected;
    Poco::Int64 to = next;
    Poco::Int64 at = nowSeconds;
    bool advanced = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement update(s);
        update << "UPDATE factors SET counter = $1, resync_counter = NULL, last_used_at = $2 WHERE id = $3 AND "
                  "counter = $4",
            use(to), use(at), use(id), use(from);
        advanced = update.execute() > 0;
    });
    return advanced;
}

void FactorRepository::setResyncCounter(std::int64_t factorId, std::optional<std::int64_t> counter)
{
    Poco::Int64 id = factorId;
    Poco::Nullable<Poco::Int64> value;
    if (counter) {
        value = *counter;
    }
    m_database.write([&](Poco::Data::Session& s) {
        s << "UPDATE factors SET resync_counter = $1 WHERE id = $2", use(value), use(id), now;
    });
}

void FactorRepository::markVerified(std::int64_t factorId)
{
    Poco::Int64 id = factorId;
    m_database.write(
        [&](Poco::Data::Session& s) { s << "UPDATE factors SET verified = TRUE WHERE id = $1", use(id), now; });
}

} // namespace castellan
