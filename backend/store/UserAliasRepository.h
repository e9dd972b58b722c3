#pragma once

#include <Poco/Data/Session.h>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace castellan {

class Database;

/// Another login name of a local user (issue 21).
struct UserAlias
{
    std::string alias;
    std::string aliasKey; ///< lower case: unique among usernames and aliases
    std::int64_t userId = 0;
    std::int64_t createdAt = 0;
};

/// Persistence of `user_aliases`.
class UserAliasRepository
{
public:
    explicit UserAliasRepository(Database& database);

    /// The user's aliases, alphabetically.
    std::vector<UserAlias> ofUser(std::int64_t userId);
    /// The user an alias (any case) names.
    std::optional<std::int64_t> userOf(const std::string& alias);

    enum class Added
    {
        Added,
        Taken, ///< a username or an alias already has this name (any case)
    };
    /// Adds `alias` to the user unless the name is taken, running `alongside` (its audit record) in the same
    /// transaction.
    Added add(std::int64_t userId, const std::string& alias, std::int64_t now,
              const std::function<void(Poco::Data::Session&)>& alongside);
    /// Every alias, by user id (each user's alphabetically): what a CSV export writes.
    std::map<std::int64_t, std::vector<std::string>> namesByUser();
    /// Adds aliases to users stored in the caller's transaction `s` (a CSV import), each pair a username key and an
    /// alias. The names must have been checked free: a taken one fails the unique key and with it the transaction.
    void insertForUsernames(Poco::Data::Session& s, const std::vector<std::pair<std::string, std::string>>& aliases,
                            std::int64_t now);
    /// Removes the user's alias (any case), running `alongside` in the same transaction; false when it had none.
    bool remove(std::int64_t userId, const std::string& alias,
                const std::function<void(Poco::Data::Session&)>& alongside);

private:
    Database& m_database;
};

} // namespace castellan
