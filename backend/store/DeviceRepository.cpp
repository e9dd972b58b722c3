#include "store/DeviceRepository.h"

#include "store/Database.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/String.h>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

constexpr const char* kSelect =
    "SELECT d.id, d.user_id, u.username, d.factor_id, d.label, d.platform, d.verified, d.enrollment_expires_at, "
    "d.scanned_at, COALESCE(d.public_key, ''), COALESCE(d.push_token, ''), d.pin_required, d.biometric_required, "
    "d.config_version, d.delivered_config_version, d.last_sync_at, d.created_at "
    "FROM devices d JOIN users u ON u.id = d.user_id";

std::optional<std::int64_t> optionalInt(Poco::Data::RecordSet& rs, std::size_t column)
{
    if (rs[column].isEmpty()) {
        return std::nullopt;
    }
    return rs[column].convert<Poco::Int64>();
}

DeviceRecord fromRow(Poco::Data::RecordSet& rs)
{
    DeviceRecord d;
    d.id = rs[0].convert<Poco::Int64>();
    d.userId = rs[1].convert<Poco::Int64>();
    d.username = rs[2].convert<std::string>();
    d.factorId = optionalInt(rs, 3);
    d.label = rs[4].convert<std::string>();
    d.platform = rs[5].convert<std::string>();
    d.verified = rs[6].convert<bool>();
    d.enrollmentExpiresAt = optionalInt(rs, 7);
    d.scannedAt = optionalInt(rs, 8);
    d.publicKey = rs[9].convert<std::string>();
    d.pushToken = rs[10].convert<std::string>();
    d.config.pinRequired = rs[11].convert<bool>();
    d.config.biometricRequired = rs[12].convert<bool>();
    d.config.version = rs[13].convert<Poco::Int64>();
    d.deliveredConfigVersion = rs[14].convert<Poco::Int64>();
    d.lastSyncAt = optionalInt(rs, 15);
    d.createdAt = rs[16].convert<Poco::Int64>();
    return d;
}

/// The configuration an `UPDATE devices ... RETURNING pin_required, biometric_required, config_version` answered.
std::optional<RemoteConfiguration> returnedConfig(Poco::Data::Statement& statement)
{
    statement.execute();
    Poco::Data::RecordSet rs(statement);
    if (!rs.moveFirst()) {
        return std::nullopt;
    }
    return RemoteConfiguration{rs[0].convert<bool>(), rs[1].convert<bool>(), rs[2].convert<Poco::Int64>()};
}

} // namespace

std::optional<std::string> DeviceRecord::unverifiedReason(std::int64_t now) const
{
    if (verified) {
        return std::nullopt;
    }
    if (!scannedAt) {
        return enrollmentExpiresAt && *enrollmentExpiresAt <= now ? kExpired : kNotScanned;
    }
    return kNotConfirmed;
}

DeviceRepository::DeviceRepository(Database& database) : m_database(database) {}

std::optional<DeviceRecord> DeviceRepository::find(Poco::Data::Session& s, std::int64_t id)
{
    Poco::Int64 key = id;
    Poco::Data::Statement select(s);
    select << std::string(kSelect) + " WHERE d.id = $1", use(key);
    select.execute();
    Poco::Data::RecordSet rs(select);
    if (!rs.moveFirst()) {
        return std::nullopt;
    }
    return fromRow(rs);
}

std::pair<std::int64_t, std::int64_t>
DeviceRepository::createPending(const PendingEnrollment& enrollment,
                                const std::function<std::string(std::int64_t)>& seal, const Alongside& alongside)
{
    PendingEnrollment e = enrollment;
    Poco::Int64 factorId = 0;
    Poco::Int64 deviceId = 0;
    m_database.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO factors (user_id, type, label, verified, algorithm, digits, period, created_at) "
             "VALUES ($1, 'totp', $2, FALSE, 'SHA1', 6, 30, $3) RETURNING id",
            use(e.userId), use(e.label), use(e.createdAt), into(factorId), now;
        std::string sealed = seal(factorId);
        s << "UPDATE factors SET secret = $1 WHERE id = $2", use(sealed), use(factorId), now;
        s << "INSERT INTO devices (user_id, factor_id, label, verified, enrollment_token_hash, enrollment_expires_at, "
             "config_version, delivered_config_version, created_at) VALUES ($1, $2, $3, FALSE, $4, $5, 1, 0, $6) "
             "RETURNING id",
            use(e.userId), use(factorId), use(e.label), use(e.tokenDigest), use(e.expiresAt), use(e.createdAt),
            into(deviceId), now;
        alongside(s);
    });
    return {deviceId, factorId};
}

