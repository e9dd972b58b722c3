#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace castellan {

/// The HTTP status codes that count as success for a gateway, written as a comma-separated list of codes
/// ("200", "202") and classes ("2xx"); the default is "2xx".
class StatusCodeSet
{
public:
    /// Any 2xx status.
    StatusCodeSet();
    /// The set `text` describes; nullopt when an item is neither a code 100–599 nor a class 1xx–5xx.
    static std::optional<StatusCodeSet> parse(std::string_view text);

    bool contains(int status) const;
    /// The normalised text ("200, 2xx"), for logs.
    const std::string& text() const { return m_text; }

private:
    std::vector<std::pair<int, int>> m_ranges;
    std::string m_text;
};

} // namespace castellan
