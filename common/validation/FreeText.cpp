#include "validation/FreeText.h"

#include "validation/Utf8.h"

namespace castellan {

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

Error fieldError(std::string_view field, std::string message)
{
    return Error::invalid({FieldError{std::string(field), std::move(message)}});
}

} // namespace

std::string_view FreeText::trimmed(std::string_view text)
{
    while (!text.empty() && isAsciiSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isAsciiSpace(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

bool FreeText::hasControlCharacter(std::string_view text, Lines lines)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const bool lineBreakOrTab = byte == '\r' || byte == '\n' || byte == '\t';
        if ((byte < 0x20 && !(lineBreakOrTab && lines == Lines::Multiple)) || byte == 0x7F) {
            return true;
        }
        // C1 controls U+0080–U+009F are encoded C2 80 .. C2 9F.
        if (byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            return true;
        }
    }
    return false;
}

Result<std::string> FreeText::normalise(std::string_view text, std::size_t maxLength, std::string_view field,
                                        Lines lines)
{
    const std::string_view value = trimmed(text);
    if (!Utf8::isValid(value)) {
        return fieldError(field, "must be valid UTF-8 text");
    }
    if (hasControlCharacter(value, lines)) {
        return fieldError(field, "must not contain control characters");
    }
    if (Utf8::codePointCount(value) > maxLength) {
        return fieldError(field, "must be " + std::to_string(maxLength) + " characters or shorter");
    }
    return std::string(value);
}

} // namespace castellan
