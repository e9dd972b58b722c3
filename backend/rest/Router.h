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

class DatabaseUnavailableException;

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
    /// The media types its request body may have, compared without parameters such as charset (RFC 9110 §8.3.1);
    /// a body labelled with another type is refused with 415 before the handler runs, a body without Content-Type is
    /// left to the handler. Empty: application/json for POST, PUT and PATCH in the API (`/api/`, `/device/`; set by
    /// Router::add), any type elsewhere (the portal's and the SAML endpoints' HTML forms read their own).
    std::vector<std::string> consumes = {};
};

/// The media type of a Content-Type value: lower case, without parameters and spaces ("text/csv; charset=utf-8" ->
/// "text/csv").
std::string mediaTypeOf(const std::string& contentType);

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

    /// Routes the request and runs its handler; 404/405 problems when nothing matches, 415 for a body of a type the
    /// route does not take, 503 with Retry-After when the database cannot be reached (DatabaseUnavailableException).
    RestResponse dispatch(RestRequest request) const;
    /// The answer dispatch() would give without running a handler (404, 405, 401, 403, 415, 503), or nothing when
    /// the request would reach its handler. Lets the server refuse a large body before reading it.
    std::optional<RestResponse> refusal(RestRequest request) const;

private:
    std::optional<RestResponse> admit(RestRequest& request, const Route*& route) const;
    static std::optional<std::map<std::string, std::string>> matchPattern(const std::string& pattern,
                                                                          const std::string& path);
    std::optional<RestResponse> authorize(const Route& route, RestRequest& request) const;
    static std::optional<RestResponse> checkMediaType(const Route& route, const RestRequest& request);
    static RestResponse unavailable(const RestRequest& request, const DatabaseUnavailableException& e);

    std::vector<Route> m_routes;
    BearerResolver m_resolver;
    std::function<bool()> m_supportEnded;
    std::set<std::string> m_licenseExempt;
};

} // namespace castellan
