#pragma once

#include "auth/Principal.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

/// An HTTP request as handlers see it: no Poco types, so handlers are tested without sockets.
struct RestRequest
{
    std::string method;
    std::string path;
    std::map<std::string, std::string> pathParams;
    std::multimap<std::string, std::string> query;
    std::string rawQuery; ///< the query string as sent, still percent-encoded (SAML redirect signatures cover it)
    std::map<std::string, std::string> headers; ///< names lower-cased
    std::string body;
    std::string sourceIp;
    /// The authenticated caller; set by the router for routes that need a token.
    std::optional<Principal> principal;

    /// First query value for `name`, or `fallback`.
    std::string queryValue(const std::string& name, const std::string& fallback = {}) const;
    /// Header value by lower-case name, or empty.
    std::string header(const std::string& lowerName) const;
};

struct RestResponse
{
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
};

} // namespace castellan
