#include "http/HttpExchange.h"

#include "rest/Problem.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

namespace castellan::HttpExchange {

bool parseTarget(const std::string& method, const std::string& target, RestRequest& request)
{
    if (target.empty() ||
        (target.front() != '/' && target.rfind("https://", 0) != 0 && target.rfind("http://", 0) != 0)) {
        return false; // asterisk-form (OPTIONS *) and authority-form (CONNECT) are not served
    }
    try {
        Poco::URI uri(target);
        request.method = method;
        request.path = uri.getPath();
        request.rawQuery = uri.getRawQuery();
        for (const auto& [name, value] : uri.getQueryParameters()) {
            request.query.emplace(name, value);
        }
    } catch (const Poco::Exception&) {
        return false; // bad percent-encoding and the like
    }
    return !request.path.empty() && request.path.front() == '/';
}

std::vector<std::pair<std::string, std::string>> responseHeaders(const RestResponse& reply)
{
    std::vector<std::pair<std::string, std::string>> headers = {
        {"Content-Type", reply.contentType},
        {"Cache-Control", "no-store"},
        {"X-Content-Type-Options", "nosniff"},
        {"Strict-Transport-Security", "max-age=31536000"},
    };
    for (const auto& [name, value] : reply.headers) {
        if (name != "Set-Cookie") { // several cookies are several fields (RFC 6265 §3); others replace
            for (auto it = headers.begin(); it != headers.end();) {
                it = it->first == name ? headers.erase(it) : it + 1;
            }
        }
        headers.emplace_back(name, value);
    }
    return headers;
}

namespace {

bool startsWith(const std::string& text, const std::string& prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

bool isAgentRoute(const Route& route)
{
    return route.scopes.count(Scope::Agent) > 0 || route.scopes.count(Scope::User) > 0 ||
           route.pattern == "/api/v1/oauth/token";
}

} // namespace

bool exposes(RouteExposure exposure, bool publicAgentApi, const Route* route, const std::string& path)
{
    if (exposure == RouteExposure::All) {
        return true;
    }
    const std::string& where = route ? route->pattern : path;
    const bool adminSide = startsWith(where, "/api/") || where == "/metrics";
    if (exposure == RouteExposure::Admin) {
        return adminSide;
    }
    if (!adminSide || where == "/api/v1/health" || startsWith(where, "/api/v1/health/")) {
        return true; // portal, SAML, device API; health, live and ready for load balancers
    }
    return publicAgentApi && route && isAgentRoute(*route);
}

RestResponse badRequest(const std::string& detail)
{
    return Problem::make(400, ErrorCode::InvalidInput, "Bad request", detail);
}

RestResponse headersTooLarge(std::size_t maxBytes, std::size_t maxFields)
{
    return Problem::make(431, ErrorCode::InvalidInput, "Request header fields too large",
                         "The request line and header fields may take at most " + std::to_string(maxBytes) +
                             " bytes in at most " + std::to_string(maxFields) + " fields");
}

RestResponse bodyTooLarge(std::size_t limit)
{
    return Problem::make(413, ErrorCode::InvalidInput, "Request too large",
                         "The request body exceeds " + std::to_string(limit) + " bytes");
}

RestResponse serverBusy()
{
    RestResponse r = Problem::make(503, ErrorCode::Unavailable, "Server busy",
                                   "Every request worker is busy; try again in a moment");
    r.headers.emplace_back("Retry-After", "1");
    return r;
}

RestResponse notFound()
{
    return Problem::make(404, ErrorCode::NotFound, "Not found", "No resource at this path");
}

} // namespace castellan::HttpExchange
