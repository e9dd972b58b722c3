#include "store/SortableColumns.h"

#include <stdexcept>

namespace castellan {

SortableColumns::SortableColumns(std::vector<SortColumn> columns, SortOrder defaultOrder, std::string tieBreaker)
    : m_columns(std::move(columns)), m_default(std::move(defaultOrder)), m_tieBreaker(std::move(tieBreaker))
{
    if (!find(m_default.field)) {
        throw std::logic_error("the default sort field is not sortable: " + m_default.field);
    }
}

std::vector<std::string> SortableColumns::fields() const
{
    std::vector<std::string> names;
    names.reserve(m_columns.size());
    for (const SortColumn& column : m_columns) {
        names.push_back(column.field);
    }
    return names;
}

bool SortableColumns::has(const std::string& field) const
{
    return find(field) != nullptr;
}

const SortColumn* SortableColumns::find(const std::string& field) const
{
    for (const SortColumn& column : m_columns) {
        if (column.field == field) {
            return &column;
        }
    }
    return nullptr;
}

std::string SortableColumns::orderBy(const SortOrder& order) const
{
    const SortColumn* column = find(order.field);
    const bool descending = column ? order.descending : m_default.descending;
    if (!column) {
        column = find(m_default.field);
    }
    const char* direction = descending ? " DESC" : " ASC";
    std::string nulls;
    if (column->nulls != SortColumn::Nulls::Never) {
        // Both databases accept NULLS FIRST/LAST (SQLite since 3.30). Ascending, "largest" NULLs come last.
        const bool last = (column->nulls == SortColumn::Nulls::Largest) != descending;
        nulls = last ? " NULLS LAST" : " NULLS FIRST";
    }
    return " ORDER BY " + column->expression + direction + nulls + ", " + m_tieBreaker + direction;
}

} // namespace castellan
