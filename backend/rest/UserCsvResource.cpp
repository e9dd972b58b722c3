#include "rest/UserCsvResource.h"

#include "auth/UserExport.h"
#include "auth/UserImporter.h"
#include "rest/CsvUpload.h"
#include "rest/JsonBody.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "store/AuditLog.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/String.h>

#include <set>

namespace castellan {
namespace {

constexpr std::size_t kMaxQueryLength = 200;

} // namespace

UserCsvResource::UserCsvResource(UserImporter& importer, UserExport& exporter, AuditLog& audit, const Clock& clock)
    : m_importer(importer), m_exporter(exporter), m_audit(audit), m_clock(clock)
{}

void UserCsvResource::addRoutes(Router& router)
{
    router.add({"POST",
                "/api/v1/users/import",
                {Scope::Admin},
                [this](const RestRequest& r) { return importUsers(r); },
                false,
                kImportBodyLimit,
                CsvUpload::mediaTypes()});
    router.add({"GET", "/api/v1/users/export", {Scope::Admin}, [this](const RestRequest& r) {
                    return exportUsers(r);
                }});
}

RestResponse UserCsvResource::importUsers(const RestRequest& request)
{
    CsvUpload upload;
    if (auto refused = upload.read(request)) {
        return *refused;
    }
    const auto report = m_importer.run(request.body, upload.options);
    if (!report) {
        return Problem::fromError(report.error());
    }
    return CsvUpload::answer(*report);
}

RestResponse UserCsvResource::exportUsers(const RestRequest& request)
{
    static const std::set<std::string> kStatuses = {"", "active", "disabled", "expired", "blocked"};
    UserQuery filter;
    filter.text = request.queryValue("q");
    filter.status = request.queryValue("status");
    std::vector<FieldError> errors;
    if (filter.text.size() > kMaxQueryLength) {
        errors.push_back({"q", "must be 200 characters or fewer"});
    }
    if (!kStatuses.count(filter.status)) {
        errors.push_back({"status", "must be active, disabled, expired or blocked"});
    }
    if (!errors.empty()) {
        return Problem::fromError(Error::invalid(errors));
    }
    UserExport::Document document = m_exporter.write(filter, m_clock.nowSeconds());
    m_audit.record({.channel = "rest",
                    .event = "user.export",
                    .actor = request.principal->actor(),
                    .result = "success",
                    .reason = std::to_string(document.users) + " users exported",
                    .sourceIp = request.sourceIp});
    RestResponse response;
    response.contentType = "text/csv; charset=utf-8";
    response.body = std::move(document.csv);
    response.headers.emplace_back("Content-Disposition", "attachment; filename=\"users.csv\"");
    return response;
}

} // namespace castellan
