#include "validation/Username.h"

#include <algorithm>

namespace castellan {

namespace {

Error fieldError(std::string_view field, std::string message)
{
    return Error::invalid({FieldError{std::string(field), std::move(message)}});
}

} // namespace

bool Username::isAllowedCharacter(char c)
{
    // Spelled out rather than std::isalnum, which depends on the locale.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           kPunctuation.find(c) != std::string_view::npos;
}

Result<void> Username::validate(std::string_view text, std::string_view field)
{
    if (text.empty()) {
        return fieldError(field, "must not be empty");
    }
    if (!std::ranges::all_of(text, isAllowedCharacter)) {
        return fieldError(field, "may contain only Latin letters, digits and _ - @ ! # % + . $");
    }
    if (text.size() > kMaxLength) {
        return fieldError(field, "must be " + std::to_string(kMaxLength) + " characters or shorter");
    }
    return {};
}

std::string Username::key(std::string_view username)
{
    std::string key(username);
    for (char& c : key) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return key;
}

} // namespace castellan
