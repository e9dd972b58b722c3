#pragma once

#include <cstdint>
#include <string>

namespace castellan {

/// Where an SMS or e-mail factor's codes go.
struct FactorTarget
{
    enum class Type
    {
        Sms,
        Email,
    };

    std::int64_t factorId = 0;
    Type type = Type::Sms;
    std::string destination; ///< E.164 phone number ("+905551234567") or e-mail address
    std::string username;    ///< whose factor it is, for the audit log (may be empty)
};

} // namespace castellan
