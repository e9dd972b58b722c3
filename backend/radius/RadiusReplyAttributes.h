#pragma once

#include "core/Result.h"
#include "radius/RadiusPacket.h"
#include "store/RadiusProfileRepository.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace castellan {

struct RadiusAttributeDefinition;

/// The reply attributes a radius profile adds to Access-Accept. A value is a dictionary value that may name the
/// user's fields in braces (`{username}`, `{framed_ip}`, ...), e.g. `Class = "vpn-{username}"`; an attribute
/// whose value comes out empty (a user without a Framed-IP) is left out.
class RadiusReplyAttributes
{
public:
    /// Whether a profile may set attribute `definition` (the server owns the protocol's machinery and secrets).
    static bool settable(const RadiusAttributeDefinition& definition);
    /// The user fields a value may name.
    static const std::set<std::string>& fields();
    /// Checks one attribute as an administrator enters it: a dictionary attribute that may be sent in an
    /// Access-Accept, known fields, and (when the value names no field) a value of the attribute's type.
    static Result<void> validate(const RadiusReplyAttribute& attribute);
    /// `value` with each `{field}` replaced from `subject`.
    static std::string expand(const std::string& value, const std::map<std::string, std::string>& subject);
    /// The wire attributes for an accepted user; `problems` gets a line for each one that could not be encoded.
    static std::vector<RadiusAttribute> build(const std::vector<RadiusReplyAttribute>& attributes,
                                              const std::map<std::string, std::string>& subject,
                                              std::vector<std::string>& problems);
};

} // namespace castellan
