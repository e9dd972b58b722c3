#include "store/RadiusClientRepository.h"

#include "store/Database.h"
#include "store/NullableValue.h"
#include "store/SelectRows.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/String.h>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

constexpr const char* kSelect =
    "SELECT c.id, c.name, c.source, c.secret, c.require_message_authenticator, c.application_id, "
    "COALESCE(a.name, ''), c.enabled, c.version, c.created_at, c.updated_at "
    "FROM radius_clients c LEFT JOIN applications a ON a.id = c.application_id ";

RadiusClientRecord fromRow(Poco::Data::RecordSet& rs)
{
    RadiusClientRecord c;
    c.id = rs[0].convert<Poco::Int64>();
    c.name = rs[1].convert<std::string>();
    c.source = rs[2].convert<std::string>();
    c.sealedSecret = rs[3].convert<std::string>();
    c.requireMessageAuthenticator = rs[4].convert<bool>();
    if (!rs[5].isEmpty()) {
        c.applicationId = rs[5].convert<Poco::Int64>();
    }
    c.applicationName = rs[6].convert<std::string>();
    c.enabled = rs[7].convert<bool>();
    c.version = rs[8].convert<Poco::Int64>();
    c.createdAt = rs[9].convert<Poco::Int64>();
    c.updatedAt = rs[10].convert<Poco::Int64>();
    return c;
}

} // namespace

RadiusClientRepository::RadiusClientRepository(Database& database) : m_database(database) {}

std::string RadiusClientRepository::secretAad(std::int64_t id)
{
    return "radius_clients.secret:" + std::to_string(id);
}

std::int64_t RadiusClientRepository::create(const RadiusClientRecord& client,
                                            const std::function<std::string(std::int64_t id)>& seal)
{
    RadiusClientRecord c = client;
    std::string key = Poco::toLower(c.name);
    Poco::Nullable<Poco::Int64> application = nullableValue(c.applicationId);
    Poco::Int64 id = 0;
    m_database.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO radius_clients (name, name_key, source, require_message_authenticator, application_id, "
             "enabled, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
            use(c.name), use(key), use(c.source), use(c.requireMessageAuthenticator), use(application), use(c.enabled),
            use(c.createdAt), into(id), now;
        std::string sealed = seal(id);
        s << "UPDATE radius_clients SET secret = $1 WHERE id = $2", use(sealed), use(id), now;
    });
    return id;
}

std::vector<RadiusClientRecord> RadiusClientRepository::select(const std::string& where, const std::string& parameter,
                                                               const std::string& tail)
{
    return selectRows(m_database, std::string(kSelect) + where + tail, parameter, fromRow);
}

std::optional<RadiusClientRecord> RadiusClientRepository::findById(std::int64_t id)
{
    auto found = select("WHERE c.id = " + std::to_string(id), "");
    return found.empty() ? std::nullopt : std::optional(found.front());
}

std::optional<RadiusClientRecord> RadiusClientRepository::findByName(const std::string& name)
{
    auto found = select("WHERE c.name_key = $1", Poco::toLower(name));
    return found.empty() ? std::nullopt : std::optional(found.front());
}

std::optional<RadiusClientRecord> RadiusClientRepository::findBySource(const std::string& source)
{
    auto found = select("WHERE c.source = $1", source);
    return found.empty() ? std::nullopt : std::optional(found.front());
}

const SortableColumns& RadiusClientRepository::sortColumns()
{
    static const SortableColumns kSortable({{"name", "c.name_key"},
                                            {"source", "c.source"},
                                            {"require_message_authenticator", "c.require_message_authenticator"},
                                            {"application", "LOWER(COALESCE(a.name, ''))"},
                                            {"enabled", "c.enabled"},
                                            {"created_at", "c.created_at"}},
                                           {"name"}, "c.id");
    return kSortable;
}

std::vector<RadiusClientRecord> RadiusClientRepository::list(const std::string& query, const SortOrder& sort,
                                                             int offset, int limitRows, std::int64_t& total)
{
    const std::string pattern = "%" + Poco::toLower(query) + "%";
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Int64 n = 0;
        std::string p = pattern;
        s << "SELECT COUNT(*) FROM radius_clients WHERE name_key LIKE $1 OR source LIKE $1", use(p), into(n), now;
        total = n;
    });
    return select("WHERE c.name_key LIKE $1 OR c.source LIKE $1", pattern,
                  sortColumns().orderBy(sort) + " LIMIT " + std::to_string(limitRows) + " OFFSET " +
                      std::to_string(offset));
}

std::vector<RadiusClientRecord> RadiusClientRepository::enabledClients()
{
    return select("WHERE c.enabled = TRUE", "");
}

bool RadiusClientRepository::update(const RadiusClientRecord& client, std::int64_t expectedVersion,
                                    std::int64_t nowSeconds)
{
    RadiusClientRecord c = client;
    std::string key = Poco::toLower(c.name);
    Poco::Nullable<Poco::Int64> application = nullableValue(c.applicationId);
    Poco::Int64 expected = expectedVersion;
    Poco::Int64 at = nowSeconds;
    bool updated = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement update(s);
        update << "UPDATE radius_clients SET name = $1, name_key = $2, source = $3, secret = $4, "
                  "require_message_authenticator = $5, application_id = $6, enabled = $7, version = version + 1, "
                  "updated_at = $8 WHERE id = $9 AND ($10 = 0 OR version = $10)",
            use(c.name), use(key), use(c.source), use(c.sealedSecret), use(c.requireMessageAuthenticator),
            use(application), use(c.enabled), use(at), use(c.id), use(expected);
        updated = update.execute() > 0;
    });
    return updated;
}

bool RadiusClientRepository::remove(std::int64_t id)
{
    Poco::Int64 key = id;
    bool removed = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement del(s);
        del << "DELETE FROM radius_clients WHERE id = $1", use(key);
        removed = del.execute() > 0;
    });
    return removed;
}

} // namespace castellan