std::optional<DeviceRecord>
DeviceRepository::redeem(const DeviceBinding& binding, std::int64_t nowSeconds,
                         const std::function<void(Poco::Data::Session&, const DeviceRecord&)>& alongside)
{
    DeviceBinding b = binding;
    std::string label = b.label.value_or("");
    Poco::Int64 at = nowSeconds;
    std::optional<DeviceRecord> redeemed;
    m_database.write([&](Poco::Data::Session& s) {
        // One statement: of two apps racing with the same token, exactly one binds its key.
        std::vector<Poco::Int64> ids;
        s << "UPDATE devices SET scanned_at = $1, public_key = $2, platform = $3, push_token = $4, "
             "label = CASE WHEN $5 = '' THEN label ELSE $5 END, enrollment_token_hash = NULL, "
             "delivered_config_version = config_version "
             "WHERE enrollment_token_hash = $6 AND scanned_at IS NULL AND enrollment_expires_at > $1 RETURNING id",
            use(at), use(b.publicKey), use(b.platform), use(b.pushToken), use(label), use(b.tokenDigest), into(ids),
            now;
        if (ids.empty()) {
            return;
        }
        redeemed = find(s, ids.front());
        alongside(s, *redeemed);
    });
    return redeemed;
}

bool DeviceRepository::hasPushDevice(std::int64_t userId)
{
    Poco::Int64 user = userId;
    std::vector<Poco::Int64> found;
    m_database.read([&](Poco::Data::Session& s) {
        s << "SELECT id FROM devices WHERE user_id = $1 AND verified = TRUE AND public_key IS NOT NULL LIMIT 1",
            use(user), into(found), now;
    });
    return !found.empty();
}

std::optional<DeviceRecord> DeviceRepository::findById(std::int64_t id)
{
    std::optional<DeviceRecord> found;
    m_database.read([&](Poco::Data::Session& s) { found = find(s, id); });
    return found;
}

bool DeviceRepository::enrollmentTokenIs(std::int64_t deviceId, const std::string& tokenDigest, std::int64_t nowSeconds)
{
    Poco::Int64 key = deviceId;
    std::string digest = tokenDigest;
    Poco::Int64 at = nowSeconds;
    Poco::Int64 count = 0;
    m_database.read([&](Poco::Data::Session& s) {
        s << "SELECT COUNT(*) FROM devices WHERE id = $1 AND enrollment_token_hash = $2 AND scanned_at IS NULL "
             "AND enrollment_expires_at > $3",
            use(key), use(digest), use(at), into(count), now;
    });
    return count > 0;
}

std::optional<DeviceTotp> DeviceRepository::totpOf(std::int64_t deviceId)
{
    std::optional<DeviceTotp> found;
    Poco::Int64 key = deviceId;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << "SELECT f.id, COALESCE(f.secret, ''), f.algorithm, f.digits, f.period FROM devices d "
                  "JOIN factors f ON f.id = d.factor_id WHERE d.id = $1 AND f.type = 'totp'",
            use(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            found = DeviceTotp{rs[0].convert<Poco::Int64>(), rs[1].convert<std::string>(), rs[2].convert<std::string>(),
                               rs[3].convert<int>(), rs[4].convert<int>()};
        }
    });
    return found;
}

bool DeviceRepository::acceptFirstOtp(std::int64_t deviceId, std::int64_t factorId, std::int64_t step,
                                      std::int64_t nowSeconds, const Alongside& alongside)
{
    Poco::Int64 device = deviceId;
    Poco::Int64 factor = factorId;
    Poco::Int64 accepted = step;
    Poco::Int64 at = nowSeconds;
    bool fresh = false;
    m_database.write([&](Poco::Data::Session& s) {
        // The same rule every channel applies to factors.last_step: a step is accepted once, on any node.
        Poco::Data::Statement update(s);
        update << "UPDATE factors SET last_step = $1, verified = TRUE, last_used_at = $2 "
                  "WHERE id = $3 AND (last_step IS NULL OR last_step < $1)",
            use(accepted), use(at), use(factor);
        fresh = update.execute() > 0;
        if (!fresh) {
            return;
        }
        s << "UPDATE devices SET verified = TRUE WHERE id = $1 AND factor_id = $2", use(device), use(factor), now;
        alongside(s);
    });
    return fresh;
}

const SortableColumns& DeviceRepository::sortColumns()
{
    static const SortableColumns kSortable(
        {{"username", "u.username_key"},
         {"label", "LOWER(d.label)"},
         {"platform", "LOWER(d.platform)"},
         {"verified", "d.verified"},
         {"pin_required", "d.pin_required"},
         {"biometric_required", "d.biometric_required"},
         {"config_delivered", "CASE WHEN d.delivered_config_version >= d.config_version THEN 1 ELSE 0 END"},
         {"last_sync_at", "d.last_sync_at", SortColumn::Nulls::Smallest},
         {"created_at", "d.created_at"}},
        {"username"}, "d.id");
    return kSortable;
}

