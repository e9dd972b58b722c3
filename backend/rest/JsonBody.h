#pragma once

#include "core/Result.h"
#include "rest/RestMessage.h"

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

/// Reads fields from a JSON request body, collecting every problem as a FieldError so that a client learns
/// about all invalid fields at once (problem+json `errors[{field, message}]`).
class JsonBody
{
public:
    /// Parses `request.body` as a JSON object; an error names the body when it is not one.
    static Result<JsonBody> parse(const RestRequest& request);
    /// An empty body (for requests without one).
    JsonBody();

    bool has(const std::string& field) const;
    /// Present and null.
    bool isNull(const std::string& field) const;
    std::optional<std::string> text(const std::string& field, bool required = false);
    std::optional<std::int64_t> integer(const std::string& field, bool required = false, std::int64_t min = INT64_MIN,
                                        std::int64_t max = INT64_MAX);
    std::optional<bool> boolean(const std::string& field, bool required = false);
    /// An array of integers (ids), each from `min` to `max`.
    std::optional<std::vector<std::int64_t>> integers(const std::string& field, bool required = false,
                                                      std::int64_t min = INT64_MIN, std::int64_t max = INT64_MAX);
    /// A JSON number that is a whole number from `min` to `max`; otherwise an InvalidInput error whose message
    /// (for a field) says what is allowed. Never throws, whatever the number's size or type.
    static Result<std::int64_t> wholeNumber(const Poco::Dynamic::Var& value, std::int64_t min, std::int64_t max);

    void addError(const std::string& field, const std::string& message);
    std::vector<FieldError>& errors() { return m_errors; }
    bool ok() const { return m_errors.empty(); }
    /// The collected errors as one InvalidInput error.
    Error error() const;
    Poco::JSON::Object::Ptr object() const { return m_object; }

private:
    explicit JsonBody(Poco::JSON::Object::Ptr object);
    Poco::JSON::Object::Ptr m_object;
    std::vector<FieldError> m_errors;
};

/// A JSON string's text, or any other value as its JSON text (null, 3, {...}), for messages that quote what was sent.
std::string jsonText(const Poco::Dynamic::Var& value);
/// Serialises a JSON object or array for a response body.
std::string toJson(const Poco::Dynamic::Var& value);
/// A JSON response with `status`.
RestResponse jsonResponse(const Poco::Dynamic::Var& value, int status = 200);
/// 204 No Content.
RestResponse noContent();

} // namespace castellan
