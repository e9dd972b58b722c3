#include "portal/HtmlForm.h"

#include <Poco/Exception.h>
#include <Poco/String.h>
#include <Poco/URI.h>

namespace castellan {
namespace {

std::string decode(std::string text)
{
    for (char& c : text) {
        if (c == '+') {
            c = ' ';
        }
    }
    std::string decoded;
    try {
        Poco::URI::decode(text, decoded);
    } catch (const Poco::Exception&) {
        return {};
    }
    return decoded;
}

} // namespace

HtmlForm HtmlForm::parse(std::string_view body)
{
    HtmlForm form;
    std::size_t start = 0;
    while (start <= body.size()) {
        std::size_t end = body.find('&', start);
        if (end == std::string_view::npos) {
            end = body.size();
        }
        const std::string_view pair = body.substr(start, end - start);
        if (!pair.empty()) {
            const std::size_t equals = pair.find('=');
            const std::string name = decode(std::string(pair.substr(0, equals)));
            const std::string value =
                equals == std::string_view::npos ? std::string() : decode(std::string(pair.substr(equals + 1)));
            form.m_values.emplace(name, value);
        }
        start = end + 1;
    }
    return form;
}

std::map<std::string, std::string> HtmlForm::cookies(std::string_view header)
{
    std::map<std::string, std::string> found;
    std::size_t start = 0;
    while (start < header.size()) {
        std::size_t end = header.find(';', start);
        if (end == std::string_view::npos) {
            end = header.size();
        }
        const std::string pair = Poco::trim(std::string(header.substr(start, end - start)));
        const std::size_t equals = pair.find('=');
        if (equals != std::string::npos) {
            found.emplace(pair.substr(0, equals), pair.substr(equals + 1));
        }
        start = end + 1;
    }
    return found;
}

std::string HtmlForm::value(const std::string& name) const
{
    const auto found = m_values.find(name);
    return found == m_values.end() ? std::string() : found->second;
}

} // namespace castellan
