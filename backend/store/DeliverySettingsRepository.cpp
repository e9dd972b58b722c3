#include "store/DeliverySettingsRepository.h"

#include "store/Database.h"

#include <Poco/Data/RecordSet.h>

using namespace Poco::Data::Keywords;

namespace castellan {

std::optional<DeliverySettingsRecord> DeliverySettingsRepository::find(const std::string& channel)
{
    std::optional<DeliverySettingsRecord> found;
    std::string key = channel;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << "SELECT properties, sealed_secrets, version, updated_at, updated_by FROM delivery_settings "
                  "WHERE channel = $1",
            use(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            DeliverySettingsRecord r;
            r.channel = channel;
            r.properties = rs[0].convert<std::string>();
            r.sealedSecrets = rs[1].convert<std::string>();
            r.version = rs[2].convert<Poco::Int64>();
            r.updatedAt = rs[3].convert<Poco::Int64>();
            r.updatedBy = rs[4].convert<std::string>();
            found = r;
        }
    });
    return found;
}

bool DeliverySettingsRepository::save(const DeliverySettingsRecord& record, std::int64_t expectedVersion)
{
    DeliverySettingsRecord r = record;
    Poco::Int64 expected = expectedVersion;
    bool saved = false;
    m_database.write([&](Poco::Data::Session& s) {
        if (expected == 0) {
            s << "INSERT INTO delivery_settings (channel, properties, sealed_secrets, version, updated_at, updated_by) "
                 "VALUES ($1, $2, $3, 1, $4, $5) ON CONFLICT (channel) DO UPDATE SET properties = excluded.properties, "
                 "sealed_secrets = excluded.sealed_secrets, updated_at = excluded.updated_at, "
                 "updated_by = excluded.updated_by, version = delivery_settings.version + 1",
                use(r.channel), use(r.properties), use(r.sealedSecrets), use(r.updatedAt), use(r.updatedBy), now;
            saved = true;
            return;
        }
        Poco::Data::Statement update(s);
        update << "UPDATE delivery_settings SET properties = $1, sealed_secrets = $2, updated_at = $3, "
                  "updated_by = $4, version = version + 1 WHERE channel = $5 AND version = $6",
            use(r.properties), use(r.sealedSecrets), use(r.updatedAt), use(r.updatedBy), use(r.channel), use(expected);
        saved = update.execute() > 0;
    });
    return saved;
}

std::int64_t DeliverySettingsRepository::generation()
{
    Poco::Int64 sum = 0;
    m_database.read([&](Poco::Data::Session& s) {
        s << "SELECT CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM delivery_settings", into(sum), now;
    });
    return sum;
}

} // namespace castellan
