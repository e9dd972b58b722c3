#include "rest/Router.h"

#include "rest/ApiText.h"
#include "rest/Problem.h"
#include "store/StoreExceptions.h"

#include <Poco/Logger.h>

#include <Poco/String.h>
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

const std::string kJson = "application/json";

bool startsWith(const std::string& text, const std::string& prefix)
{
    return text.rfind(prefix, 0) == 0;
}

/// Whether the request carries a body (read, or announced by its head when the body is not read yet).
bool hasBody(const RestRequest& request)
{
    const std::string length = request.header("content-length");
    return !request.body.empty() || (!length.empty() && length.find_first_not_of('0') != std::string::npos) ||
           !request.header("transfer-encoding").empty();
}

} // namespace

std::string mediaTypeOf(const std::string& contentType)
{
    return Poco::toLower(Poco::trim(contentType.substr(0, contentType.find(';'))));
}

void Router::add(Route route)
{
    const bool takesBody = route.method == "POST" || route.method == "PUT" || route.method == "PATCH";
    if (route.consumes.empty() && takesBody &&
        (startsWith(route.pattern, "/api/") || startsWith(route.pattern, "/device/"))) {
        route.consumes = {kJson};
    }
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
    // The most specific pattern wins (fewest {param} segments), so /users/export beats /users/{id} whatever
    // the order routes were added in.
    Match result;
    size_t bestParams = SIZE_MAX;
    std::set<std::string> allowed;
    for (const Route& route : m_routes) {
        auto params = matchPattern(route.pattern, path);
        if (!params) {
            continue;
        }
        if (route.method != method) {
            allowed.insert(route.method);
            continue;
        }
        if (params->size() < bestParams) {
            bestParams = params->size();
            result.route = &route;
            result.params = std::move(*params);
        }
    }
    if (!result.route) {
        // Only methods of the most specific matching patterns would be fair to list; all matching ones are
        // close enough for an Allow header and never include the method that was refused.
        result.allowedMethods.assign(allowed.begin(), allowed.end());
    }
    return result;
}

RestResponse Router::dispatch(RestRequest request) const
{
    const Route* route = nullptr;
    RestResponse response = [&] {
        try {
            if (auto refused = admit(request, route)) {
                return *refused;
            }
            return route->handler(request);
        } catch (const DatabaseUnavailableException& e) {
            return unavailable(request, e);
        }
    }();
    // Errors in the caller's language everywhere; the messages inside administration answers (import problems,
    // audit and block reasons) too. Other answers localize themselves (validate) or carry no messages.
    const std::string acceptLanguage = request.header("accept-language");
    if (!acceptLanguage.empty()) {
        const std::string language = ApiText::negotiate(acceptLanguage);
        if (response.contentType == "application/problem+json" || (route && route->scopes.count(Scope::Admin))) {
            ApiText::instance().localize(response, language);
        }
        response.headers.emplace_back("Vary", "Accept-Language");
    }
    return response;
}

std::optional<RestResponse> Router::refusal(RestRequest request) const
{
    try {
        const Route* route = nullptr;
        return admit(request, route);
    } catch (const DatabaseUnavailableException& e) {
        return unavailable(request, e); // the bearer token could not be checked
    }
}

RestResponse Router::unavailable(const RestRequest& request, const DatabaseUnavailableException& e)
{
    // Never an answer that depends on data the server could not read (a token, a user, a counter): the client is
    // told to come back, and the cause goes to the log only.
    Poco::Logger::get("rest").warning("%s %s: database unavailable: %s", request.method, request.path, e.displayText());
    return Problem::fromError(Error::of(ErrorCode::Unavailable, "The database cannot be reached; try again shortly"));
}

