#pragma once

#include "core/Result.h"
#include "rest/RestMessage.h"

#include <Poco/JSON/Object.h>

#include <vector>

namespace castellan {

/// RFC 9457 problem details. The mapping from ErrorCode to HTTP status and problem type lives here only.
class Problem
{
public:
    /// HTTP status for an error code.
    static int statusFor(ErrorCode code);
    /// An `application/problem+json` response for an expected error (client-safe text only).
    static RestResponse fromError(const Error& error);
    /// A problem response with an explicit status (routing errors such as 404, 405 and 415), with `fields` as
    /// `errors[{field, message}]` when given.
    static RestResponse make(int status, ErrorCode code, const std::string& title, const std::string& detail,
                             const std::vector<FieldError>& fields = {});
    /// Seconds a client is asked to wait (Retry-After, RFC 9110 §10.2.3) after 429 and 503.
    static constexpr int kRetryAfterSeconds = 5;
    /// A problem response for `code` with extension members (RFC 9457 §3.2) beside type, title, status and
    /// detail, for answers that carry more than field errors (e.g. a CSV import's report with line numbers).
    static RestResponse withMembers(ErrorCode code, const std::string& detail, const Poco::JSON::Object& members);
    /// The same with an explicit status and title, for an answer whose status is not the code's (a directory test
    /// that failed on the directory's side is 422, not 503: the server itself is fine).
    static RestResponse withMembers(int status, ErrorCode code, const std::string& title, const std::string& detail,
                                    const Poco::JSON::Object& members);
};

} // namespace castellan
