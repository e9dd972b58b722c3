#include "saml/IdpMetadata.h"

#include "saml/SamlText.h"
#include "saml/SigningKeyPair.h"

namespace castellan::saml {

std::string idpEntityId(const std::string& baseUrl)
{
    return baseUrl + "/saml/metadata";
}

std::string idpMetadata(const std::string& baseUrl, const std::vector<std::string>& certificatePems)
{
    const std::string base = escape(baseUrl);
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    xml += "<md:EntityDescriptor xmlns:md=\"" + std::string(kMetadataNs) + "\" xmlns:ds=\"" + kDsigNs +
           "\" entityID=\"" + escape(idpEntityId(baseUrl)) + "\">\n";
    xml += "  <md:IDPSSODescriptor WantAuthnRequestsSigned=\"false\" protocolSupportEnumeration=\"" +
           std::string(kProtocolNs) + "\">\n";
    for (const std::string& certificatePem : certificatePems) {
        xml += "    <md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>" +
               SigningKeyPair::certificateBase64(certificatePem) +
               "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>\n";
    }
    for (const char* binding : {kRedirectBinding, kPostBinding}) {
        xml += "    <md:SingleLogoutService Binding=\"" + std::string(binding) + "\" Location=\"" + base +
               "/saml/logout\"/>\n";
    }
    for (const char* format : {kNameIdEmail, kNameIdUnspecified, kNameIdPersistent}) {
        xml += "    <md:NameIDFormat>" + std::string(format) + "</md:NameIDFormat>\n";
    }
    for (const char* binding : {kRedirectBinding, kPostBinding}) {
        xml += "    <md:SingleSignOnService Binding=\"" + std::string(binding) + "\" Location=\"" + base +
               "/saml/sso\"/>\n";
    }
    xml += "  </md:IDPSSODescriptor>\n</md:EntityDescriptor>\n";
    return xml;
}

} // namespace castellan::saml
