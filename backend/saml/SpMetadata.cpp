#include "saml/SpMetadata.h"

#include "saml/SamlText.h"
#include "saml/XmlDocument.h"

#include <algorithm>

namespace castellan::saml {
namespace {

Error invalid(const std::string& why)
{
    return Error::of(ErrorCode::InvalidInput, why);
}

std::string withoutWhitespace(std::string text)
{
    text.erase(std::remove_if(text.begin(), text.end(),
                              [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }),
               text.end());
    return text;
}

bool isHttpUrl(const std::string& url)
{
    return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
}

} // namespace

Result<SpMetadata> parseSpMetadata(std::string_view xml)
{
    auto doc = XmlDocument::parse(xml);
    if (!doc) {
        return invalid("is not well-formed XML (or has a DOCTYPE, which is refused)");
    }
    xmlNodePtr entity = doc->root();
    if (!XmlDocument::is(entity, kMetadataNs, "EntityDescriptor")) {
        return invalid("must be an md:EntityDescriptor");
    }
    SpMetadata m;
    m.entityId = XmlDocument::attribute(entity, "entityID");
    if (m.entityId.empty() || m.entityId.size() > 1024) {
        return invalid("has no entityID");
    }
    auto descriptors = XmlDocument::children(entity, kMetadataNs, "SPSSODescriptor");
    if (descriptors.empty()) {
        return invalid("has no SPSSODescriptor");
    }
    xmlNodePtr sp = descriptors.front();
    const std::string signedRequests = XmlDocument::attribute(sp, "AuthnRequestsSigned");
    m.authnRequestsSigned = signedRequests == "true" || signedRequests == "1";
    for (xmlNodePtr acs : XmlDocument::children(sp, kMetadataNs, "AssertionConsumerService")) {
        AcsEndpoint e{XmlDocument::attribute(acs, "Binding"), XmlDocument::attribute(acs, "Location")};
        if (!isHttpUrl(e.location)) {
            return invalid("has an AssertionConsumerService without an http(s) Location");
        }
        m.acs.push_back(e);
    }
    if (std::none_of(m.acs.begin(), m.acs.end(), [](const AcsEndpoint& e) { return e.binding == kPostBinding; })) {
        return invalid("has no AssertionConsumerService with the HTTP-POST binding");
    }
    for (xmlNodePtr slo : XmlDocument::children(sp, kMetadataNs, "SingleLogoutService")) {
        if (m.sloSoapUrl.empty() && XmlDocument::attribute(slo, "Binding") == kSoapBinding) {
            if (!isHttpUrl(XmlDocument::attribute(slo, "Location"))) {
                return invalid("has a SOAP SingleLogoutService without an http(s) Location");
            }
            m.sloSoapUrl = XmlDocument::attribute(slo, "Location");
        }
    }
    // The browser carries logout messages (front channel): HTTP-Redirect first, then HTTP-POST. SOAP (above) is
    // for sessions ended without the browser.
    for (const char* binding : {kRedirectBinding, kPostBinding}) {
        for (xmlNodePtr slo : XmlDocument::children(sp, kMetadataNs, "SingleLogoutService")) {
            const std::string location = XmlDocument::attribute(slo, "Location");
            const std::string response = XmlDocument::attribute(slo, "ResponseLocation");
            if (m.sloUrl.empty() && XmlDocument::attribute(slo, "Binding") == binding) {
                if (!isHttpUrl(location) || (!response.empty() && !isHttpUrl(response))) {
                    return invalid("has a SingleLogoutService without an http(s) Location");
                }
                m.sloUrl = location;
                m.sloBinding = binding;
                m.sloResponseUrl = response;
            }
        }
    }
    for (xmlNodePtr key : XmlDocument::children(sp, kMetadataNs, "KeyDescriptor")) {
        const std::string use = XmlDocument::attribute(key, "use");
        if (use.empty() || use == "signing") {
            if (xmlNodePtr cert = XmlDocument::find(key, kDsigNs, "X509Certificate")) {
                m.certificateBase64 = withoutWhitespace(XmlDocument::text(cert));
                break;
            }
        }
    }
    if (m.authnRequestsSigned && m.certificateBase64.empty()) {
        return invalid("says AuthnRequestsSigned but has no signing certificate");
    }
    return m;
}

} // namespace castellan::saml
