#pragma once

#include <string_view>

namespace castellan {

/// The REST API's message catalog, embedded at build time from translations/api.
struct ApiTextCatalog
{
    static std::string_view turkish(); ///< translations/api/tr.txt
};

} // namespace castellan
