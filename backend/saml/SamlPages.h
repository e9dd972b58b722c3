#pragma once

#include "rest/RestMessage.h"

#include <string>

namespace castellan {

class IdpKeyStore;
class Router;

/// The IdP's public endpoints under /saml (pages like the portal's, not /api/v1): `/saml/metadata`.
class SamlPages
{
public:
    SamlPages(IdpKeyStore& keys, std::string publicUrl);
    void addRoutes(Router& router);

    RestResponse metadata(const RestRequest& request);

    /// The IdP's base URL: http.public_url, else https:// and the Host the request came to.
    std::string baseUrlFor(const RestRequest& request) const;

private:
    IdpKeyStore& m_keys;
    std::string m_publicUrl;
};

} // namespace castellan
