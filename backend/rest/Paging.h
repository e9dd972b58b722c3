#pragma once

#include "core/Result.h"
#include "rest/JsonBody.h"
#include "rest/Problem.h"
#include "rest/RestMessage.h"
#include "store/SortableColumns.h"

#include <Poco/JSON/Array.h>

#include <cstdint>
#include <string>

namespace castellan {

/// List parameters shared by every list route: `q`, `offset`, `limit` (1–500, default 50), and `sort` where
/// the route sorts.
struct Paging
{
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 500;

    std::string query;
    int offset = 0;
    int limit = kDefaultLimit;
    SortOrder sort; ///< empty field: the list's default order

    static Result<Paging> fromRequest(const RestRequest& request);
    /// Also reads `sort` for a route that sorts by `sortable`: one of its fields, prefixed `-` for descending
    /// (`sort=username`, `sort=-created_at`). An unknown field is an InvalidInput error on the `sort` field that
    /// names the fields it takes.
    static Result<Paging> fromRequest(const RestRequest& request, const SortableColumns& sortable);
};

/// `{"items": [...], "total": N}`.
RestResponse listResponse(const Poco::JSON::Array& items, std::int64_t total);

/// The whole answer of a list route over `repository`: reads `q`, `offset`, `limit` and `sort` (one of
/// `Repository::sortColumns()`), asks `repository.list(query, sort, offset, limit, total)` for that page and turns
/// each record into JSON with `toJson`.
template <typename Repository, typename ToJson>
RestResponse listPage(const RestRequest& request, Repository& repository, ToJson&& toJson)
{
    auto paging = Paging::fromRequest(request, Repository::sortColumns());
    if (!paging) {
        return Problem::fromError(paging.error());
    }
    std::int64_t total = 0;
    Poco::JSON::Array items;
    for (const auto& record : repository.list(paging->query, paging->sort, paging->offset, paging->limit, total)) {
        items.add(toJson(record));
    }
    return listResponse(items, total);
}

/// The ETag of a versioned entity, and whether `If-Match` (when given) names it.
std::string entityTag(std::int64_t version);
/// The version an `If-Match` header asks for: 0 when absent or `*`; an InvalidInput error (field `If-Match`) when
/// it is malformed.
Result<std::int64_t> ifMatchVersion(const RestRequest& request);
/// 412 problem for a stale If-Match.
RestResponse preconditionFailed();

/// What every versioned change (PATCH, PUT) reads first: the version `If-Match` names (0 when absent or `*`) and
/// the JSON body; an error (for Problem::fromError) when either is malformed.
struct VersionedBody
{
    std::int64_t expectedVersion = 0;
    JsonBody body;

    static Result<VersionedBody> read(const RestRequest& request);
};

} // namespace castellan
