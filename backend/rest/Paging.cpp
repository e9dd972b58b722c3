#include "rest/Paging.h"

#include "rest/JsonBody.h"
#include "rest/Problem.h"

#include <Poco/JSON/Object.h>
#include <Poco/NumberParser.h>

namespace castellan {
namespace {

FieldError sortFieldError(const SortableColumns& columns)
{
    std::string names;
    for (const std::string& field : columns.fields()) {
        names += (names.empty() ? "" : ", ") + field;
    }
    return {"sort", "must be one of " + names + " (prefix - for descending)"};
}

/// Reads a `sort` value into `order`; false when it names no field of `sortable`. Empty: the default order.
bool readSort(const std::string& value, const SortableColumns& sortable, SortOrder& order)
{
    order.descending = !value.empty() && value.front() == '-';
    order.field = order.descending ? value.substr(1) : value;
    return value.empty() || sortable.has(order.field);
}

Result<Paging> read(const RestRequest& request, const SortableColumns* sortable)
{
    Paging p;
    std::vector<FieldError> errors;
    p.query = request.queryValue("q");
    if (p.query.size() > 200) {
        errors.push_back({"q", "must be 200 characters or fewer"});
    }
    const std::string offset = request.queryValue("offset");
    if (!offset.empty() && (!Poco::NumberParser::tryParse(offset, p.offset) || p.offset < 0)) {
        errors.push_back({"offset", "must be a whole number of 0 or more"});
    }
    const std::string limit = request.queryValue("limit");
    if (!limit.empty() &&
        (!Poco::NumberParser::tryParse(limit, p.limit) || p.limit < 1 || p.limit > Paging::kMaxLimit)) {
        errors.push_back({"limit", "must be a whole number from 1 to " + std::to_string(Paging::kMaxLimit)});
    }
    if (sortable && !readSort(request.queryValue("sort"), *sortable, p.sort)) {
        errors.push_back(sortFieldError(*sortable));
    }
    if (!errors.empty()) {
        return Error::invalid(errors);
    }
    return p;
}

} // namespace

Result<Paging> Paging::fromRequest(const RestRequest& request)
{
    return read(request, nullptr);
}

Result<Paging> Paging::fromRequest(const RestRequest& request, const SortableColumns& sortable)
{
    return read(request, &sortable);
}

RestResponse listResponse(const Poco::JSON::Array& items, std::int64_t total)
{
    Poco::JSON::Object o;
    o.set("items", items);
    o.set("total", total);
    return jsonResponse(o);
}

std::string entityTag(std::int64_t version)
{
    return "\"v" + std::to_string(version) + "\"";
}

Result<std::int64_t> ifMatchVersion(const RestRequest& request)
{
    std::string tag = request.header("if-match");
    if (tag.empty() || tag == "*") {
        return std::int64_t(0);
    }
    if (tag.rfind("W/", 0) == 0) {
        tag = tag.substr(2);
    }
    Poco::Int64 version = 0;
    if (tag.size() < 4 || tag.front() != '"' || tag.back() != '"' || tag[1] != 'v' ||
        !Poco::NumberParser::tryParse64(tag.substr(2, tag.size() - 3), version) || version <= 0) {
        return Error::invalid({{"If-Match", "must be an ETag from GET, e.g. \"v3\""}});
    }
    return std::int64_t(version);
}

Result<VersionedBody> VersionedBody::read(const RestRequest& request)
{
    auto expected = ifMatchVersion(request);
    if (!expected) {
        return expected.error();
    }
    auto body = JsonBody::parse(request);
    if (!body) {
        return body.error();
    }
    return VersionedBody{expected.value(), std::move(body.value())};
}

RestResponse preconditionFailed()
{
    return Problem::make(412, ErrorCode::Conflict, "Precondition failed",
                         "The resource changed since you read it (If-Match does not match its ETag); reload it");
}

} // namespace castellan
