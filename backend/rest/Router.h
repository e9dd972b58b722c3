#pragma once

#include "auth/Principal.h"
#include "rest/RestMessage.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace castellan {

using RestHandler = std::function<RestResponse(const RestRequest&)>;

/// One route of the contract (DESIGN §7): method, path pattern with `{param}` segments, accepted scopes.
struct Route
{
    std::string method;
    std::string pattern;
    std::set<Scope> scopes;
    RestHandler handler;
    /// Reachable by an admin who must still change the password or enroll TOTP.
    bool allowRestricted = false;
    /// The largest request body this route takes, in bytes; 0: the server's default (RestHandlerFactory).
    std::size_t bodyLimit = 0;
};

/// A handler that calls `method` on `resource` (how resources register their member functions).
template <typename Resource>
RestHandler handlerFor(Resource* resource, RestResponse (Resource::*method)(const RestRequest&))
{
    return [resource, method](const RestRequest& r) {
        return (resource->*method)(r);
    };
}

/// Resolves a bearer token to its caller (nothing when invalid).
using BearerResolver = std::function<std::optional<Principal>(const std::string& token)>;

/// Matches requests to routes. The route table is also what the OpenAPI test and the scope test walk.
class Router
{
public:
    void add(Route route);
    void setBearerResolver(BearerResolver resolver) { m_resolver = std::move(resolver); }
    /// After the license's support end date only the routes whose patterns are in `exempt` answer (the license
    /// itself, administrator login, health); every other route is refused with 403 and a message saying why.
    void setLicenseGuard(std::function<bool()> supportEnded, std::set<std::string> exempt)
    {
        m_supportEnded = std::move(supportEnded);
        m_licenseExempt = std::move(exempt);
    }
    const std::vector<Route>& routes() const { return m_routes; }

    struct Match
    {
        const Route* route = nullptr;
        std::map<std::string, std::string> params;
        std::vector<std::string> allowedMethods; ///< when the path matched but the method did not
    };
    /// Finds the route for a method and path; `route` is null when none matches.
    Match match(const std::string& method, const std::string& path) const;

    /// Routes the request and runs its handler; 404/405 problems when nothing matches.
    RestResponse dispatch(RestRequest request) const;
    /// The answer dispatch() would give without running a handler (404, 405, 401, 403), or nothing when the
    /// request would reach its handler. Lets the server refuse a large body before reading it.
    std::optional<RestResponse> refusal(RestRequest request) const;

private:
    std::optional<RestResponse> admit(RestRequest& request, const Route*& route) const;
    static std::optional<std::map<std::string, std::string>> matchPattern(const std::string& pattern,
                                                                          const std::string& path);
    std::optional<RestResponse> authorize(const Route& route, RestRequest& request) const;

    std::vector<Route> m_routes;
    BearerResolver m_resolver;
    std::function<bool()> m_supportEnded;
    std::set<std::string> m_licenseExempt;
};

} // namespace castellan
