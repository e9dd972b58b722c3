#include "saml/AuthnRequest.h"

#include "saml/SamlText.h"
#include "saml/XmlDocument.h"

namespace castellan::saml {

Result<AuthnRequest> parseAuthnRequest(std::string_view xml)
{
    auto doc = XmlDocument::parse(xml);
    if (!doc) {
        return Error::of(ErrorCode::InvalidInput, "the SAMLRequest is not well-formed XML");
    }
    xmlNodePtr root = doc->root();
    if (!XmlDocument::is(root, kProtocolNs, "AuthnRequest")) {
        return Error::of(ErrorCode::InvalidInput, "the SAMLRequest is not an AuthnRequest");
    }
    AuthnRequest r;
    r.id = XmlDocument::attribute(root, "ID");
    if (r.id.empty() || r.id.size() > 256 || XmlDocument::attribute(root, "Version") != "2.0") {
        return Error::of(ErrorCode::InvalidInput, "the AuthnRequest has no ID or is not SAML 2.0");
    }
    r.issueInstant = parseInstant(XmlDocument::attribute(root, "IssueInstant"));
    if (r.issueInstant < 0) {
        return Error::of(ErrorCode::InvalidInput, "the AuthnRequest has no valid IssueInstant");
    }
    auto issuers = XmlDocument::children(root, kAssertionNs, "Issuer");
    if (issuers.empty() || XmlDocument::text(issuers.front()).empty()) {
        return Error::of(ErrorCode::InvalidInput, "the AuthnRequest names no Issuer");
    }
    r.issuer = XmlDocument::text(issuers.front());
    r.acsUrl = XmlDocument::attribute(root, "AssertionConsumerServiceURL");
    r.protocolBinding = XmlDocument::attribute(root, "ProtocolBinding");
    // xs:boolean: "true" or "1".
    const auto flag = [&](const char* name) {
        const std::string value = XmlDocument::attribute(root, name);
        return value == "true" || value == "1";
    };
    r.forceAuthn = flag("ForceAuthn");
    r.isPassive = flag("IsPassive");
    for (xmlNodePtr policy : XmlDocument::children(root, kProtocolNs, "NameIDPolicy")) {
        r.nameIdFormat = XmlDocument::attribute(policy, "Format");
    }
    return r;
}

} // namespace castellan::saml
