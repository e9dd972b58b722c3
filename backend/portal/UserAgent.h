#pragma once

#include <string>
#include <string_view>

namespace castellan {

/// The browser and operating system a User-Agent header names, for the sessions page. Only the major browsers
/// (Chrome, Edge, Firefox, Safari, Opera, Samsung Internet) and systems (Windows, macOS, iOS, Android, Linux,
/// ChromeOS) are known; the tokens are checked in the order the browsers' documented UA strings need, since
/// Edge, Opera and Samsung Internet also say "Chrome" and "Safari", and Chrome says "Safari".
struct UserAgent
{
    std::string browser; ///< "Firefox"; empty when unknown
    std::string version; ///< the browser's major version ("120"); empty when unknown
    std::string system;  ///< "Windows"; empty when unknown

    static UserAgent parse(std::string_view header);
};

} // namespace castellan
