#include "rest/ApiText.h"

#include "portal/PortalText.h"
#include "rest/ApiTextCatalog.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <algorithm>
#include <array>
#include <sstream>

namespace castellan {

namespace {

/// The JSON members whose string values are messages for people.
constexpr std::array kMessageKeys{"title", "detail", "message", "reason"};

std::string regexEscape(std::string_view text)
{
    static const std::string special = R"(\^$.|?*+()[]{})";
    std::string out;
    for (char c : text) {
        if (special.find(c) != std::string::npos) {
            out += '\\';
        }
        out += c;
    }
    return out;
}

/// Splits "must be {1} characters" into literal parts and hole numbers.
struct Holes
{
    std::vector<std::string> literals; ///< one more than numbers
    std::vector<int> numbers;
};

Holes holesOf(const std::string& text)
{
    Holes holes;
    std::string literal;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{' && i + 2 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9' && text[i + 2] == '}') {
            holes.literals.push_back(literal);
            holes.numbers.push_back(text[i + 1] - '0');
            literal.clear();
            i += 2;
            continue;
        }
        literal += text[i];
    }
    holes.literals.push_back(literal);
    return holes;
}

void localizeValue(const ApiText& text, const std::string& language, Poco::Dynamic::Var& value);

void localizeObject(const ApiText& text, const std::string& language, Poco::JSON::Object& object)
{
    std::vector<std::string> names;
    object.getNames(names);
    for (const std::string& name : names) {
        Poco::Dynamic::Var value = object.get(name);
        const bool message = std::find(kMessageKeys.begin(), kMessageKeys.end(), name) != kMessageKeys.end();
        if (message && value.isString()) {
            object.set(name, text.translate(language, value.extract<std::string>()));
        } else if (!value.isEmpty() && !value.isString()) {
            localizeValue(text, language, value);
        }
    }
}

void localizeValue(const ApiText& text, const std::string& language, Poco::Dynamic::Var& value)
{
    if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
        Poco::JSON::Object::Ptr object = value.extract<Poco::JSON::Object::Ptr>();
        localizeObject(text, language, *object);
    } else if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
        const Poco::JSON::Array::Ptr array = value.extract<Poco::JSON::Array::Ptr>();
        for (std::size_t i = 0; i < array->size(); ++i) {
            Poco::Dynamic::Var element = array->get(i);
            localizeValue(text, language, element);
        }
    }
}

} // namespace

ApiText::ApiText() : m_entries(parse(ApiTextCatalog::turkish()))
{
    for (const Entry& entry : m_entries) {
        const Holes holes = holesOf(entry.english);
        if (holes.numbers.empty()) {
            m_literal.emplace(entry.english, entry.translation);
            continue;
        }
        std::string expression = regexEscape(holes.literals[0]);
        for (std::size_t i = 0; i < holes.numbers.size(); ++i) {
            expression += "(.+?)" + regexEscape(holes.literals[i + 1]);
        }
        m_patterns.push_back({holes.literals[0], std::regex(expression), holes.numbers, entry.translation});
    }
}

const ApiText& ApiText::instance()
{
    static const ApiText text;
    return text;
}

std::string ApiText::negotiate(std::string_view acceptLanguage)
{
    return PortalText::negotiate(acceptLanguage);
}

std::vector<ApiText::Entry> ApiText::parse(std::string_view text)
{
    std::vector<Entry> entries;
    std::istringstream in{std::string(text)};
    std::string line;
    std::string english;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.empty() || line[0] == '#') {
            english.clear();
            continue;
        }
        if (english.empty()) {
            english = line;
        } else {
            entries.push_back({english, line});
            english.clear();
        }
    }
    return entries;
}

std::string ApiText::translate(const std::string& language, const std::string& english) const
{
    if (language != "tr" || english.empty()) {
        return english;
    }
    if (const auto literal = m_literal.find(english); literal != m_literal.end()) {
        return literal->second;
    }
    for (const Pattern& pattern : m_patterns) {
        std::smatch match;
        if (english.compare(0, pattern.prefix.size(), pattern.prefix) != 0 ||
            !std::regex_match(english, match, pattern.english)) {
            continue;
        }
        std::string out = pattern.translation;
        for (std::size_t i = 0; i < pattern.holes.size(); ++i) {
            const std::string hole = "{" + std::to_string(pattern.holes[i]) + "}";
            // A hole's text may itself be a known message ("must be {1}" around "a whole number").
            const std::string value = translate(language, match[static_cast<int>(i) + 1].str());
            for (std::size_t at = out.find(hole); at != std::string::npos; at = out.find(hole, at + value.size())) {
                out.replace(at, hole.size(), value);
            }
        }
        return out;
    }
    return english;
}

void ApiText::localize(RestResponse& response, const std::string& language) const
{
    if (language == "en" || response.body.empty() ||
        (response.contentType != "application/json" && response.contentType != "application/problem+json")) {
        return;
    }
    try {
        Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true)); // members keep their order
        Poco::Dynamic::Var document = parser.parse(response.body);
        localizeValue(*this, language, document);
        std::ostringstream out;
        Poco::JSON::Stringifier::condense(document, out);
        response.body = out.str();
        response.headers.emplace_back("Content-Language", language);
    } catch (const Poco::Exception&) {
        // Not JSON after all: the English answer is better than none.
    }
}

} // namespace castellan
