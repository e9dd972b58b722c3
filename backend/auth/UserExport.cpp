#include "auth/UserExport.h"

#include "auth/UserCsvColumns.h"
#include "core/Rfc3339.h"
#include "csv/CsvWriter.h"

namespace castellan {

UserExport::UserExport(UserRepository& users, UserAliasRepository& aliases) : m_users(users), m_aliases(aliases) {}

UserExport::Document UserExport::write(const UserQuery& filter, std::int64_t now)
{
    Document document;
    CsvWriter writer;
    const auto columns = UserCsvColumns::exported();
    writer.writeRecord(std::span<const std::string_view>(columns.data(), columns.size()));
    const auto aliases = m_aliases.namesByUser();
    const std::vector<std::string> none;
    m_users.forEach(filter, now, [&](const UserRecord& user) {
        const auto found = aliases.find(user.id);
        writer.writeRecord(row(user, found == aliases.end() ? none : found->second));
        ++document.users;
    });
    document.csv = writer.takeText();
    return document;
}

std::vector<std::string> UserExport::row(const UserRecord& u, const std::vector<std::string>& aliases)
{
    return {u.username,
            UserCsvColumns::protectFormula(u.firstName),
            UserCsvColumns::protectFormula(u.lastName),
            u.email,
            u.phone,
            u.expiresAt ? Rfc3339::format(*u.expiresAt) : std::string(),
            u.framedIp,
            UserCsvColumns::protectFormula(u.sponsorName),
            u.sponsorEmail,
            UserCsvColumns::protectFormula(u.description),
            u.enabled ? "true" : "false",
            UserCsvColumns::joinAliases(aliases)};
}

} // namespace castellan
