#pragma once

#include <string>
#include <string_view>

namespace castellan {

/// Header text outside ASCII for e-mail (RFC 2047 §2 "encoded-word", the "B" encoding of §4.1).
class EncodedWord
{
public:
    /// `utf8` unchanged when it is printable ASCII, otherwise "=?UTF-8?B?...?=" words of at most 75
    /// characters (RFC 2047 §2), each holding whole UTF-8 characters (§5 (3)), folded with CRLF + space.
    static std::string encode(std::string_view utf8);
};

} // namespace castellan