std::optional<RestResponse> Router::admit(RestRequest& request, const Route*& route) const
{
    Match found = match(request.method, request.path);
    if (!found.route) {
        if (!found.allowedMethods.empty()) {
            RestResponse response = Problem::make(405, ErrorCode::InvalidInput, "Method not allowed",
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
    route = found.route;
    if (auto refused = authorize(*found.route, request)) {
        return refused;
    }
    if (auto refused = checkMediaType(*found.route, request)) {
        return refused;
    }
    if (m_supportEnded && !m_licenseExempt.count(found.route->pattern) && found.route->pattern != "/metrics" &&
        m_supportEnded()) {
        const std::string& pattern = found.route->pattern;
        if (pattern.rfind("/portal", 0) == 0 || pattern.rfind("/saml", 0) == 0) {
            // Pages a browser shows: an HTML page in both of the portal's languages, not JSON.
            RestResponse page;
            page.status = 403;
            page.contentType = "text/html; charset=utf-8";
            page.body = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Castellan MFA</title>"
                        "</head><body><h1>Sign-in unavailable</h1><p>The license support period of this installation "
                        "has ended. Please contact your system administrator.</p><h1 lang=\"tr\">Giriş kullanılamıyor"
                        "</h1><p lang=\"tr\">Bu kurulumun lisans destek süresi sona erdi. Lütfen sistem yöneticinize "
                        "başvurun.</p></body></html>\n";
            page.headers.emplace_back("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            return page;
        }
        return Problem::make(403, ErrorCode::Forbidden, "License support period ended",
                             "The license support period has ended: only the license can be viewed and a new "
                             "license key entered (PUT /api/v1/license)");
    }
    return std::nullopt;
}

std::optional<RestResponse> Router::checkMediaType(const Route& route, const RestRequest& request)
{
    const std::string contentType = request.header("content-type");
    if (route.consumes.empty() || contentType.empty() || !hasBody(request)) {
        return std::nullopt;
    }
    const std::string type = mediaTypeOf(contentType);
    if (std::find(route.consumes.begin(), route.consumes.end(), type) != route.consumes.end()) {
        return std::nullopt;
    }
    std::string accepted;
    for (const std::string& t : route.consumes) {
        accepted += (accepted.empty() ? "" : " or ") + t;
    }
    return Problem::make(415, ErrorCode::InvalidInput, "Unsupported media type",
                         "This resource takes a body of type " + accepted,
                         {{"Content-Type", "must be " + accepted + ", not " + type}});
}

std::optional<RestResponse> Router::authorize(const Route& route, RestRequest& request) const
{
    if (route.scopes.count(Scope::Public)) {
        return std::nullopt;
    }
    // RFC 6750 §3: the challenge says whether a token was missing, invalid, or lacked the scope.
    auto refuse = [](int status, const std::string& challenge, const std::string& detail) {
        RestResponse r = Problem::make(status, status == 401 ? ErrorCode::Unauthenticated : ErrorCode::Forbidden,
                                       status == 401 ? "Authentication required" : "Forbidden", detail);
        r.headers.emplace_back("WWW-Authenticate", challenge);
        return r;
    };
    const std::string header = request.header("authorization");
    static const std::string kBearer = "bearer ";
    if (header.size() <= kBearer.size() || Poco::icompare(header.substr(0, kBearer.size()), kBearer) != 0) {
        return refuse(401, "Bearer realm=\"castellan\"", "This resource needs a bearer token");
    }
    std::optional<Principal> principal = m_resolver ? m_resolver(header.substr(kBearer.size())) : std::nullopt;
    if (!principal) {
        return refuse(401, "Bearer realm=\"castellan\", error=\"invalid_token\"",
                      "The access token is invalid, expired or revoked");
    }
    if (!route.scopes.count(principal->scope)) {
        return refuse(403, "Bearer realm=\"castellan\", error=\"insufficient_scope\"",
                      "This token's scope (" + scopeName(principal->scope) + ") may not use this resource");
    }
    if (principal->restricted && !route.allowRestricted) {
        return refuse(403, "Bearer realm=\"castellan\", error=\"insufficient_scope\"",
                      principal->passwordChangeRequired ? "Change your password first (POST /api/v1/auth/password)"
                                                        : "Enroll TOTP first (POST /api/v1/auth/totp)");
    }
    request.principal = std::move(principal);
    return std::nullopt;
}

} // namespace castellan
