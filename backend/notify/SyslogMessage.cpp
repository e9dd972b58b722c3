#include "notify/SyslogMessage.h"

#include "core/Rfc3339.h"

#include <cstdio>

namespace castellan {
namespace {

// RFC 5424 §6: field lengths of the header.
constexpr std::size_t kHostnameMax = 255;
constexpr std::size_t kAppNameMax = 48;
constexpr std::size_t kProcIdMax = 128;
constexpr std::size_t kMsgIdMax = 32;
constexpr std::size_t kSdNameMax = 32;

bool printable(unsigned char c)
{
    return c >= 33 && c <= 126;
}

} // namespace

std::string SyslogMessage::escapeParamValue(std::string_view value)
{
    std::string out;
    out.reserve(value.size());
    for (char c : value) {
        if (c == '"' || c == '\\' || c == ']') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

std::string SyslogMessage::headerField(std::string_view value, std::size_t maxLength)
{
    if (value.empty()) {
        return "-";
    }
    std::string out;
    for (char c : value.substr(0, maxLength)) {
        out += printable(static_cast<unsigned char>(c)) ? c : '_';
    }
    return out;
}

std::string SyslogMessage::sdName(std::string_view value)
{
    std::string out;
    for (char c : value.substr(0, kSdNameMax)) {
        const bool allowed = printable(static_cast<unsigned char>(c)) && c != '=' && c != ']' && c != '"';
        out += allowed ? c : '_';
    }
    return out.empty() ? "_" : out;
}

std::string SyslogMessage::timestamp(std::int64_t timeMicros)
{
    std::int64_t seconds = timeMicros / 1000000;
    std::int64_t micros = timeMicros % 1000000;
    if (micros < 0) {
        micros += 1000000;
        --seconds;
    }
    std::string text = Rfc3339::format(seconds); // "YYYY-MM-DDTHH:MM:SSZ"
    char fraction[16];
    std::snprintf(fraction, sizeof fraction, ".%06lld", static_cast<long long>(micros));
    text.insert(text.size() - 1, fraction);
    return text;
}

std::string SyslogMessage::format() const
{
    // §6.2.1: PRI = facility * 8 + severity; VERSION 1.
    std::string out = "<" + std::to_string(facility * 8 + severity) + ">1 " + timestamp(timeMicros) + " " +
                      headerField(hostname, kHostnameMax) + " " + headerField(appName, kAppNameMax) + " " +
                      headerField(procId, kProcIdMax) + " " + headerField(msgId, kMsgIdMax) + " ";
    if (structuredData.empty()) {
        out += "-";
    }
    for (const Element& element : structuredData) {
        out += "[" + sdName(element.id);
        for (const auto& [name, value] : element.params) {
            out += " " + sdName(name) + "=\"" + escapeParamValue(value) + "\"";
        }
        out += "]";
    }
    if (!msg.empty()) {
        out += " ";
        bool ascii = true;
        for (char c : msg) {
            ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        }
        if (!ascii) {
            out += "\xEF\xBB\xBF"; // §6.4: UTF-8 text starts with the BOM
        }
        out += msg;
    }
    return out;
}

std::string SyslogMessage::octetCounted(std::string_view message)
{
    return std::to_string(message.size()) + " " + std::string(message);
}

} // namespace castellan
