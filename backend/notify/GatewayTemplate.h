#pragma once

#include <map>
#include <string>
#include <string_view>

namespace castellan {

/// Text with {name} placeholders (the SMS gateway's URL and body), filled in with each value encoded for
/// where it lands, so a message cannot break out of its field: percent-encoding (RFC 3986 §2.1) in URLs
/// and form bodies, JSON string escapes (RFC 8259 §7), XML character escapes. Braces that do not spell a
/// known placeholder stay as they are (JSON templates are full of them).
class GatewayTemplate
{
public:
    enum class Encoding
    {
        Raw,     ///< as is (text/plain)
        Percent, ///< URL query values, application/x-www-form-urlencoded
        Json,    ///< inside a JSON string: application/json and */*+json
        Xml,     ///< inside XML text or an attribute: application/xml, text/xml and */*+xml
    };

    /// The encoding for a body of media type `contentType` (parameters such as charset are ignored).
    static Encoding encodingFor(std::string_view contentType);
    /// `value` encoded with `encoding`.
    static std::string encode(std::string_view value, Encoding encoding);
    /// `text` with each "{name}" of `values` replaced by its encoded value, in one pass (a value that itself
    /// contains "{name}" is not expanded again).
    static std::string expand(std::string_view text, const std::map<std::string, std::string>& values,
                              Encoding encoding);
    /// True if `text` contains the placeholder "{name}".
    static bool mentions(std::string_view text, std::string_view name);
};

} // namespace castellan
