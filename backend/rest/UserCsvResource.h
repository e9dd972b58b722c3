#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

#include <cstddef>

namespace castellan {

class AuditLog;
class Router;
class UserExport;
class UserImporter;

/// `/users/import` and `/users/export`: users in bulk as CSV (DESIGN §7). The work is done by UserImporter and
/// UserExport; this class reads the query, calls them and renders the answer.
///
/// `POST /users/import?dry_run=true|false&mode=all_or_nothing|skip_invalid` takes `text/csv` of up to
/// kImportBodyLimit bytes and answers `{dry_run, mode, total_rows, valid_rows, imported, skipped,
/// errors: [{line, field, message}]}`: 200 for a dry run and for an import that went ahead, 422 problem+json with
/// the same members when the problems kept every row out.
/// `GET /users/export?q=&status=` answers `text/csv; charset=utf-8` as an attachment `users.csv`.
class UserCsvResource
{
public:
    /// 64 MiB: a 100,000-user file with every column filled is about 20 MiB.
    static constexpr std::size_t kImportBodyLimit = 64 * 1024 * 1024;

    UserCsvResource(UserImporter& importer, UserExport& exporter, AuditLog& audit,
                    const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse importUsers(const RestRequest& request);
    RestResponse exportUsers(const RestRequest& request);

private:
    UserImporter& m_importer;
    UserExport& m_exporter;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
