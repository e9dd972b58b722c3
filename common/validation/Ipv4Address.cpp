#include "validation/Ipv4Address.h"

namespace castellan {

namespace {

constexpr std::string_view kSyntax = "must be an IPv4 address such as 10.0.0.5";

Error fieldError(std::string_view field, std::string_view message)
{
    return Error::invalid({FieldError{std::string(field), std::string(message)}});
}

} // namespace

Result<Ipv4Address::Octets> Ipv4Address::parse(std::string_view text, std::string_view field)
{
    Octets octets{};
    std::size_t pos = 0;
    for (std::size_t part = 0; part < octets.size(); ++part) {
        if (part > 0) {
            if (pos >= text.size() || text[pos] != '.') {
                return fieldError(field, kSyntax);
            }
            ++pos;
        }
        const std::size_t start = pos;
        int value = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && pos - start < 4) {
            value = value * 10 + (text[pos] - '0');
            ++pos;
        }
        const std::size_t digits = pos - start;
        if (digits == 0 || digits > 3) {
            return fieldError(field, kSyntax);
        }
        if (digits > 1 && text[start] == '0') {
            return fieldError(field, "must not have leading zeros in its parts");
        }
        if (value > 255) {
            return fieldError(field, "must have parts from 0 to 255");
        }
        octets[part] = static_cast<std::uint8_t>(value);
    }
    if (pos != text.size()) {
        return fieldError(field, kSyntax);
    }
    if (octets == Octets{0, 0, 0, 0} || octets == Octets{255, 255, 255, 255}) {
        return fieldError(field, "must not be 0.0.0.0 or 255.255.255.255");
    }
    return octets;
}

std::string Ipv4Address::toString(const Octets& octets)
{
    std::string text;
    for (std::size_t i = 0; i < octets.size(); ++i) {
        if (i > 0) {
            text.push_back('.');
        }
        text += std::to_string(octets[i]);
    }
    return text;
}

} // namespace castellan
