#include "portal/UserAgent.h"

#include <array>
#include <cctype>
#include <utility>

namespace castellan {
namespace {

/// The digits after `token` in `header` ("Firefox/120.0" -> "120"); empty when absent.
std::string majorAfter(std::string_view header, std::string_view token)
{
    const auto at = header.find(token);
    if (at == std::string_view::npos) {
        return {};
    }
    std::string digits;
    for (auto i = at + token.size(); i < header.size() && std::isdigit(static_cast<unsigned char>(header[i])); ++i) {
        digits += header[i];
    }
    return digits;
}

bool has(std::string_view header, std::string_view token)
{
    return header.find(token) != std::string_view::npos;
}

} // namespace

UserAgent UserAgent::parse(std::string_view header)
{
    UserAgent ua;
    // Browsers built on Chromium or WebKit name themselves before the engine's tokens: check them first.
    static const std::array<std::pair<std::string_view, std::string_view>, 11> kBrowsers{{
        {"SamsungBrowser/", "Samsung Internet"},
        {"EdgA/", "Edge"},
        {"EdgiOS/", "Edge"},
        {"Edg/", "Edge"},
        {"Edge/", "Edge"},
        {"OPR/", "Opera"},
        {"OPiOS/", "Opera"},
        {"FxiOS/", "Firefox"},
        {"Firefox/", "Firefox"},
        {"CriOS/", "Chrome"},
        {"Chrome/", "Chrome"},
    }};
    for (const auto& [token, name] : kBrowsers) {
        if (has(header, token)) {
            ua.browser = name;
            ua.version = majorAfter(header, token);
            break;
        }
    }
    if (ua.browser.empty() && has(header, "Safari/") && has(header, "Version/")) {
        ua.browser = "Safari";
        ua.version = majorAfter(header, "Version/");
    }
    if (has(header, "Windows NT") || has(header, "Windows Phone")) {
        ua.system = "Windows";
    } else if (has(header, "CrOS")) {
        ua.system = "ChromeOS";
    } else if (has(header, "iPhone") || has(header, "iPad") || has(header, "iPod")) {
        ua.system = "iOS";
    } else if (has(header, "Android")) {
        ua.system = "Android";
    } else if (has(header, "Macintosh") || has(header, "Mac OS X")) {
        ua.system = "macOS";
    } else if (has(header, "Linux")) {
        ua.system = "Linux";
    }
    return ua;
}

} // namespace castellan
