#include "notify/StatusCodeSet.h"

#include <algorithm>
#include <cctype>

namespace castellan {
namespace {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    return text;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "204" -> [204, 204]; "2xx" -> [200, 299]; anything else -> nullopt.
std::optional<std::pair<int, int>> parseItem(std::string_view item)
{
    if (item.size() != 3 || item[0] < '1' || item[0] > '5') {
        return std::nullopt;
    }
    const int hundreds = (item[0] - '0') * 100;
    const bool isClass = (item[1] == 'x' || item[1] == 'X') && (item[2] == 'x' || item[2] == 'X');
    if (isClass) {
        return std::pair{hundreds, hundreds + 99};
    }
    if (!isDigit(item[1]) || !isDigit(item[2])) {
        return std::nullopt;
    }
    const int code = hundreds + (item[1] - '0') * 10 + (item[2] - '0');
    return std::pair{code, code};
}

} // namespace

StatusCodeSet::StatusCodeSet() : m_ranges{{200, 299}}, m_text("2xx") {}

std::optional<StatusCodeSet> StatusCodeSet::parse(std::string_view text)
{
    StatusCodeSet set;
    set.m_ranges.clear();
    set.m_text.clear();
    while (true) {
        const std::size_t comma = text.find(',');
        const std::string_view item = trimmed(text.substr(0, comma));
        auto range = parseItem(item);
        if (!range) {
            return std::nullopt;
        }
        set.m_ranges.push_back(*range);
        set.m_text += (set.m_text.empty() ? "" : ", ") + std::string(item);
        if (comma == std::string_view::npos) {
            break;
        }
        text.remove_prefix(comma + 1);
    }
    std::transform(set.m_text.begin(), set.m_text.end(), set.m_text.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return set;
}

bool StatusCodeSet::contains(int status) const
{
    return std::any_of(m_ranges.begin(), m_ranges.end(),
                       [status](const auto& range) { return status >= range.first && status <= range.second; });
}

} // namespace castellan
