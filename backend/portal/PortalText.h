#pragma once

#include <map>
#include <string>
#include <string_view>

namespace castellan {

/// The portal's message catalogs (translations/portal/<language>.properties: `key = text`, UTF-8, `#` comments).
/// English is complete; a key missing in another language falls back to English, and an unknown key shows as
/// itself so a missing text is visible rather than blank.
class PortalText
{
public:
    static const PortalText& instance();
    /// "tr" or "en" for a language tag or Accept-Language value ("tr-TR,tr;q=0.9,en;q=0.8" -> "tr").
    static std::string negotiate(std::string_view acceptLanguage);

    std::string get(const std::string& language, const std::string& key) const;
    /// Every key of a catalog (tests compare the languages).
    const std::map<std::string, std::string>& catalog(const std::string& language) const;

    static std::map<std::string, std::string> parse(std::string_view properties);

private:
    PortalText();
    std::map<std::string, std::map<std::string, std::string>> m_catalogs;
};

} // namespace castellan
