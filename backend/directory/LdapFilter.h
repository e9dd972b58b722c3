#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace castellan {

/// Search filters in their string form (RFC 4515), built from what a user typed without letting it change the
/// filter's meaning, and the checks an administrator's own filter and attribute names must pass.
class LdapFilter
{
public:
    /// `value` as an assertion value (RFC 4515 §3): `*`, `(`, `)`, `\` and NUL become `\2a`, `\28`, `\29`, `\5c`,
    /// `\00`; every other byte (UTF-8 included) stays.
    static std::string escapeValue(std::string_view value);
    /// `(attribute=value)` for one attribute, `(|(a=value)(b=value)...)` for several, the value escaped.
    static std::string anyEquals(const std::vector<std::string>& attributes, std::string_view value);
    /// `(&first second)`; either alone when the other is empty.
    static std::string both(const std::string& first, const std::string& second);
    /// A filter in parentheses whose parentheses balance and whose backslashes each start a two-hex-digit escape;
    /// not a full parse (the server has the last word), but it catches what a typing slip produces.
    static bool isWellFormed(std::string_view filter);
    /// An attribute description (RFC 4512 §2.5): a name (a letter, then letters, digits and hyphens) or a numeric
    /// OID, with no options.
    static bool isAttributeName(std::string_view name);
};

} // namespace castellan
