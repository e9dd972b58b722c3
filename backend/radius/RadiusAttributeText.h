#pragma once

#include "core/Result.h"
#include "radius/RadiusPacket.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace castellan {

/// Attribute lists as text, `Name = value, Name = value` with RadiusValue's value forms: the form of the codec
/// test files (FreeRADIUS style) and of log lines. Vendor attributes appear under their own names; an unknown
/// attribute as `Attr-N = 0x..`, a Vendor-Specific that is not a well-formed list of known vendor attributes as
/// `Vendor-Specific = 0x..`.
class RadiusAttributeText
{
public:
    /// One wire attribute for a dictionary name and an unquoted value (vendor attributes wrapped in
    /// Vendor-Specific). InvalidInput names the problem ("unknown attribute", "Session-Timeout: must be ...").
    static Result<RadiusAttribute> make(std::string_view name, std::string_view value);
    /// The text form of `attributes`.
    static std::string format(std::span<const RadiusAttribute> attributes);
    /// The wire attributes of a text list; values may be 'quoted' (with the escapes RadiusValue writes).
    static Result<std::vector<RadiusAttribute>> parse(std::string_view text);
};

} // namespace castellan
