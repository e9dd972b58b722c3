#pragma once

#include "core/Result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace castellan {

/// Text people type into name and description fields: any Unicode letters, no control characters.
class FreeText
{
public:
    enum class Lines
    {
        Single,   ///< names: no line breaks or tabs
        Multiple, ///< descriptions: line breaks (CR, LF) and tabs allowed
    };

    /// ASCII white space (space, tab, CR, LF) removed from both ends of `text`.
    static std::string_view trimmed(std::string_view text);

    /// `text` trimmed, if it is well-formed UTF-8 of at most `maxLength` code points without control characters
    /// (C0, DEL, C1; `Lines::Multiple` allows CR, LF and tab). Fails with InvalidInput and one FieldError on
    /// `field`: "must be valid UTF-8 text", "must not contain control characters" or "must be N characters or
    /// shorter". An empty result is not an error: whether a field may be empty is the caller's rule.
    static Result<std::string> normalise(std::string_view text, std::size_t maxLength, std::string_view field,
                                         Lines lines = Lines::Single);

    /// Whether `text` (well-formed UTF-8) holds a control character; CR, LF and tab count only for Lines::Single.
    static bool hasControlCharacter(std::string_view text, Lines lines = Lines::Single);
};

} // namespace castellan
