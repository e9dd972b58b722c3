#pragma once

#include "core/Clock.h"
#include "store/UserAliasRepository.h"
#include "store/UserRepository.h"

#include <cstddef>
#include <string>
#include <vector>

namespace castellan {

/// Writes users as CSV (DESIGN §7, `GET /users/export`): RFC 4180 via CsvWriter, UTF-8 without a byte order mark,
/// a header row of the API field names in UserCsvColumns::exported() order, then one row per user in username
/// order. expires_at is RFC 3339 (empty: never), enabled is true or false, aliases are separated by spaces
/// (UserCsvColumns::joinAliases); no password or hash is ever written.
/// Free-text cells that start with = + - or @ get an apostrophe in front (UserCsvColumns::protectFormula), which
/// UserImport removes again, so an export imported into an empty server recreates the same users.
class UserExport
{
public:
    /// The CSV text and how many users it holds.
    struct Document
    {
        std::string csv;
        std::size_t users = 0;
    };

    UserExport(UserRepository& users, UserAliasRepository& aliases);

    /// Every user matching the text and status of `filter` (its paging is ignored), as of `now`.
    Document write(const UserQuery& filter, std::int64_t now);

    /// The cells of one user's row.
    static std::vector<std::string> row(const UserRecord& user, const std::vector<std::string>& aliases = {});

private:
    UserRepository& m_users;
    UserAliasRepository& m_aliases;
};

} // namespace castellan
