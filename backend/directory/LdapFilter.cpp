#include "directory/LdapFilter.h"

#include <cctype>

namespace castellan {
namespace {

bool isHex(char c)
{
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}

bool isNumericOid(std::string_view name)
{
    bool digitSeen = false;
    for (char c : name) {
        if (c == '.') {
            if (!digitSeen) {
                return false;
            }
            digitSeen = false;
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            digitSeen = true;
        } else {
            return false;
        }
    }
    return digitSeen;
}

} // namespace

std::string LdapFilter::escapeValue(std::string_view value)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(value.size());
    for (char c : value) {
        if (c == '*' || c == '(' || c == ')' || c == '\\' || c == '\0') {
            const auto byte = static_cast<unsigned char>(c);
            out += '\\';
            out += kHex[byte >> 4];
            out += kHex[byte & 0x0f];
        } else {
            out += c;
        }
    }
    return out;
}

std::string LdapFilter::anyEquals(const std::vector<std::string>& attributes, std::string_view value)
{
    const std::string escaped = escapeValue(value);
    std::string terms;
    for (const std::string& attribute : attributes) {
        terms += "(" + attribute + "=" + escaped + ")";
    }
    return attributes.size() == 1 ? terms : "(|" + terms + ")";
}

std::string LdapFilter::both(const std::string& first, const std::string& second)
{
    if (first.empty() || second.empty()) {
        return first.empty() ? second : first;
    }
    return "(&" + first + second + ")";
}

bool LdapFilter::isWellFormed(std::string_view filter)
{
    if (filter.size() < 3 || filter.front() != '(' || filter.back() != ')') {
        return false;
    }
    int depth = 0;
    for (std::size_t i = 0; i < filter.size(); ++i) {
        const char c = filter[i];
        if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (--depth < 0 || (depth == 0 && i + 1 != filter.size())) {
                return false;
            }
        } else if (c == '\\') {
            if (i + 2 >= filter.size() || !isHex(filter[i + 1]) || !isHex(filter[i + 2])) {
                return false;
            }
            i += 2;
        } else if (c == '\0') {
            return false;
        }
    }
    return depth == 0;
}

bool LdapFilter::isAttributeName(std::string_view name)
{
    if (name.empty() || name.size() > 100) {
        return false;
    }
    if (std::isdigit(static_cast<unsigned char>(name.front()))) {
        return isNumericOid(name);
    }
    if (!std::isalpha(static_cast<unsigned char>(name.front()))) {
        return false;
    }
    for (char c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') {
            return false;
        }
    }
    return true;
}

} // namespace castellan
