#include "saml/SamlPages.h"

#include "rest/Router.h"
#include "saml/IdpKeyStore.h"
#include "saml/IdpMetadata.h"

#include <algorithm>

namespace castellan {

SamlPages::SamlPages(IdpKeyStore& keys, std::string publicUrl) : m_keys(keys), m_publicUrl(std::move(publicUrl))
{
    while (!m_publicUrl.empty() && m_publicUrl.back() == '/') {
        m_publicUrl.pop_back();
    }
}

void SamlPages::addRoutes(Router& router)
{
    const std::set<Scope> open{Scope::Public};
    router.add({"GET", "/saml/metadata", open, handlerFor(this, &SamlPages::metadata)});
}

std::string SamlPages::baseUrlFor(const RestRequest& request) const
{
    if (!m_publicUrl.empty()) {
        return m_publicUrl;
    }
    // As for enrollment links: a bare host[:port] only, so a forged Host cannot inject markup or paths.
    const std::string host = request.header("host");
    const bool plain = !host.empty() && host.size() <= 255 && std::all_of(host.begin(), host.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
               c == ':' || c == '[' || c == ']';
    });
    return "https://" + (plain ? host : std::string("localhost"));
}

RestResponse SamlPages::metadata(const RestRequest& request)
{
    RestResponse response;
    response.contentType = "application/samlmetadata+xml";
    std::vector<std::string> certificates;
    for (const IdpKey& key : m_keys.published()) {
        certificates.push_back(key.certificatePem);
    }
    response.body = saml::idpMetadata(baseUrlFor(request), certificates);
    return response;
}

} // namespace castellan
