#include "radius/RadiusCounters.h"

namespace castellan {

std::string RadiusCounters::summary() const
{
    const std::pair<const char*, const std::atomic<std::uint64_t>*> all[] = {
        {"received", &received},
        {"malformed", &malformed},
        {"unknown_client", &unknownClient},
        {"bad_authenticator", &badAuthenticator},
        {"missing_message_authenticator", &missingAuthenticator},
        {"unexpected_code", &unexpectedCode},
        {"duplicates", &duplicates},
        {"shed", &shed},
        {"accepts", &accepts},
        {"rejects", &rejects},
        {"challenges", &challenges},
        {"accounting", &accounting},
    };
    std::string out;
    for (const auto& [name, value] : all) {
        out += (out.empty() ? "" : " ") + std::string(name) + "=" + std::to_string(value->load());
    }
    return out;
}

} // namespace castellan
