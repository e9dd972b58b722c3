#include "portal/PortalText.h"

#include "portal/PortalResources.h"

#include <Poco/String.h>

namespace castellan {

PortalText::PortalText()
{
    m_catalogs["en"] = parse(PortalResources::textEn());
    m_catalogs["tr"] = parse(PortalResources::textTr());
}

const PortalText& PortalText::instance()
{
    static const PortalText text;
    return text;
}

std::map<std::string, std::string> PortalText::parse(std::string_view properties)
{
    std::map<std::string, std::string> entries;
    std::size_t start = 0;
    while (start < properties.size()) {
        std::size_t end = properties.find('\n', start);
        if (end == std::string_view::npos) {
            end = properties.size();
        }
        const std::string line = Poco::trim(std::string(properties.substr(start, end - start)));
        start = end + 1;
        const std::size_t equals = line.find('=');
        if (line.empty() || line[0] == '#' || equals == std::string::npos) {
            continue;
        }
        entries[Poco::trim(line.substr(0, equals))] = Poco::trim(line.substr(equals + 1));
    }
    return entries;
}

std::string PortalText::negotiate(std::string_view acceptLanguage)
{
    // The first language named wins; q-values are in practice already in preference order.
    const std::string lower = Poco::toLower(Poco::trim(std::string(acceptLanguage)));
    return lower.rfind("tr", 0) == 0 ? "tr" : "en";
}

std::string PortalText::get(const std::string& language, const std::string& key) const
{
    for (const std::string& lang : {language, std::string("en")}) {
        const auto catalog = m_catalogs.find(lang);
        if (catalog != m_catalogs.end()) {
            const auto text = catalog->second.find(key);
            if (text != catalog->second.end()) {
                return text->second;
            }
        }
    }
    return key;
}

const std::map<std::string, std::string>& PortalText::catalog(const std::string& language) const
{
    const auto found = m_catalogs.find(language);
    return found == m_catalogs.end() ? m_catalogs.at("en") : found->second;
}

} // namespace castellan
