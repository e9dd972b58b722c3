#include "rest/Router.h"

#include "rest/Problem.h"

#include <Poco/URI.h>

#include <algorithm>

namespace castellan {
namespace {

std::vector<std::string> segments(const std::string& path)
{
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= path.size()) {
        size_t end = path.find('/', start);
        if (end == std::string::npos) {
            end = path.size();
        }
        if (end > start) {
            parts.push_back(path.substr(start, end - start));
        }
        start = end + 1;
    }
    return parts;
}

} // namespace

void Router::add(Route route)
{
    m_routes.push_back(std::move(route));
}

std::optional<std::map<std::string, std::string>> Router::matchPattern(const std::string& pattern,
                                                                       const std::string& path)
{
    const std::vector<std::string> want = segments(pattern);
    const std::vector<std::string> have = segments(path);
    if (want.size() != have.size()) {
        return std::nullopt;
    }
    std::map<std::string, std::string> params;
    for (size_t i = 0; i < want.size(); ++i) {
        const std::string& w = want[i];
        if (w.size() > 2 && w.front() == '{' && w.back() == '}') {
            std::string decoded;
            Poco::URI::decode(have[i], decoded);
            params[w.substr(1, w.size() - 2)] = decoded;
        } else if (w != have[i]) {
            return std::nullopt;
        }
    }
    return params;
}

Router::Match Router::match(const std::string& method, const std::string& path) const
{
    Match result;
    for (const Route& route : m_routes) {
        auto params = matchPattern(route.pattern, path);
        if (!params) {
            continue;
        }
        if (route.method == method) {
            result.route = &route;
            result.params = std::move(*params);
            result.allowedMethods.clear();
            return result;
        }
        result.allowedMethods.push_back(route.method);
    }
    return result;
}

RestResponse Router::dispatch(RestRequest request) const
{
    Match found = match(request.method, request.path);
    if (!found.route) {
        if (!found.allowedMethods.empty()) {
            RestResponse response =
                Problem::make(405, ErrorCode::InvalidInput, "Method not allowed",
                              request.method + " is not allowed on " + request.path);
            std::string allow;
            for (const std::string& m : found.allowedMethods) {
                allow += (allow.empty() ? "" : ", ") + m;
            }
            response.headers.emplace_back("Allow", allow);
            return response;
        }
        return Problem::make(404, ErrorCode::NotFound, "Not found", "No resource at " + request.path);
    }
    request.pathParams = std::move(found.params);
    return found.route->handler(request);
}

} // namespace castellan
