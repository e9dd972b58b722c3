#include "auth/UserExport.h"

#include "auth/UserCsvColumns.h"
#include "core/Rfc3339.h"
#include "csv/CsvWriter.h"

namespace castellan {

UserExport::UserExport(UserRepository& users) : m_users(users) {}

UserExport::Document UserExport::write(const UserQuery& filter, std::int64_t now)
{
    Document document;
    CsvWriter writer;
    const auto columns = UserCsvColumns::exported();
    writer.writeRecord(std::span<const std::string_view>(columns.data(), columns.size()));
    m_users.forEach(filter, now, [&](const UserRecord& user) {
        writer.writeRecord(row(user));
        ++document.users;
    });
    document.csv = writer.takeText();
    return document;
}

std::vector<std::string> UserExport::row(const UserRecord& u)
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
            u.enabled ? "true" : "false"};
}

} // namespace castellan
