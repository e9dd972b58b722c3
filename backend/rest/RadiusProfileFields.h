#pragma once

#include "store/RadiusProfileRepository.h"

#include <Poco/JSON/Object.h>

#include <string>

namespace castellan {

class JsonBody;

/// The RADIUS fields of a radius application profile, in its JSON: `appended_otp_length` (0: ask for the code
/// with Access-Challenge; 6 to 8: the code is typed after the password, without separator) and `reply_attributes`
/// (`[{"attribute": "Filter-Id", "value": "vpn-{username}"}]`, sent in Access-Accept).
class RadiusProfileFields
{
public:
    static constexpr std::size_t kMaxReplyAttributes = 32;

    /// Reads the fields present in `body` into `profile`; other application types may not have them.
    static void read(JsonBody& body, const std::string& type, RadiusProfileRecord& profile);
    /// Adds the fields to an application's JSON.
    static void write(Poco::JSON::Object& application, const RadiusProfileRecord& profile);
};

} // namespace castellan
