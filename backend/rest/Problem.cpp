#include "rest/Problem.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/Net/HTTPResponse.h>

#include <sstream>

namespace castellan {
namespace {

std::string titleFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return "Invalid request";
    case ErrorCode::NotFound:
        return "Not found";
    case ErrorCode::Conflict:
        return "Conflict";
    case ErrorCode::Unauthenticated:
        return "Authentication required";
    case ErrorCode::Forbidden:
        return "Forbidden";
    case ErrorCode::RateLimited:
        return "Too many requests";
    case ErrorCode::Unavailable:
        return "Service unavailable";
    case ErrorCode::Configuration:
    case ErrorCode::Crypto:
    case ErrorCode::Internal:
        return "Internal error";
    }
    return "Internal error";
}

RestResponse render(int status, ErrorCode code, const std::string& title, const std::string& detail,
                    const std::vector<FieldError>& fields, const Poco::JSON::Object& members = Poco::JSON::Object())
{
    Poco::JSON::Object problem = members;
    problem.set("type", "urn:castellan:problem:" + std::string(errorCodeName(code)));
    problem.set("title", title);
    problem.set("status", status);
    if (!detail.empty()) {
        problem.set("detail", detail);
    }
    if (!fields.empty()) {
        Poco::JSON::Array errors;
        for (const FieldError& field : fields) {
            Poco::JSON::Object entry;
            entry.set("field", field.field);
            entry.set("message", field.message);
            errors.add(entry);
        }
        problem.set("errors", errors);
    }
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(problem, out);
    RestResponse response;
    response.status = status;
    response.contentType = "application/problem+json";
    response.body = out.str();
    return response;
}

/// Shed load (429) and an unreachable database (503) pass: the client is told when to try again.
RestResponse withRetryAfter(RestResponse response, ErrorCode code)
{
    if (code == ErrorCode::RateLimited || code == ErrorCode::Unavailable) {
        response.headers.emplace_back("Retry-After", std::to_string(Problem::kRetryAfterSeconds));
    }
    return response;
}

} // namespace

int Problem::statusFor(ErrorCode code)
{
    using S = Poco::Net::HTTPResponse;
    switch (code) {
    case ErrorCode::InvalidInput:
        return S::HTTP_UNPROCESSABLE_ENTITY;
    case ErrorCode::NotFound:
        return S::HTTP_NOT_FOUND;
    case ErrorCode::Conflict:
        return S::HTTP_CONFLICT;
    case ErrorCode::Unauthenticated:
        return S::HTTP_UNAUTHORIZED;
    case ErrorCode::Forbidden:
        return S::HTTP_FORBIDDEN;
    case ErrorCode::RateLimited:
        return S::HTTP_TOO_MANY_REQUESTS;
    case ErrorCode::Unavailable:
        return S::HTTP_SERVICE_UNAVAILABLE;
    case ErrorCode::Configuration:
    case ErrorCode::Crypto:
    case ErrorCode::Internal:
        return S::HTTP_INTERNAL_SERVER_ERROR;
    }
    return S::HTTP_INTERNAL_SERVER_ERROR;
}

RestResponse Problem::fromError(const Error& error)
{
    return withRetryAfter(render(statusFor(error.code), error.code, titleFor(error.code), error.message, error.fields),
                          error.code);
}

RestResponse Problem::make(int status, ErrorCode code, const std::string& title, const std::string& detail,
                           const std::vector<FieldError>& fields)
{
    return render(status, code, title, detail, fields);
}

RestResponse Problem::withMembers(ErrorCode code, const std::string& detail, const Poco::JSON::Object& members)
{
    return withRetryAfter(render(statusFor(code), code, titleFor(code), detail, {}, members), code);
}

RestResponse Problem::withMembers(int status, ErrorCode code, const std::string& title, const std::string& detail,
                                  const Poco::JSON::Object& members)
{
    return render(status, code, title, detail, {}, members);
}

} // namespace castellan
