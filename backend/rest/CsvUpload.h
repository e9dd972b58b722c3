#pragma once

#include "auth/UserImporter.h"
#include "rest/RestMessage.h"

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

namespace castellan {

/// What every CSV import route shares: the upload's media type and query, and the report it answers.
struct CsvUpload
{
    ImportOptions options;

    /// The media types a CSV upload may be labelled with (its routes' Route::consumes).
    static const std::vector<std::string>& mediaTypes();

    /// Checks that the body is CSV in UTF-8 (415 otherwise) and reads `dry_run` and `mode` (422 with the field);
    /// on success fills `options` (actor and source from the request) and returns nothing.
    std::optional<RestResponse> read(const RestRequest& request);

    /// `{dry_run, mode, total_rows, valid_rows, imported, skipped, errors: [{line, field, message}]}`.
    static Poco::JSON::Object reportJson(const ImportReport& report);
    /// 200 with the report, or 422 problem+json with the same members when the problems kept every row out.
    static RestResponse answer(const ImportReport& report);
};

} // namespace castellan
