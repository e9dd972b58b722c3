#include "store/DirectoryRepository.h"

#include "store/Database.h"
#include "store/SelectRows.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/String.h>

#include <sstream>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

constexpr const char* kSelect =
    "SELECT id, name, kind, urls, start_tls, ca_pem, bind_dn, bind_password, base_dn, user_filter, login_attributes, "
    "attributes, unique_id_attribute, group_dns, nested_groups, priority, timeout_seconds, enabled, version, "
    "created_at, updated_at FROM directories ";

std::string stringify(const Poco::Dynamic::Var& value)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(value, out);
    return out.str();
}

std::string listText(const std::vector<std::string>& values)
{
    Poco::JSON::Array array;
    for (const std::string& v : values) {
        array.add(v);
    }
    return stringify(array);
}

std::string mapText(const std::map<std::string, std::vector<std::string>>& values)
{
    Poco::JSON::Object object;
    for (const auto& [field, attributes] : values) {
        Poco::JSON::Array array;
        for (const std::string& a : attributes) {
            array.add(a);
        }
        object.set(field, array);
    }
    return stringify(object);
}

std::vector<std::string> listFrom(const Poco::JSON::Array::Ptr& array)
{
    std::vector<std::string> values;
    for (unsigned i = 0; array && i < array->size(); ++i) {
        values.push_back(array->getElement<std::string>(i));
    }
    return values;
}

std::vector<std::string> parseList(const std::string& text)
{
    return listFrom(Poco::JSON::Parser().parse(text).extract<Poco::JSON::Array::Ptr>());
}

std::map<std::string, std::vector<std::string>> parseMap(const std::string& text)
{
    std::map<std::string, std::vector<std::string>> values;
    auto object = Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
    for (const auto& [field, value] : *object) {
        values[field] = listFrom(object->getArray(field));
    }
    return values;
}

DirectoryRecord fromRow(Poco::Data::RecordSet& rs)
{
    DirectoryRecord d;
    d.id = rs[0].convert<Poco::Int64>();
    d.name = rs[1].convert<std::string>();
    d.kind = rs[2].convert<std::string>();
    d.urls = parseList(rs[3].convert<std::string>());
    d.startTls = rs[4].convert<bool>();
    d.caPem = rs[5].convert<std::string>();
    d.bindDn = rs[6].convert<std::string>();
    d.sealedBindPassword = rs[7].convert<std::string>();
    d.baseDn = rs[8].convert<std::string>();
    d.userFilter = rs[9].convert<std::string>();
    d.loginAttributes = parseList(rs[10].convert<std::string>());
    d.attributes = parseMap(rs[11].convert<std::string>());
    d.uniqueIdAttribute = rs[12].convert<std::string>();
    d.groups = parseList(rs[13].convert<std::string>());
    d.nestedGroups = rs[14].convert<bool>();
    d.priority = rs[15].convert<int>();
    d.timeoutSeconds = rs[16].convert<int>();
    d.enabled = rs[17].convert<bool>();
    d.version = rs[18].convert<Poco::Int64>();
    d.createdAt = rs[19].convert<Poco::Int64>();
    d.updatedAt = rs[20].convert<Poco::Int64>();
    return d;
}

/// The columns as Poco::Data binds them, in the order of the INSERT and the UPDATE below.
struct Columns
{
    explicit Columns(const DirectoryRecord& d)
        : name(d.name), nameKey(Poco::toLower(d.name)), kind(d.kind), urls(listText(d.urls)), startTls(d.startTls),
          caPem(d.caPem), bindDn(d.bindDn), bindPassword(d.sealedBindPassword), baseDn(d.baseDn),
          userFilter(d.userFilter), loginAttributes(listText(d.loginAttributes)), attributes(mapText(d.attributes)),
          uniqueId(d.uniqueIdAttribute), groups(listText(d.groups)), nestedGroups(d.nestedGroups), priority(d.priority),
          timeoutSeconds(d.timeoutSeconds), enabled(d.enabled)
    {}
    std::string name, nameKey, kind, urls;
    bool startTls;
    std::string caPem, bindDn, bindPassword, baseDn, userFilter, loginAttributes, attributes, uniqueId, groups;
    bool nestedGroups;
    int priority, timeoutSeconds;
    bool enabled;
};

} // namespace

DirectoryRepository::DirectoryRepository(Database& database) : m_database(database) {}

std::string DirectoryRepository::bindPasswordAad(std::int64_t id)
{
    return "directories.bind_password:" + std::to_string(id);
}

