#include "radius/RadiusAttributeText.h"

#include "radius/RadiusDictionary.h"
#include "radius/RadiusValue.h"

#include <charconv>

namespace castellan {
namespace {

Error invalid(std::string message)
{
    return Error::of(ErrorCode::InvalidInput, std::move(message));
}

constexpr RadiusAttributeDefinition kUnknown{"", 0, 0, RadiusDataType::Octets, {}};

std::uint32_t vendorOf(std::span<const std::uint8_t> v)
{
    return (std::uint32_t(v[0]) << 24) | (std::uint32_t(v[1]) << 16) | (std::uint32_t(v[2]) << 8) | v[3];
}

/// The sub-attributes of a Vendor-Specific value as text, or empty when any is malformed or unknown.
std::string formatVendorSpecific(std::span<const std::uint8_t> v)
{
    if (v.size() < 4 + 2) {
        return {};
    }
    const std::uint32_t vendor = vendorOf(v);
    std::string out;
    std::size_t at = 4;
    while (at < v.size()) {
        if (v.size() - at < 2 || v[at + 1] < 2 || v[at + 1] > v.size() - at) {
            return {};
        }
        const RadiusAttributeDefinition* d = RadiusDictionary::byType(vendor, v[at]);
        if (!d) {
            return {};
        }
        out += (out.empty() ? "" : ", ") + std::string(d->name) + " = " +
               RadiusValue::format(*d, v.subspan(at + 2, v[at + 1] - 2u));
        at += v[at + 1];
    }
    return out;
}

std::string formatOne(const RadiusAttribute& a)
{
    if (a.type == RadiusAttr::VendorSpecific) {
        const std::string vendor = formatVendorSpecific(a.value);
        return vendor.empty() ? "Vendor-Specific = " + RadiusValue::hex(a.value) : vendor;
    }
    const RadiusAttributeDefinition* d = RadiusDictionary::byType(0, a.type);
    if (!d) {
        return "Attr-" + std::to_string(a.type) + " = " + RadiusValue::hex(a.value);
    }
    return std::string(d->name) + " = " + RadiusValue::format(*d, a.value);
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

/// Reads a 'quoted' value starting at `s[0]`; `rest` receives what follows the closing quote.
Result<std::string> unquote(std::string_view s, std::string_view& rest)
{
    std::string out;
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (s[i] == '\'') {
            rest = s.substr(i + 1);
            return out;
        }
        if (s[i] != '\\') {
            out.push_back(s[i]);
            continue;
        }
        if (i + 1 < s.size() && (s[i + 1] == '\\' || s[i + 1] == '\'')) {
            out.push_back(s[++i]);
            continue;
        }
        std::uint8_t byte = 0;
        if (i + 3 >= s.size() || s[i + 1] != 'x' ||
            std::from_chars(s.data() + i + 2, s.data() + i + 4, byte, 16).ptr != s.data() + i + 4) {
            return invalid("bad escape in a quoted value");
        }
        out.push_back(static_cast<char>(byte));
        i += 3;
    }
    return invalid("quoted value without closing quote");
}

/// `Attr-N`: an attribute number outside the dictionary.
const RadiusAttributeDefinition* unknownNumber(std::string_view name, std::uint8_t& type)
{
    unsigned number = 0;
    if (name.substr(0, 5) != "Attr-" ||
        std::from_chars(name.data() + 5, name.data() + name.size(), number).ptr != name.data() + name.size() ||
        number == 0 || number > 255) {
        return nullptr;
    }
    type = static_cast<std::uint8_t>(number);
    return &kUnknown;
}

} // namespace

Result<RadiusAttribute> RadiusAttributeText::make(std::string_view name, std::string_view value)
{
    std::uint8_t type = 0;
    const RadiusAttributeDefinition* d = RadiusDictionary::byName(name);
    if (!d) {
        d = unknownNumber(name, type);
    } else {
        type = d->type;
    }
    if (!d) {
        return invalid("unknown attribute '" + std::string(name) + "'");
    }
    auto bytes = RadiusValue::parse(*d, value);
    if (!bytes) {
        return invalid(std::string(d->name.empty() ? name : d->name) + ": " + bytes.error().message);
    }
    const std::size_t limit = RadiusPacket::kMaxValueSize - (d->vendor ? 6 : 0);
    if (bytes->size() > limit) {
        return invalid(std::string(d->name) + ": longer than " + std::to_string(limit) + " bytes");
    }
    if (!d->vendor) {
        return RadiusAttribute{type, std::move(bytes.value())};
    }
    std::vector<std::uint8_t> vsa{static_cast<std::uint8_t>(d->vendor >> 24),
                                  static_cast<std::uint8_t>(d->vendor >> 16),
                                  static_cast<std::uint8_t>(d->vendor >> 8),
                                  static_cast<std::uint8_t>(d->vendor),
                                  d->type,
                                  static_cast<std::uint8_t>(bytes->size() + 2)};
    vsa.insert(vsa.end(), bytes->begin(), bytes->end());
    return RadiusAttribute{RadiusAttr::VendorSpecific, std::move(vsa)};
}

std::string RadiusAttributeText::format(std::span<const RadiusAttribute> attributes)
{
    std::string out;
    for (const RadiusAttribute& a : attributes) {
        out += (out.empty() ? "" : ", ") + formatOne(a);
    }
    return out;
}

Result<std::vector<RadiusAttribute>> RadiusAttributeText::parse(std::string_view text)
{
    std::vector<RadiusAttribute> out;
    std::string_view rest = trim(text);
    while (!rest.empty()) {
        const std::size_t eq = rest.find('=');
        if (eq == std::string_view::npos) {
            return invalid("expected 'Name = value' at '" + std::string(rest) + "'");
        }
        const std::string_view name = trim(rest.substr(0, eq));
        rest = trim(rest.substr(eq + 1));
        std::string value;
        if (!rest.empty() && rest.front() == '\'') {
            auto quoted = unquote(rest, rest);
            if (!quoted) {
                return quoted.error();
            }
            value = std::move(quoted.value());
            rest = trim(rest);
        } else {
            const std::size_t comma = rest.find(',');
            value = std::string(trim(rest.substr(0, comma)));
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma);
        }
        auto attribute = make(name, value);
        if (!attribute) {
            return attribute.error();
        }
        out.push_back(std::move(attribute.value()));
        if (!rest.empty() && rest.front() != ',') {
            return invalid("expected ',' at '" + std::string(rest) + "'");
        }
        rest = rest.empty() ? rest : trim(rest.substr(1));
    }
    return out;
}

} // namespace castellan
