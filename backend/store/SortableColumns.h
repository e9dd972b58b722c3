#pragma once

#include <string>
#include <vector>

namespace castellan {

/// How a list is ordered: one of its sortable fields (the API's name for it), ascending or descending. An empty
/// field asks for the list's default order.
struct SortOrder
{
    std::string field;
    bool descending = false;
};

/// A field a list can be sorted by, and the SQL expression that sorts it. Expressions are written in the
/// repository, never taken from a request: a request only picks one by name.
struct SortColumn
{
    enum class Nulls
    {
        Never,    ///< the expression is never NULL
        Largest,  ///< no value sorts after every value (e.g. "never expires")
        Smallest, ///< no value sorts before every value (e.g. "never used")
    };

    std::string field;
    std::string expression;
    Nulls nulls = Nulls::Never;
};

/// The fields one list route sorts by. NULLs are placed explicitly, since SQLite and PostgreSQL place them at
/// opposite ends by default; a unique tie-breaker ends every ORDER BY so pages neither overlap nor skip rows.
class SortableColumns
{
public:
    /// `defaultOrder` names one of `columns`; `tieBreaker` is a unique column such as "id".
    SortableColumns(std::vector<SortColumn> columns, SortOrder defaultOrder, std::string tieBreaker);

    /// The field names, in the order given.
    std::vector<std::string> fields() const;
    bool has(const std::string& field) const;
    const SortOrder& defaultOrder() const { return m_default; }
    /// " ORDER BY <expression> ASC|DESC [NULLS FIRST|LAST], <tie-breaker> ASC|DESC"; the default order for an
    /// empty or unknown field.
    std::string orderBy(const SortOrder& order) const;

private:
    const SortColumn* find(const std::string& field) const;

    std::vector<SortColumn> m_columns;
    SortOrder m_default;
    std::string m_tieBreaker;
};

} // namespace castellan
