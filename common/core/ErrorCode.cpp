#include "core/ErrorCode.h"

namespace castellan {

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return "invalid-input";
    case ErrorCode::NotFound:
        return "not-found";
    case ErrorCode::Conflict:
        return "conflict";
    case ErrorCode::Unauthenticated:
        return "unauthenticated";
    case ErrorCode::Forbidden:
        return "forbidden";
    case ErrorCode::RateLimited:
        return "rate-limited";
    case ErrorCode::Unavailable:
        return "unavailable";
    case ErrorCode::Configuration:
        return "configuration";
    case ErrorCode::Crypto:
        return "crypto";
    case ErrorCode::Internal:
        return "internal";
    }
    return "internal";
}

} // namespace castellan
