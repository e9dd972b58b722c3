#pragma once

#include <map>
#include <string>
#include <string_view>

namespace castellan {

/// The portal's HTML templates: sections of resources/portal/pages.html, each starting with a line
/// `<!-- page: NAME -->`. In a template, `{{name}}` is a value HTML-escaped, `{{{name}}}` a value inserted as it
/// is (HTML the server built: a rendered fragment, the QR code's SVG), and `{{t:key}}` a catalog text, escaped.
/// A name without a value renders empty.
class PortalTemplates
{
public:
    using Values = std::map<std::string, std::string>;

    static const PortalTemplates& instance();
    explicit PortalTemplates(std::string_view pages);

    std::string render(const std::string& page, const Values& values, const std::string& language) const;
    bool has(const std::string& page) const { return m_pages.count(page) > 0; }

    /// HTML escaping of text for element content and quoted attribute values.
    static std::string escape(std::string_view text);

private:
    std::map<std::string, std::string> m_pages;
};

} // namespace castellan
