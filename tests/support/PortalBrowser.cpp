#include "PortalBrowser.h"

#include <Poco/URI.h>

#include <regex>
#include <stdexcept>

namespace castellan::test {

namespace {

constexpr int kMaxRedirects = 10;

std::string formEncoded(const std::map<std::string, std::string>& fields)
{
    std::string body;
    for (const auto& [name, value] : fields) {
        std::string encoded;
        Poco::URI::encode(value, "!#$&'()*+,/:;=?@[]", encoded);
        body += (body.empty() ? "" : "&") + name + "=" + encoded;
    }
    return body;
}

/// The path and query of a Location header, which may be absolute ("https://host:port/path").
std::string pathOf(const std::string& location)
{
    if (location.rfind("http://", 0) != 0 && location.rfind("https://", 0) != 0) {
        return location;
    }
    const Poco::URI uri(location);
    return uri.getPathAndQuery();
}

} // namespace

PortalBrowser::PortalBrowser(int port) : m_client("127.0.0.1", port) {}

HttpReply PortalBrowser::get(const std::string& path)
{
    return follow(exchange("GET", path, {}));
}

HttpReply PortalBrowser::postForm(const std::string& path, const std::map<std::string, std::string>& fields)
{
    std::map<std::string, std::string> withToken = fields;
    withToken.emplace("csrf", m_csrf);
    return follow(exchange("POST", path, formEncoded(withToken)));
}

HttpReply PortalBrowser::signInToServiceProvider(const std::string& spId, const std::string& username,
                                                 const std::string& password)
{
    HttpReply page = get("/portal/saml/start?sp=" + spId);
    if (m_path.rfind("/portal/login", 0) == 0) {
        page = postForm("/portal/login", {{"username", username}, {"password", password}});
    }
    return page;
}

HttpReply PortalBrowser::exchange(const std::string& method, const std::string& path, const std::string& body)
{
    std::map<std::string, std::string> headers = m_headers;
    if (!m_cookie.empty()) {
        headers.emplace("Cookie", m_cookie);
    }
    HttpReply reply = method == "GET" ? m_client.get(path, headers)
                                      : m_client.send(method, path, body, "application/x-www-form-urlencoded", headers);
    m_path = path;
    const auto cookie = reply.headers.find("Set-Cookie");
    if (cookie != reply.headers.end()) {
        m_cookie = cookie->second.substr(0, cookie->second.find(';'));
    }
    static const std::regex kCsrf("name=\"csrf\" value=\"([^\"]+)\"");
    std::smatch token;
    if (std::regex_search(reply.body, token, kCsrf)) {
        m_csrf = token[1];
    }
    return reply;
}

HttpReply PortalBrowser::follow(HttpReply reply)
{
    for (int hop = 0; reply.status >= 300 && reply.status < 400; ++hop) {
        const auto location = reply.headers.find("Location");
        if (location == reply.headers.end() || hop == kMaxRedirects) {
            throw std::runtime_error("redirect without Location, or too many, at " + m_path);
        }
        reply = exchange("GET", pathOf(location->second), {});
    }
    return reply;
}

} // namespace castellan::test
