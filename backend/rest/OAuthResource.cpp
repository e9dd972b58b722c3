#include "rest/OAuthResource.h"

#include "auth/AccountLockout.h"
#include "auth/OpaqueToken.h"
#include "auth/TokenService.h"
#include "crypto/ConstantTime.h"
#include "rest/JsonBody.h"
#include "rest/Router.h"
#include "store/ApiClientRepository.h"
#include "store/AuditLog.h"

#include <Poco/Base64Decoder.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <algorithm>
#include <map>
#include <sstream>

namespace castellan {
namespace {

/// RFC 6749 §5.2 error response.
RestResponse oauthError(int status, const std::string& error, const std::string& description, bool basicChallenge)
{
    Poco::JSON::Object o;
    o.set("error", error);
    o.set("error_description", description);
    RestResponse r = jsonResponse(o, status);
    r.headers.emplace_back("Pragma", "no-cache");
    if (status == 401) {
        r.headers.emplace_back("WWW-Authenticate", basicChallenge ? "Basic realm=\"castellan\"" : "Bearer");
    }
    return r;
}

std::map<std::string, std::string> formParameters(const std::string& body, bool& duplicate)
{
    std::map<std::string, std::string> params;
    std::istringstream in(body);
    std::string pair;
    while (std::getline(in, pair, '&')) {
        if (pair.empty()) {
            continue;
        }
        const size_t eq = pair.find('=');
        std::string name, value;
        std::string rawName = pair.substr(0, eq);
        std::string rawValue = eq == std::string::npos ? "" : pair.substr(eq + 1);
        std::replace(rawName.begin(), rawName.end(), '+', ' ');
        std::replace(rawValue.begin(), rawValue.end(), '+', ' ');
        Poco::URI::decode(rawName, name);
        Poco::URI::decode(rawValue, value);
        // RFC 6749 §3.2: request parameters must not be included more than once.
        duplicate = duplicate || params.count(name);
        params[name] = value;
    }
    return params;
}

/// Client id and secret from `Authorization: Basic` (form-urlencoded inside, RFC 6749 §2.3.1).
bool basicCredentials(const std::string& header, std::string& id, std::string& secret)
{
    if (header.size() < 6 || Poco::icompare(header.substr(0, 6), "basic ") != 0) {
        return false;
    }
    std::istringstream encoded(header.substr(6));
    Poco::Base64Decoder decoder(encoded);
    std::string decoded((std::istreambuf_iterator<char>(decoder)), std::istreambuf_iterator<char>());
    const size_t colon = decoded.find(':');
    if (colon == std::string::npos) {
        return false;
    }
    Poco::URI::decode(decoded.substr(0, colon), id);
    Poco::URI::decode(decoded.substr(colon + 1), secret);
    return true;
}

} // namespace

OAuthResource::OAuthResource(ApiClientRepository& clients, TokenService& tokens, AccountLockout& lockout,
                             AuditLog& audit, const Clock& clock)
    : m_clients(clients), m_tokens(tokens), m_lockout(lockout), m_audit(audit), m_clock(clock)
{}

void OAuthResource::addRoutes(Router& router)
{
    // RFC 6749 §4.4.2: the token request is a form, not JSON.
    router.add({"POST",
                "/api/v1/oauth/token",
                {Scope::Public},
                [this](const RestRequest& r) { return token(r); },
                false,
                0,
                {"application/x-www-form-urlencoded"}});
}

RestResponse OAuthResource::token(const RestRequest& request)
{
    if (request.header("content-type").find("application/x-www-form-urlencoded") == std::string::npos) {
        return oauthError(400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded", false);
    }
    bool duplicate = false;
    auto params = formParameters(request.body, duplicate);
    if (duplicate) {
        return oauthError(400, "invalid_request", "a parameter is repeated", false);
    }
    std::string clientId, secret;
    const bool viaBasic = basicCredentials(request.header("authorization"), clientId, secret);
    const bool viaBody = params.count("client_id") || params.count("client_secret");
    if (viaBasic && viaBody) {
        return oauthError(400, "invalid_request", "use one client authentication method, not two", false);
    }
    if (!viaBasic) {
        clientId = params["client_id"];
        secret = params["client_secret"];
    }
    if (!params.count("grant_type")) {
        return oauthError(400, "invalid_request", "grant_type is required", false);
    }
    if (m_lockout.sourceThrottled(request.sourceIp)) {
        RestResponse r = oauthError(429, "slow_down", "too many failed attempts from this address", false);
        r.headers.emplace_back("Retry-After", "30");
        return r;
    }
    auto client = clientId.empty() ? std::nullopt : m_clients.findByClientId(clientId);
    const bool secretMatches = client && ConstantTime::equals(OpaqueToken::digest(secret), client->secretDigest);
    if (!client || !secretMatches || !client->enabled) {
        m_lockout.recordSourceFailure(request.sourceIp);
        m_audit.record({.channel = "rest",
                        .event = "oauth.token",
                        .actor = "client:" + clientId,
                        .client = clientId,
                        .result = "failure",
                        .reason = !client          ? "unknown client"
                                  : !secretMatches ? "wrong secret"
                                                   : "client disabled",
                        .sourceIp = request.sourceIp});
        return oauthError(401, "invalid_client", "client authentication failed", viaBasic);
    }
    if (params["grant_type"] != "client_credentials") {
        return oauthError(400, "unsupported_grant_type", "only client_credentials is supported", viaBasic);
    }
    const Scope scope = client->type == "agent" ? Scope::Agent : Scope::User;
    if (params.count("scope") && !params["scope"].empty() && params["scope"] != scopeName(scope)) {
        return oauthError(400, "invalid_scope", "this client may only ask for scope '" + scopeName(scope) + "'",
                          viaBasic);
    }
    IssuedTokens issued = m_tokens.issueForClient(client->id, scope);
    m_clients.touch(client->id, m_clock.nowSeconds());
    m_audit.record({.channel = "rest",
                    .event = "oauth.token",
                    .actor = "client:" + client->name,
                    .client = client->clientId,
                    .result = "success",
                    .sourceIp = request.sourceIp});
    Poco::JSON::Object o;
    o.set("access_token", issued.accessToken);
    o.set("token_type", "Bearer");
    o.set("expires_in", issued.expiresIn);
    o.set("scope", issued.scope);
    RestResponse r = jsonResponse(o);
    r.headers.emplace_back("Pragma", "no-cache");
    return r;
}

} // namespace castellan
