#pragma once

#include <cstddef>
#include <string_view>

namespace castellan {

/// Well-formedness of UTF-8 text as The Unicode Standard §3.9 (Table 3-7) defines it: no overlong forms,
/// no surrogates (U+D800–U+DFFF), nothing above U+10FFFF, no truncated sequences.
class Utf8
{
public:
    /// The length in bytes of the longest well-formed prefix of `text`; text.size() when all of it is well formed.
    static std::size_t validPrefixLength(std::string_view text);

    /// Whether all of `text` is well-formed UTF-8.
    static bool isValid(std::string_view text) { return validPrefixLength(text) == text.size(); }

    /// The number of code points of well-formed UTF-8 `text` (what users count as characters, near enough).
    static std::size_t codePointCount(std::string_view text);
};

} // namespace castellan
