#include "rest/JsonBody.h"

#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace castellan {

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
        Poco::Dynamic::Var parsed = parser.parse(request.body);
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
    Poco::Dynamic::Var value = m_object->get(field);
    if (!value.isInteger()) {
        addError(field, "must be a whole number");
        return std::nullopt;
    }
    const std::int64_t n = value.convert<std::int64_t>();
    if (n < min || n > max) {
        addError(field, "must be from " + std::to_string(min) + " to " + std::to_string(max));
        return std::nullopt;
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

std::optional<std::vector<std::int64_t>> JsonBody::integers(const std::string& field, bool required)
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
        Poco::Dynamic::Var item = array->get(static_cast<unsigned>(i));
        if (!item.isInteger()) {
            addError(field + "[" + std::to_string(i) + "]", "must be a whole number");
            return std::nullopt;
        }
        ids.push_back(item.convert<std::int64_t>());
    }
    return ids;
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
