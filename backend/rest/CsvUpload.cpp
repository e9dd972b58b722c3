#include "rest/CsvUpload.h"

#include "rest/JsonBody.h"
#include "rest/Problem.h"
#include "rest/Router.h"

#include <Poco/JSON/Array.h>
#include <Poco/String.h>

#include <algorithm>

namespace castellan {
namespace {

bool isCsvMediaType(const std::string& contentType)
{
    const std::vector<std::string>& types = CsvUpload::mediaTypes();
    return contentType.empty() || std::find(types.begin(), types.end(), mediaTypeOf(contentType)) != types.end();
}

/// The charset parameter of a Content-Type, lower case; empty when absent.
std::string charsetOf(const std::string& contentType)
{
    const std::string lower = Poco::toLower(contentType);
    const std::size_t at = lower.find("charset=");
    if (at == std::string::npos) {
        return {};
    }
    std::string charset = lower.substr(at + 8, lower.find(';', at) - (at + 8));
    Poco::trimInPlace(charset);
    if (charset.size() >= 2 && charset.front() == '"' && charset.back() == '"') {
        charset = charset.substr(1, charset.size() - 2);
    }
    return charset;
}

} // namespace

const std::vector<std::string>& CsvUpload::mediaTypes()
{
    // Browsers label .csv files text/csv, application/vnd.ms-excel (Windows with Office) or text/plain.
    static const std::vector<std::string> kTypes = {"text/csv", "application/csv", "text/plain",
                                                    "application/vnd.ms-excel"};
    return kTypes;
}

std::optional<RestResponse> CsvUpload::read(const RestRequest& request)
{
    const std::string contentType = request.header("content-type");
    const std::string charset = charsetOf(contentType);
    if (!isCsvMediaType(contentType) || !(charset.empty() || charset == "utf-8" || charset == "utf8")) {
        return Problem::make(415, ErrorCode::InvalidInput, "Unsupported media type",
                             "Send the file as text/csv in UTF-8");
    }
    std::vector<FieldError> errors;
    const std::string dryRun = request.queryValue("dry_run", "false");
    if (dryRun != "true" && dryRun != "false") {
        errors.push_back({"dry_run", "must be true or false"});
    }
    const auto mode = UserImporter::modeFromName(request.queryValue("mode", "all_or_nothing"));
    if (!mode) {
        errors.push_back({"mode", "must be all_or_nothing or skip_invalid"});
    }
    if (!errors.empty()) {
        return Problem::fromError(Error::invalid(errors));
    }
    options.dryRun = dryRun == "true";
    options.mode = *mode;
    options.actor = request.principal->actor();
    options.sourceIp = request.sourceIp;
    return std::nullopt;
}

Poco::JSON::Object CsvUpload::reportJson(const ImportReport& report)
{
    Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("dry_run", report.dryRun);
    o.set("mode", std::string(UserImporter::modeName(report.mode)));
    o.set("total_rows", report.totalRows);
    o.set("valid_rows", report.validRows);
    o.set("imported", report.imported);
    o.set("skipped", report.skipped);
    Poco::JSON::Array errors;
    for (const ImportIssue& issue : report.issues) {
        Poco::JSON::Object e(Poco::JSON_PRESERVE_KEY_ORDER);
        e.set("line", issue.line);
        e.set("field", issue.field.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(issue.field));
        e.set("message", issue.message);
        errors.add(e);
    }
    o.set("errors", errors);
    return o;
}

RestResponse CsvUpload::answer(const ImportReport& report)
{
    if (report.refused && !report.dryRun) {
        const std::size_t problems = report.issues.size();
        return Problem::withMembers(ErrorCode::InvalidInput,
                                    "The file has " + std::to_string(problems) +
                                        (problems == 1 ? " problem" : " problems") +
                                        " (see errors); nothing was imported",
                                    reportJson(report));
    }
    return jsonResponse(reportJson(report));
}

} // namespace castellan