std::int64_t DirectoryRepository::create(const DirectoryRecord& directory,
                                         const std::function<std::string(std::int64_t id)>& seal)
{
    Columns c(directory);
    Poco::Int64 at = directory.createdAt;
    Poco::Int64 id = 0;
    m_database.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO directories (name, name_key, kind, urls, start_tls, ca_pem, bind_dn, base_dn, user_filter, "
             "login_attributes, attributes, unique_id_attribute, group_dns, nested_groups, priority, timeout_seconds, "
             "enabled, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, "
             "$15, $16, $17, $18, $18) RETURNING id",
            use(c.name), use(c.nameKey), use(c.kind), use(c.urls), use(c.startTls), use(c.caPem), use(c.bindDn),
            use(c.baseDn), use(c.userFilter), use(c.loginAttributes), use(c.attributes), use(c.uniqueId), use(c.groups),
            use(c.nestedGroups), use(c.priority), use(c.timeoutSeconds), use(c.enabled), use(at), into(id), now;
        std::string sealed = seal(id);
        s << "UPDATE directories SET bind_password = $1 WHERE id = $2", use(sealed), use(id), now;
    });
    return id;
}

std::vector<DirectoryRecord> DirectoryRepository::select(const std::string& where, const std::string& parameter,
                                                         const std::string& tail)
{
    return selectRows(m_database, std::string(kSelect) + where + tail, parameter, fromRow);
}

std::optional<DirectoryRecord> DirectoryRepository::findById(std::int64_t id)
{
    auto found = select("WHERE id = " + std::to_string(id), "");
    return found.empty() ? std::nullopt : std::optional(found.front());
}

std::optional<DirectoryRecord> DirectoryRepository::findByName(const std::string& name)
{
    auto found = select("WHERE name_key = $1", Poco::toLower(name));
    return found.empty() ? std::nullopt : std::optional(found.front());
}

std::vector<DirectoryRecord> DirectoryRepository::enabledByPriority()
{
    return select("WHERE enabled = TRUE", "", " ORDER BY priority, id");
}

const SortableColumns& DirectoryRepository::sortColumns()
{
    static const SortableColumns kSortable({{"name", "name_key"},
                                            {"kind", "kind"},
                                            {"priority", "priority"},
                                            {"enabled", "enabled"},
                                            {"created_at", "created_at"}},
                                           {"priority"}, "id");
    return kSortable;
}

std::vector<DirectoryRecord> DirectoryRepository::list(const std::string& query, const SortOrder& sort, int offset,
                                                       int limitRows, std::int64_t& total)
{
    const std::string pattern = "%" + Poco::toLower(query) + "%";
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Int64 n = 0;
        std::string p = pattern;
        s << "SELECT COUNT(*) FROM directories WHERE name_key LIKE $1 OR LOWER(base_dn) LIKE $1", use(p), into(n), now;
        total = n;
    });
    return select("WHERE name_key LIKE $1 OR LOWER(base_dn) LIKE $1", pattern,
                  sortColumns().orderBy(sort) + " LIMIT " + std::to_string(limitRows) + " OFFSET " +
                      std::to_string(offset));
}

bool DirectoryRepository::update(const DirectoryRecord& directory, std::int64_t expectedVersion,
                                 std::int64_t nowSeconds)
{
    Columns c(directory);
    Poco::Int64 id = directory.id;
    Poco::Int64 expected = expectedVersion;
    Poco::Int64 at = nowSeconds;
    bool updated = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement update(s);
        update << "UPDATE directories SET name = $1, name_key = $2, kind = $3, urls = $4, start_tls = $5, ca_pem = $6, "
                  "bind_dn = $7, bind_password = $8, base_dn = $9, user_filter = $10, login_attributes = $11, "
                  "attributes = $12, unique_id_attribute = $13, group_dns = $14, nested_groups = $15, priority = $16, "
                  "timeout_seconds = $17, enabled = $18, version = version + 1, updated_at = $19 "
                  "WHERE id = $20 AND ($21 = 0 OR version = $21)",
            use(c.name), use(c.nameKey), use(c.kind), use(c.urls), use(c.startTls), use(c.caPem), use(c.bindDn),
            use(c.bindPassword), use(c.baseDn), use(c.userFilter), use(c.loginAttributes), use(c.attributes),
            use(c.uniqueId), use(c.groups), use(c.nestedGroups), use(c.priority), use(c.timeoutSeconds), use(c.enabled),
            use(at), use(id), use(expected);
        updated = update.execute() > 0;
    });
    return updated;
}

bool DirectoryRepository::remove(std::int64_t id)
{
    Poco::Int64 key = id;
    bool removed = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement del(s);
        del << "DELETE FROM directories WHERE id = $1", use(key);
        removed = del.execute() > 0;
    });
    return removed;
}

} // namespace castellan
