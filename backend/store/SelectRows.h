#pragma once

#include "store/Database.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>

#include <string>
#include <vector>

namespace castellan {

/// Reads the rows of `sql` — with `$1` bound to `parameter` when the statement names it — each made a record by
/// `fromRow(Poco::Data::RecordSet&)`. The shared read of repositories whose lookups differ only in their WHERE clause.
template <typename FromRow>
auto selectRows(Database& database, const std::string& sql, const std::string& parameter, FromRow fromRow)
{
    std::vector<decltype(fromRow(std::declval<Poco::Data::RecordSet&>()))> found;
    std::string value = parameter;
    database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << sql;
        if (sql.find("$1") != std::string::npos) {
            select.addBind(Poco::Data::Keywords::use(value));
        }
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            found.push_back(fromRow(rs));
        }
    });
    return found;
}

} // namespace castellan
