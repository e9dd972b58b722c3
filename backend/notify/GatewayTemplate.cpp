#include "notify/GatewayTemplate.h"

#include "core/Markup.h"

#include <Poco/String.h>

#include <cstdio>

namespace castellan {
namespace {

bool isUnreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

std::string percentEncode(std::string_view value)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(value.size() * 3);
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if (isUnreserved(c)) {
            out += ch;
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 0x0F];
        }
    }
    return out;
}

std::string jsonEscape(std::string_view value)
{
    std::string out;
    out.reserve(value.size() + 8);
    for (const char ch : value) {
        switch (ch) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(ch) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(ch));
                out += escaped;
            } else {
                out += ch; // UTF-8 passes through: JSON text is UTF-8 (RFC 8259 §8.1)
            }
        }
    }
    return out;
}

std::string xmlEscape(std::string_view value)
{
    return escapeMarkup(value);
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

} // namespace

GatewayTemplate::Encoding GatewayTemplate::encodingFor(std::string_view contentType)
{
    std::string type = Poco::toLower(Poco::trim(std::string(contentType.substr(0, contentType.find(';')))));
    if (type == "application/json" || endsWith(type, "+json")) {
        return Encoding::Json;
    }
    if (type == "application/x-www-form-urlencoded") {
        return Encoding::Percent;
    }
    if (type == "application/xml" || type == "text/xml" || endsWith(type, "+xml")) {
        return Encoding::Xml;
    }
    return Encoding::Raw;
}

std::string GatewayTemplate::encode(std::string_view value, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Percent:
        return percentEncode(value);
    case Encoding::Json:
        return jsonEscape(value);
    case Encoding::Xml:
        return xmlEscape(value);
    case Encoding::Raw:
        break;
    }
    return std::string(value);
}

std::string GatewayTemplate::expand(std::string_view text, const std::map<std::string, std::string>& values,
                                    Encoding encoding)
{
    std::string out;
    out.reserve(text.size() + 64);
    std::size_t at = 0;
    while (at < text.size()) {
        if (text[at] == '{') {
            const std::size_t close = text.find('}', at + 1);
            if (close != std::string_view::npos) {
                auto found = values.find(std::string(text.substr(at + 1, close - at - 1)));
                if (found != values.end()) {
                    out += encode(found->second, encoding);
                    at = close + 1;
                    continue;
                }
            }
        }
        out += text[at++];
    }
    return out;
}

bool GatewayTemplate::mentions(std::string_view text, std::string_view name)
{
    return text.find("{" + std::string(name) + "}") != std::string_view::npos;
}

} // namespace castellan
