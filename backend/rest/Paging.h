#pragma once

#include "core/Result.h"
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

/// The ETag of a versioned entity, and whether `If-Match` (when given) names it.
std::string entityTag(std::int64_t version);
/// The version an `If-Match` header asks for: 0 when absent or `*`; an InvalidInput error (field `If-Match`) when
/// it is malformed.
Result<std::int64_t> ifMatchVersion(const RestRequest& request);
/// 412 problem for a stale If-Match.
RestResponse preconditionFailed();

} // namespace castellan
