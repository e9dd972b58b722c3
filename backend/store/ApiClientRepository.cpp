#include "store/ApiClientRepository.h"

#include "store/Database.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/String.h>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

constexpr const char* kColumns =
    "id, type, name, client_id, secret_hash, enabled, version, created_at, updated_at, last_used_at";

ApiClientRecord fromRow(Poco::Data::RecordSet& rs)
{
    ApiClientRecord c;
    c.id = rs[0].convert<Poco::Int64>();
    c.type = rs[1].convert<std::string>();
    c.name = rs[2].convert<std::string>();
    c.clientId = rs[3].convert<std::string>();
    c.secretDigest = rs[4].convert<std::string>();
    c.enabled = rs[5].convert<bool>();
    c.version = rs[6].convert<Poco::Int64>();
    c.createdAt = rs[7].convert<Poco::Int64>();
    c.updatedAt = rs[8].convert<Poco::Int64>();
    if (!rs[9].isEmpty()) {
        c.lastUsedAt = rs[9].convert<Poco::Int64>();
    }
    return c;
}

} // namespace

ApiClientRepository::ApiClientRepository(Database& database) : m_database(database) {}

const SortableColumns& ApiClientRepository::sortColumns()
{
    static const SortableColumns kSortable({{"name", "LOWER(name)"},
                                            {"type", "type"},
                                            {"client_id", "client_id"},
                                            {"enabled", "enabled"},
                                            {"created_at", "created_at"},
                                            {"last_used_at", "last_used_at", SortColumn::Nulls::Smallest}},
                                           {"name"}, "id");
    return kSortable;
}

std::int64_t ApiClientRepository::create(const ApiClientRecord& client)
{
    ApiClientRecord c = client;
    Poco::Int64 id = 0;
    m_database.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO api_clients (type, name, client_id, secret_hash, enabled, created_at, updated_at) "
             "VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
            use(c.type), use(c.name), use(c.clientId), use(c.secretDigest), use(c.enabled), use(c.createdAt), into(id),
            now;
    });
    return id;
}

std::optional<ApiClientRecord> ApiClientRepository::findById(std::int64_t id)
{
    std::optional<ApiClientRecord> found;
    Poco::Int64 key = id;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns + " FROM api_clients WHERE id = $1", use(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            found = fromRow(rs);
        }
    });
    return found;
}

std::optional<ApiClientRecord> ApiClientRepository::findByClientId(const std::string& clientId)
{
    std::optional<ApiClientRecord> found;
    std::string key = clientId;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns + " FROM api_clients WHERE client_id = $1", use(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            found = fromRow(rs);
        }
    });
    return found;
}

std::vector<ApiClientRecord> ApiClientRepository::list(const std::string& query, const SortOrder& sort, int offset,
                                                       int limitRows, std::int64_t& total)
{
    std::vector<ApiClientRecord> clients;
    std::string pattern = "%" + Poco::toLower(query) + "%";
    m_database.read([&](Poco::Data::Session& s) {
        const std::string where = " WHERE LOWER(name) LIKE $1 OR LOWER(client_id) LIKE $1";
        Poco::Int64 n = 0;
        s << "SELECT COUNT(*) FROM api_clients" + where, use(pattern), into(n), now;
        total = n;
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns + " FROM api_clients" + where + sortColumns().orderBy(sort) +
                      " LIMIT " + std::to_string(limitRows) + " OFFSET " + std::to_string(offset),
            use(pattern);
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            clients.push_back(fromRow(rs));
        }
    });
    return clients;
}

bool ApiClientRepository::update(std::int64_t id, const std::optional<std::string>& name,
                                 const std::optional<bool>& enabled, std::int64_t expectedVersion,
                                 std::int64_t nowSeconds)
{
    Poco::Int64 key = id;
    Poco::Int64 expected = expectedVersion;
    Poco::Int64 at = nowSeconds;
    std::string newName = name.value_or("");
    bool hasName = name.has_value();
    bool newEnabled = enabled.value_or(true);
    bool hasEnabled = enabled.has_value();
    bool updated = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement update(s);
        update << "UPDATE api_clients SET name = CASE WHEN $1 THEN $2 ELSE name END, "
                  "enabled = CASE WHEN $3 THEN $4 ELSE enabled END, version = version + 1, updated_at = $5 "
                  "WHERE id = $6 AND ($7 = 0 OR version = $7)",
            use(hasName), use(newName), use(hasEnabled), use(newEnabled), use(at), use(key), use(expected);
        updated = update.execute() > 0;
    });
    return updated;
}

bool ApiClientRepository::setSecret(std::int64_t id, const std::string& secretDigest, std::int64_t nowSeconds)
{
    Poco::Int64 key = id;
    Poco::Int64 at = nowSeconds;
    std::string digest = secretDigest;
    bool updated = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement update(s);
        update << "UPDATE api_clients SET secret_hash = $1, version = version + 1, updated_at = $2 WHERE id = $3",
            use(digest), use(at), use(key);
        updated = update.execute() > 0;
    });
    return updated;
}

void ApiClientRepository::touch(std::int64_t id, std::int64_t nowSeconds)
{
    Poco::Int64 key = id;
    Poco::Int64 at = nowSeconds;
    m_database.write([&](Poco::Data::Session& s) {
        s << "UPDATE api_clients SET last_used_at = $1 WHERE id = $2", use(at), use(key), now;
    });
}

bool ApiClientRepository::remove(std::int64_t id)
{
    Poco::Int64 key = id;
    bool removed = false;
    m_database.write([&](Poco::Data::Session& s) {
        s << "DELETE FROM tokens WHERE subject_type = 'api_client' AND subject_id = $1", use(key), now;
        Poco::Data::Statement del(s);
        del << "DELETE FROM api_clients WHERE id = $1", use(key);
        removed = del.execute() > 0;
    });
    return removed;
}

} // namespace castellan
