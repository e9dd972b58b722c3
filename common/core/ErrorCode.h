#pragma once

#include <string_view>

namespace castellan {

/// Expected failures of the domain. Each protocol maps these in one place (REST: problem+json status and
/// type; RADIUS: reply; console: message box), keeping the detailed log text apart from what a client sees.
enum class ErrorCode
{
    InvalidInput,    ///< a field of a request is malformed or out of range
    NotFound,        ///< the addressed entity does not exist
    Conflict,        ///< uniqueness or state conflict (duplicate username, stale ETag)
    Unauthenticated, ///< no or bad credentials
    Forbidden,       ///< authenticated, but not allowed
    RateLimited,     ///< too many requests; try again later
    Unavailable,     ///< a dependency (database, gateway) is down
    Configuration,   ///< a configuration value is invalid
    Crypto,          ///< decryption or signature verification failed
    Internal,        ///< a bug or an unexpected failure
};

/// Stable machine name of an error code, used in problem types and logs.
std::string_view errorCodeName(ErrorCode code);

} // namespace castellan
