#include "store/UserAliasRepository.h"

#include "store/Database.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/String.h>

using namespace Poco::Data::Keywords;

namespace castellan {

UserAliasRepository::UserAliasRepository(Database& database) : m_database(database) {}

std::vector<UserAlias> UserAliasRepository::ofUser(std::int64_t userId)
{
    std::vector<UserAlias> aliases;
    Poco::Int64 id = userId;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << "SELECT alias, alias_key, user_id, created_at FROM user_aliases WHERE user_id = $1 "
                  "ORDER BY alias_key",
            use(id);
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            aliases.push_back({rs[0].convert<std::string>(), rs[1].convert<std::string>(), rs[2].convert<Poco::Int64>(),
                               rs[3].convert<Poco::Int64>()});
        }
    });
    return aliases;
}

std::optional<std::int64_t> UserAliasRepository::userOf(const std::string& alias)
{
    std::vector<Poco::Int64> found;
    std::string key = Poco::toLower(alias);
    m_database.read([&](Poco::Data::Session& s) {
        s << "SELECT user_id FROM user_aliases WHERE alias_key = $1", use(key), into(found), now;
    });
    return found.empty() ? std::nullopt : std::optional<std::int64_t>(found.front());
}

UserAliasRepository::Added UserAliasRepository::add(std::int64_t userId, const std::string& alias,
                                                    std::int64_t nowSeconds,
                                                    const std::function<void(Poco::Data::Session&)>& alongside)
{
    Added added = Added::Taken;
    m_database.write([&](Poco::Data::Session& s) {
        std::string name = alias;
        std::string key = Poco::toLower(alias);
        Poco::Int64 taken = 0;
        s << "SELECT (SELECT COUNT(*) FROM users WHERE username_key = $1) + "
             "(SELECT COUNT(*) FROM user_aliases WHERE alias_key = $1)",
            use(key), into(taken), now;
        if (taken > 0) {
            added = Added::Taken;
            return;
        }
        Poco::Int64 id = userId;
        Poco::Int64 at = nowSeconds;
        s << "INSERT INTO user_aliases (alias_key, alias, user_id, created_at) VALUES ($1, $2, $3, $4)", use(key),
            use(name), use(id), use(at), now;
        alongside(s);
        added = Added::Added;
    });
    return added;
}

std::map<std::int64_t, std::vector<std::string>> UserAliasRepository::namesByUser()
{
    std::map<std::int64_t, std::vector<std::string>> names;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << "SELECT user_id, alias FROM user_aliases ORDER BY user_id, alias_key";
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            names[rs[0].convert<Poco::Int64>()].push_back(rs[1].convert<std::string>());
        }
    });
    return names;
}

void UserAliasRepository::insertForUsernames(Poco::Data::Session& s,
                                             const std::vector<std::pair<std::string, std::string>>& aliases,
                                             std::int64_t nowSeconds)
{
    Poco::Int64 at = nowSeconds;
    for (const auto& [usernameKey, alias] : aliases) {
        std::string userKey = usernameKey;
        std::string name = alias;
        std::string key = Poco::toLower(alias);
        s << "INSERT INTO user_aliases (alias_key, alias, user_id, created_at) "
             "SELECT $1, $2, id, $3 FROM users WHERE username_key = $4",
            use(key), use(name), use(at), use(userKey), now;
    }
}

bool UserAliasRepository::remove(std::int64_t userId, const std::string& alias,
                                 const std::function<void(Poco::Data::Session&)>& alongside)
{
    bool removed = false;
    m_database.write([&](Poco::Data::Session& s) {
        std::string key = Poco::toLower(alias);
        Poco::Int64 id = userId;
        Poco::Data::Statement del(s);
        del << "DELETE FROM user_aliases WHERE alias_key = $1 AND user_id = $2", use(key), use(id);
        removed = del.execute() > 0;
        if (removed) {
            alongside(s);
        }
    });
    return removed;
}

} // namespace castellan
