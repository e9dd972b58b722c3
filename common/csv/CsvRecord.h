#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace castellan {

/// One record of a CSV file: its cells, unquoted, and the 1-based physical line on which it starts.
struct CsvRecord
{
    std::vector<std::string> fields;
    std::size_t line = 0;

    /// The cell at `index`, or an empty one when the record is shorter (short rows are common in hand-made files).
    std::string_view field(std::size_t index) const
    {
        return index < fields.size() ? std::string_view(fields[index]) : std::string_view();
    }
};

} // namespace castellan
