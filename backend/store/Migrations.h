#pragma once

#include "store/DatabaseUrl.h"

#include <span>
#include <string_view>

namespace castellan {

/// One numbered schema migration, embedded from backend/store/migrations/<dialect>/NNNN_name.sql.
struct Migration
{
    int version;
    std::string_view name;
    std::string_view sql;
};

/// The migrations of a dialect, ascending by version.
std::span<const Migration> migrationsFor(SqlDialect dialect);

} // namespace castellan