std::vector<DeviceRecord> DeviceRepository::list(const DeviceQuery& query, std::int64_t& total)
{
    const std::string where = " WHERE (u.username_key LIKE $1 OR LOWER(d.label) LIKE $1 OR LOWER(d.platform) LIKE $1)";
    std::string pattern = "%" + Poco::toLower(query.text) + "%";
    std::vector<DeviceRecord> devices;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Int64 n = 0;
        s << "SELECT COUNT(*) FROM devices d JOIN users u ON u.id = d.user_id" + where, use(pattern), into(n), now;
        total = n;
        Poco::Data::Statement select(s);
        select << std::string(kSelect) + where + sortColumns().orderBy(query.sort) + " LIMIT " +
                      std::to_string(query.limit) + " OFFSET " + std::to_string(query.offset),
            use(pattern);
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            devices.push_back(fromRow(rs));
        }
    });
    return devices;
}

std::optional<std::int64_t> DeviceRepository::configure(std::int64_t id, bool pinRequired, bool biometricRequired,
                                                        std::int64_t expectedVersion, const Alongside& alongside)
{
    Poco::Int64 key = id;
    Poco::Int64 expected = expectedVersion;
    bool pin = pinRequired;
    bool biometric = biometricRequired;
    std::optional<std::int64_t> version;
    m_database.write([&](Poco::Data::Session& s) {
        std::vector<Poco::Int64> versions;
        Poco::Data::Statement update(s);
        update << std::string("UPDATE devices SET pin_required = $1, biometric_required = $2, "
                              "config_version = config_version + 1 WHERE id = $3") +
                      (expected > 0 ? " AND config_version = $4" : "") + " RETURNING config_version",
            use(pin), use(biometric), use(key), into(versions);
        if (expected > 0) {
            update, use(expected);
        }
        update.execute();
        if (versions.empty()) {
            return;
        }
        version = versions.front();
        alongside(s);
    });
    return version;
}

int DeviceRepository::configureMany(const std::vector<std::int64_t>& ids, bool pinRequired, bool biometricRequired,
                                    const std::function<void(Poco::Data::Session&, int count)>& alongside)
{
    bool pin = pinRequired;
    bool biometric = biometricRequired;
    int count = 0;
    m_database.write([&](Poco::Data::Session& s) {
        for (std::int64_t id : ids) {
            Poco::Int64 key = id;
            Poco::Data::Statement update(s);
            update << "UPDATE devices SET pin_required = $1, biometric_required = $2, "
                      "config_version = config_version + 1 WHERE id = $3",
                use(pin), use(biometric), use(key);
            count += update.execute() > 0 ? 1 : 0;
        }
        alongside(s, count);
    });
    return count;
}

std::optional<std::pair<RemoteConfiguration, bool>> DeviceRepository::deliver(std::int64_t id, std::int64_t nowSeconds,
                                                                              const Alongside& onNewDelivery)
{
    Poco::Int64 key = id;
    Poco::Int64 at = nowSeconds;
    std::optional<std::pair<RemoteConfiguration, bool>> result;
    m_database.write([&](Poco::Data::Session& s) {
        // Each statement is atomic: of two syncs racing for a new version, one reports it as delivered.
        Poco::Data::Statement fresh(s);
        fresh << "UPDATE devices SET delivered_config_version = config_version, last_sync_at = $1 "
                 "WHERE id = $2 AND delivered_config_version <> config_version "
                 "RETURNING pin_required, biometric_required, config_version",
            use(at), use(key);
        if (auto config = returnedConfig(fresh)) {
            result.emplace(*config, true);
            onNewDelivery(s);
            return;
        }
        Poco::Data::Statement again(s);
        again << "UPDATE devices SET last_sync_at = $1 WHERE id = $2 "
                 "RETURNING pin_required, biometric_required, config_version",
            use(at), use(key);
        if (auto config = returnedConfig(again)) {
            result.emplace(*config, false);
        }
    });
    return result;
}

std::optional<DeviceRecord>
DeviceRepository::remove(std::int64_t id,
                         const std::function<void(Poco::Data::Session&, const DeviceRecord&)>& alongside)
{
    std::optional<DeviceRecord> removed;
    m_database.write([&](Poco::Data::Session& s) {
        removed = find(s, id);
        if (!removed) {
            return;
        }
        Poco::Int64 key = id;
        s << "DELETE FROM devices WHERE id = $1", use(key), now;
        if (removed->factorId) {
            Poco::Int64 factor = *removed->factorId;
            s << "DELETE FROM factors WHERE id = $1", use(factor), now;
        }
        alongside(s, *removed);
    });
    return removed;
}

} // namespace castellan
