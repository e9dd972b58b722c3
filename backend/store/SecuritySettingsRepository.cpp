#include "store/SecuritySettingsRepository.h"

#include "store/Database.h"

using namespace Poco::Data::Keywords;

namespace castellan {

SecuritySettingsRepository::SecuritySettingsRepository(Database& database) : m_database(database) {}

SecuritySettings SecuritySettingsRepository::load()
{
    SecuritySettings s;
    Poco::Int64 version = 0;
    m_database.read([&](Poco::Data::Session& session) {
        session << "SELECT failed_attempt_limit, window_seconds, block_seconds, permanent_block, source_failure_limit, "
                   "source_window_seconds, password_min_length, version FROM security_settings WHERE id = 1",
            into(s.failedAttemptLimit), into(s.windowSeconds), into(s.blockSeconds), into(s.permanentBlock),
            into(s.sourceFailureLimit), into(s.sourceWindowSeconds), into(s.passwordMinLength), into(version), now;
    });
    s.version = version;
    return s;
}

std::optional<std::int64_t> SecuritySettingsRepository::save(const SecuritySettings& settings,
                                                             std::int64_t expectedVersion, std::int64_t nowSeconds)
{
    SecuritySettings s = settings;
    Poco::Int64 expected = expectedVersion;
    Poco::Int64 at = nowSeconds;
    std::optional<std::int64_t> saved;
    m_database.write([&](Poco::Data::Session& session) {
        Poco::Int64 version = 0;
        Poco::Data::Statement update(session);
        update << "UPDATE security_settings SET failed_attempt_limit = $1, window_seconds = $2, block_seconds = $3, "
                  "permanent_block = $4, source_failure_limit = $5, source_window_seconds = $6, "
                  "password_min_length = $7, version = version + 1, updated_at = $8 WHERE id = 1 AND version = $9 "
                  "RETURNING version",
            use(s.failedAttemptLimit), use(s.windowSeconds), use(s.blockSeconds), use(s.permanentBlock),
            use(s.sourceFailureLimit), use(s.sourceWindowSeconds), use(s.passwordMinLength), use(at), use(expected),
            into(version);
        if (update.execute() > 0) {
            saved = version;
        }
    });
    return saved;
}

} // namespace castellan
