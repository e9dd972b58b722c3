#include "validation/EmailAddress.h"

#include "validation/FreeText.h"
#include "validation/Utf8.h"

#include <algorithm>

namespace castellan {

namespace {

Error fieldError(std::string_view field, std::string message)
{
    return Error::invalid({FieldError{std::string(field), std::move(message)}});
}

bool isLetterOrDigit(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isValidLabel(std::string_view label)
{
    return !label.empty() && label.size() <= EmailAddress::kMaxLabelLength && label.front() != '-' &&
           label.back() != '-' && std::ranges::all_of(label, [](char c) { return isLetterOrDigit(c) || c == '-'; });
}

bool isValidDomain(std::string_view domain)
{
    if (domain.find('.') == std::string_view::npos) {
        return false;
    }
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = domain.find('.', start);
        if (!isValidLabel(domain.substr(start, dot - start))) {
            return false;
        }
        if (dot == std::string_view::npos) {
            return true;
        }
        start = dot + 1;
    }
}

} // namespace

Result<std::string> EmailAddress::normalise(std::string_view text, std::string_view field)
{
    const std::string_view address = FreeText::trimmed(text);
    if (!Utf8::isValid(address)) {
        return fieldError(field, "must be valid UTF-8 text");
    }
    if (address.find_first_of(" \t\r\n") != std::string_view::npos || FreeText::hasControlCharacter(address)) {
        return fieldError(field, "must not contain spaces or control characters");
    }
    const std::size_t at = address.find('@');
    if (at == std::string_view::npos || address.find('@', at + 1) != std::string_view::npos) {
        return fieldError(field, "must contain exactly one @");
    }
    if (at == 0) {
        return fieldError(field, "must have a name before the @");
    }
    if (at > kMaxLocalPartLength) {
        return fieldError(field, "must have at most 64 characters before the @");
    }
    if (address.size() > kMaxLength) {
        return fieldError(field, "must be 254 characters or shorter");
    }
    std::string result(address);
    for (std::size_t i = at + 1; i < result.size(); ++i) {
        if (result[i] >= 'A' && result[i] <= 'Z') {
            result[i] = static_cast<char>(result[i] - 'A' + 'a');
        }
    }
    if (!isValidDomain(std::string_view(result).substr(at + 1))) {
        return fieldError(field, "must have a domain name such as example.com after the @");
    }
    return result;
}

} // namespace castellan
