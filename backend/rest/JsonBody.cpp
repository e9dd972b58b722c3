#include "rest/JsonBody.h"

#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace castellan {
namespace {

/// The end of the number token that starts at `at` (RFC 8259 §6 grammar, leniently).
std::size_t numberEnd(const std::string& text, std::size_t at)
{
    std::size_t end = at + 1;
    while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.' ||
                                 text[end] == 'e' || text[end] == 'E' || text[end] == '+' || text[end] == '-')) {
        ++end;
    }
    return end;
}

/// What Poco's parser is given instead of a number token it would misread or refuse (RFC 8259 §6 leaves the range
/// of numbers to the implementation): an integer literal outside Int64 becomes a floating-point literal (Poco's
/// unsigned parsing wraps 2^64 to 0), and a floating-point literal outside double (1e400) the largest double of its
/// sign or zero, which Poco would refuse with the whole body. Either way a field reader then names the field with its
/// allowed range. Nothing when the token is kept.
std::optional<std::string> replacementFor(const std::string& token)
{
    const bool isInteger = token.find_first_of(".eE") == std::string::npos;
    if (isInteger) {
        std::int64_t asInteger = 0;
        const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), asInteger);
        if (error == std::errc() && end == token.data() + token.size()) {
            return std::nullopt;
        }
    }
    const std::string asFloat = isInteger ? token + "e0" : token;
    errno = 0;
    const double value = std::strtod(asFloat.c_str(), nullptr);
    if (errno != ERANGE) {
        return isInteger ? std::optional<std::string>(asFloat) : std::nullopt;
    }
    if (value == HUGE_VAL || value == -HUGE_VAL) {
        return std::string(value < 0 ? "-1e308" : "1e308");
    }
    return std::string("0.0");
}

/// The body with every number token that Poco would misread or refuse replaced (replacementFor).
std::string withReadableNumbers(const std::string& text)
{
    std::string out;
    bool inString = false;
    std::size_t copied = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '-' || std::isdigit(static_cast<unsigned char>(c))) {
            const std::size_t end = numberEnd(text, i);
            if (auto replacement = replacementFor(text.substr(i, end - i))) {
                out.append(text, copied, i - copied).append(*replacement);
                copied = end;
            }
            i = end - 1;
        }
    }
    if (copied == 0) {
        return text;
    }
    return out.append(text, copied, std::string::npos);
}

} // namespace

JsonBody::JsonBody() : m_object(new Poco::JSON::Object) {}

JsonBody::JsonBody(Poco::JSON::Object::Ptr object) : m_object(std::move(object)) {}

Result<JsonBody> JsonBody::parse(const RestRequest& request)
{
    const std::string contentType = request.header("content-type");
    if (!request.body.empty() && !contentType.empty() && contentType.find("json") == std::string::npos) {
        return Error::invalid({{"body", "must be JSON (Content-Type: application/json)"}});
    }
    if (request.body.find_first_not_of(" \t\r\n") == std::string::npos) {
        return JsonBody();
    }
    try {
        Poco::JSON::Parser parser;
        Poco::Dynamic::Var parsed = parser.parse(withReadableNumbers(request.body));
        if (parsed.type() != typeid(Poco::JSON::Object::Ptr)) {
            return Error::invalid({{"body", "must be a JSON object"}});
        }
        return JsonBody(parsed.extract<Poco::JSON::Object::Ptr>());
    } catch (const Poco::Exception& e) {
        return Error::invalid({{"body", "is not valid JSON: " + e.message()}});
    }
}

bool JsonBody::has(const std::string& field) const
{
    return m_object->has(field);
}

bool JsonBody::isNull(const std::string& field) const
{
    return m_object->has(field) && m_object->isNull(field);
}

void JsonBody::addError(const std::string& field, const std::string& message)
{
    m_errors.push_back({field, message});
}

Error JsonBody::error() const
{
    return Error::invalid(m_errors);
}

std::optional<std::string> JsonBody::text(const std::string& field, bool required)
{
    if (!m_object->has(field) || m_object->isNull(field)) {
        if (required) {
            addError(field, "is required");
        }
        return std::nullopt;
    }
    Poco::Dynamic::Var value = m_object->get(field);
    if (!value.isString()) {
        addError(field, "must be a string");
        return std::nullopt;
    }
    return value.extract<std::string>();
}

std::optional<std::int64_t> JsonBody::integer(const std::string& field, bool required, std::int64_t min,
                                              std::int64_t max)
{
    if (!m_object->has(field) || m_object->isNull(field)) {
        if (required) {
            addError(field, "is required");
        }
        return std::nullopt;
    }
    auto n = wholeNumber(m_object->get(field), min, max);
    if (!n) {
        addError(field, n.error().message);
        return std::nullopt;
    }
    return n.value();
}

Result<std::int64_t> JsonBody::wholeNumber(const Poco::Dynamic::Var& value, std::int64_t min, std::int64_t max)
{
    const std::string range = "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max);
    // A JSON number arrives as Int64, or as double (a fraction, an exponent, or an integer literal outside Int64:
    // see withReadableNumbers); true and false count as integers to Poco and are refused here.
    if (value.isBoolean() || !value.isNumeric()) {
        return Error::of(ErrorCode::InvalidInput, "must be a whole number");
    }
    if (!value.isInteger()) {
        return Error::of(ErrorCode::InvalidInput, range);
    }
    if (!value.isSigned() && value.convert<Poco::UInt64>() > static_cast<Poco::UInt64>(max)) {
        return Error::of(ErrorCode::InvalidInput, range);
    }
    const std::int64_t n = value.convert<std::int64_t>();
    if (n < min || n > max) {
        return Error::of(ErrorCode::InvalidInput, range);
    }
    return n;
}

std::optional<bool> JsonBody::boolean(const std::string& field, bool required)
{
    if (!m_object->has(field) || m_object->isNull(field)) {
        if (required) {
            addError(field, "is required");
        }
        return std::nullopt;
    }
    Poco::Dynamic::Var value = m_object->get(field);
    if (!value.isBoolean()) {
        addError(field, "must be true or false");
        return std::nullopt;
    }
    return value.extract<bool>();
}

std::optional<std::vector<std::int64_t>> JsonBody::integers(const std::string& field, bool required, std::int64_t min,
                                                            std::int64_t max)
{
    if (!m_object->has(field) || m_object->isNull(field)) {
        if (required) {
            addError(field, "is required");
        }
        return std::nullopt;
    }
    Poco::JSON::Array::Ptr array = m_object->getArray(field);
    if (!array) {
        addError(field, "must be an array of ids");
        return std::nullopt;
    }
    std::vector<std::int64_t> ids;
    for (size_t i = 0; i < array->size(); ++i) {
        auto id = wholeNumber(array->get(static_cast<unsigned>(i)), min, max);
        if (!id) {
            addError(field + "[" + std::to_string(i) + "]", id.error().message);
            return std::nullopt;
        }
        ids.push_back(id.value());
    }
    return ids;
}

std::string jsonText(const Poco::Dynamic::Var& value)
{
    return value.isString() ? value.extract<std::string>() : toJson(value);
}

std::string toJson(const Poco::Dynamic::Var& value)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(value, out);
    return out.str();
}

RestResponse jsonResponse(const Poco::Dynamic::Var& value, int status)
{
    RestResponse response;
    response.status = status;
    response.body = toJson(value);
    return response;
}

RestResponse noContent()
{
    RestResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

} // namespace castellan
