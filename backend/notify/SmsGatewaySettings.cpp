#include "notify/SmsGatewaySettings.h"

#include <Poco/String.h>

#include <algorithm>
#include <regex>
#include <set>

namespace castellan {
namespace {

// RFC 9110 §5.1: field names are tokens.
bool isToken(std::string_view name)
{
    static const std::string kSeparators = "\"(),/:;<=>?@[\\]{}";
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return c > 0x20 && c < 0x7f && kSeparators.find(c) == std::string::npos;
    });
}

bool hasControlCharacter(std::string_view value)
{
    return std::any_of(value.begin(), value.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return (c < 0x20 && c != '\t') || c == 0x7f;
    });
}

} // namespace

Result<std::vector<SmsGatewaySettings::Header>> SmsGatewaySettings::parseHeaders(std::string_view text)
{
    static const std::set<std::string> kReserved = {"host", "content-type", "content-length", "transfer-encoding"};
    // A properties file turns the escape \n into a line break; from --set it arrives as the two characters.
    std::string lines(text);
    for (std::size_t at = lines.find("\\n"); at != std::string::npos; at = lines.find("\\n", at + 1)) {
        lines.replace(at, 2, "\n");
    }
    text = lines;
    std::vector<Header> headers;
    std::size_t lineNumber = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string line = Poco::trim(std::string(text.substr(0, end)));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        ++lineNumber;
        if (line.empty()) {
            continue;
        }
        const std::string where = "header line " + std::to_string(lineNumber);
        const std::size_t colon = line.find(':');
        if (colon == std::string::npos) {
            return Error::of(ErrorCode::Configuration, where + " is not 'Name: value'");
        }
        std::string name = Poco::trim(line.substr(0, colon));
        std::string value = Poco::trim(line.substr(colon + 1));
        if (!isToken(name)) {
            return Error::of(ErrorCode::Configuration, where + " has an invalid header name '" + name + "'");
        }
        if (hasControlCharacter(value)) {
            return Error::of(ErrorCode::Configuration, where + " has a control character in its value");
        }
        if (kReserved.count(Poco::toLower(name))) {
            return Error::of(ErrorCode::Configuration,
                             where + ": " + name +
                                 " is set by the gateway client (use sms.gateway.content_type for "
                                 "the body's type)");
        }
        headers.emplace_back(std::move(name), std::move(value));
    }
    return headers;
}

Result<void> SmsGatewaySettings::setSuccessBody(std::string_view text)
{
    static constexpr std::string_view kRegexPrefix = "regex:";
    if (text.substr(0, kRegexPrefix.size()) == kRegexPrefix) {
        std::string expression(text.substr(kRegexPrefix.size()));
        try {
            std::regex check(expression, std::regex::ECMAScript);
        } catch (const std::regex_error& e) {
            return Error::of(ErrorCode::Configuration,
                             "is not a valid regular expression after 'regex:' (" + std::string(e.what()) + ")");
        }
        successBody = std::move(expression);
        successBodyIsRegex = true;
        return {};
    }
    successBody = std::string(text);
    successBodyIsRegex = false;
    return {};
}

} // namespace castellan
