#include "validation/PhoneNumber.h"

#include <stdexcept>

namespace castellan {

namespace {

constexpr std::size_t kMinInternationalDigits = 8;
constexpr std::size_t kMaxInternationalDigits = 15; // E.164 §6.1
constexpr std::size_t kNationalDigits = 10;         // after the trunk prefix 0
constexpr std::string_view kSeparators = " -.()";

Error fieldError(std::string_view field, std::string message)
{
    return Error::invalid({FieldError{std::string(field), std::move(message)}});
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

Result<std::string> PhoneNumber::normalise(std::string_view text, int defaultCallingCode, std::string_view field)
{
    if (defaultCallingCode < 1 || defaultCallingCode > 999) {
        throw std::invalid_argument("PhoneNumber::normalise: calling code outside 1 to 999");
    }
    std::string compact;
    for (const char c : text) {
        if (kSeparators.find(c) != std::string_view::npos) {
            continue;
        }
        if (!isDigit(c) && !(c == '+' && compact.empty())) {
            return fieldError(field, "may contain only digits, a leading +, spaces, dashes, dots and parentheses");
        }
        compact.push_back(c);
    }
    if (compact.starts_with('+')) {
        const std::size_t digits = compact.size() - 1;
        if (digits < kMinInternationalDigits || digits > kMaxInternationalDigits) {
            return fieldError(field, "must have 8 to 15 digits after the +");
        }
        if (compact[1] == '0') {
            return fieldError(field, "must have a country calling code after the +, which never starts with 0");
        }
        return compact;
    }
    if (compact.size() != kNationalDigits + 1 || compact[0] != '0' || compact[1] == '0') {
        return fieldError(field, "must start with + and the country calling code, or be 0 and 10 digits");
    }
    // At most 3 + 10 digits, within E.164's 15.
    return "+" + std::to_string(defaultCallingCode) + compact.substr(1);
}

} // namespace castellan
