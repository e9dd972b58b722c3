#include "store/ApplicationRepository.h"

#include "store/Database.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/String.h>

#include <sstream>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

constexpr const char* kColumns = "id, name, type, allowed_factors, password_required, second_factor_required, "
                                 "enabled, version, created_at, updated_at";

ApplicationRecord fromRow(Poco::Data::RecordSet& rs)
{
    ApplicationRecord a;
    a.id = rs[0].convert<Poco::Int64>();
    a.name = rs[1].convert<std::string>();
    a.type = rs[2].convert<std::string>();
    a.allowedFactors = ApplicationRepository::splitFactors(rs[3].convert<std::string>());
    a.passwordRequired = rs[4].convert<bool>();
    a.secondFactorRequired = rs[5].convert<bool>();
    a.enabled = rs[6].convert<bool>();
    a.version = rs[7].convert<Poco::Int64>();
    a.createdAt = rs[8].convert<Poco::Int64>();
    a.updatedAt = rs[9].convert<Poco::Int64>();
    return a;
}

} // namespace

ApplicationRepository::ApplicationRepository(Database& database) : m_database(database) {}

std::string ApplicationRepository::joinFactors(const std::set<std::string>& factors)
{
    std::string text;
    for (const std::string& f : factors) {
        text += (text.empty() ? "" : ",") + f;
    }
    return text;
}

std::set<std::string> ApplicationRepository::splitFactors(const std::string& text)
{
    std::set<std::string> factors;
    std::istringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        if (!item.empty()) {
            factors.insert(item);
        }
    }
    return factors;
}

std::int64_t ApplicationRepository::create(const ApplicationRecord& application)
{
    ApplicationRecord a = application;
    std::string key = Poco::toLower(a.name);
    std::string factors = joinFactors(a.allowedFactors);
    Poco::Int64 id = 0;
    m_database.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO applications (name, name_key, type, allowed_factors, password_required, "
             "second_factor_required, enabled, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) "
             "RETURNING id",
            use(a.name), use(key), use(a.type), use(factors), use(a.passwordRequired), use(a.secondFactorRequired),
            use(a.enabled), use(a.createdAt), into(id), now;
    });
    return id;
}

std::optional<ApplicationRecord> ApplicationRepository::findById(std::int64_t id)
{
    std::optional<ApplicationRecord> found;
    Poco::Int64 key = id;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns + " FROM applications WHERE id = $1", use(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            found = fromRow(rs);
        }
    });
    return found;
}

std::optional<ApplicationRecord> ApplicationRepository::findByName(const std::string& name)
{
    std::optional<ApplicationRecord> found;
    std::string key = Poco::toLower(name);
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns + " FROM applications WHERE name_key = $1", use(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            found = fromRow(rs);
        }
    });
    return found;
}

std::vector<ApplicationRecord> ApplicationRepository::enabledOfType(const std::string& type)
{
    std::vector<ApplicationRecord> apps;
    std::string t = type;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns +
                      " FROM applications WHERE type = $1 AND enabled = TRUE ORDER BY name_key",
            use(t);
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            apps.push_back(fromRow(rs));
        }
    });
    return apps;
}

const SortableColumns& ApplicationRepository::sortColumns()
{
    static const SortableColumns kSortable({{"name", "name_key"},
                                            {"type", "type"},
                                            {"password_required", "password_required"},
                                            {"second_factor_required", "second_factor_required"},
                                            {"enabled", "enabled"},
                                            {"created_at", "created_at"},
                                            {"updated_at", "updated_at"}},
                                           {"name"}, "id");
    return kSortable;
}

std::vector<ApplicationRecord> ApplicationRepository::list(const std::string& query, const SortOrder& sort, int offset,
                                                           int limitRows, std::int64_t& total)
{
    std::vector<ApplicationRecord> apps;
    std::string pattern = "%" + Poco::toLower(query) + "%";
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Int64 n = 0;
        s << "SELECT COUNT(*) FROM applications WHERE name_key LIKE $1", use(pattern), into(n), now;
        total = n;
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns + " FROM applications WHERE name_key LIKE $1" +
                      sortColumns().orderBy(sort) + " LIMIT " + std::to_string(limitRows) + " OFFSET " +
                      std::to_string(offset),
            use(pattern);
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            apps.push_back(fromRow(rs));
        }
    });
    return apps;
}

bool ApplicationRepository::update(const ApplicationRecord& application, std::int64_t expectedVersion,
                                   std::int64_t nowSeconds)
{
    ApplicationRecord a = application;
    std::string key = Poco::toLower(a.name);
    std::string factors = joinFactors(a.allowedFactors);
    Poco::Int64 expected = expectedVersion;
    Poco::Int64 at = nowSeconds;
    bool updated = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement update(s);
        update << "UPDATE applications SET name = $1, name_key = $2, allowed_factors = $3, password_required = $4, "
                  "second_factor_required = $5, enabled = $6, version = version + 1, updated_at = $7 "
                  "WHERE id = $8 AND ($9 = 0 OR version = $9)",
            use(a.name), use(key), use(factors), use(a.passwordRequired), use(a.secondFactorRequired), use(a.enabled),
            use(at), use(a.id), use(expected);
        updated = update.execute() > 0;
    });
    return updated;
}

bool ApplicationRepository::remove(std::int64_t id)
{
    Poco::Int64 key = id;
    bool removed = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement del(s);
        del << "DELETE FROM applications WHERE id = $1 "
               "AND NOT EXISTS (SELECT 1 FROM radius_clients WHERE application_id = $1) "
               "AND NOT EXISTS (SELECT 1 FROM service_providers WHERE application_id = $1)",
            use(key);
        removed = del.execute() > 0;
    });
    return removed;
}

std::vector<ApplicationUse> ApplicationRepository::uses(std::optional<std::int64_t> id)
{
    const std::string only = id ? " AND application_id = " + std::to_string(*id) : "";
    std::vector<ApplicationUse> found;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << "SELECT 0, application_id, id, name FROM radius_clients WHERE application_id IS NOT NULL" + only +
                      " UNION ALL SELECT 1, application_id, id, name FROM service_providers "
                      "WHERE application_id IS NOT NULL" +
                      only + " ORDER BY 4, 3";
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            found.push_back(
                {rs[0].convert<int>() == 0 ? ApplicationUse::Kind::RadiusClient : ApplicationUse::Kind::ServiceProvider,
                 rs[1].convert<Poco::Int64>(), rs[2].convert<Poco::Int64>(), rs[3].convert<std::string>()});
        }
    });
    return found;
}

} // namespace castellan
