#pragma once

#include <string_view>

namespace castellan {

/// The portal's files, embedded at build time from resources/portal and translations/portal.
struct PortalResources
{
    static std::string_view pages();  ///< resources/portal/pages.html: every page template
    static std::string_view css();    ///< resources/portal/portal.css
    static std::string_view script(); ///< resources/portal/portal.js
    static std::string_view textEn(); ///< translations/portal/en.properties
    static std::string_view textTr(); ///< translations/portal/tr.properties
};

} // namespace castellan
