#pragma once

#include "core/Result.h"

#include <string>
#include <string_view>

namespace castellan {

/// Telephone numbers for SMS codes, stored in the E.164 form "+" country code and subscriber number
/// (ITU-T E.164 §6: at most 15 digits). Spaces, dashes, dots and parentheses in typed numbers are ignored.
class PhoneNumber
{
public:
    /// Turkey, where a national number is 0 and 10 digits ("0555 444 33 22" is +905554443322).
    static constexpr int kDefaultCallingCode = 90;

    /// The E.164 form of `text`: either "+" and 8 to 15 digits (the first not 0), or a national number of a
    /// trunk prefix 0 and 10 digits (the first not 0), which gets `defaultCallingCode` (1–999; anything else
    /// throws std::invalid_argument, a caller's bug). Fails with InvalidInput and one FieldError on `field`.
    static Result<std::string> normalise(std::string_view text, int defaultCallingCode = kDefaultCallingCode,
                                         std::string_view field = "phone");
};

} // namespace castellan
