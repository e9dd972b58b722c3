#include "saml/SamlResponse.h"

#include "saml/SamlText.h"

namespace castellan::saml {

std::string buildStatusResponse(const std::string& idpEntityId, const std::string& acsUrl,
                                const std::string& inResponseTo, const std::string& responseId, std::int64_t now,
                                const std::string& statusCode, const std::string& subStatus, const std::string& message)
{
    std::string xml = "<samlp:Response xmlns:samlp=\"" + std::string(kProtocolNs) + "\" xmlns:saml=\"" + kAssertionNs +
                      "\" ID=\"" + responseId + "\" Version=\"2.0\" IssueInstant=\"" + instant(now) +
                      "\" Destination=\"" + escape(acsUrl) + "\"" +
                      (inResponseTo.empty() ? std::string() : " InResponseTo=\"" + escape(inResponseTo) + "\"") + ">";
    xml += "<saml:Issuer>" + escape(idpEntityId) + "</saml:Issuer><samlp:Status><samlp:StatusCode Value=\"" +
           escape(statusCode) + "\">";
    if (!subStatus.empty()) {
        xml += "<samlp:StatusCode Value=\"" + escape(subStatus) + "\"/>";
    }
    xml += "</samlp:StatusCode>";
    if (!message.empty()) {
        xml += "<samlp:StatusMessage>" + escape(message) + "</samlp:StatusMessage>";
    }
    return xml + "</samlp:Status></samlp:Response>";
}

std::string buildResponse(const ResponseContent& c, const std::string& responseId, const std::string& assertionId)
{
    const std::string issueInstant = instant(c.now);
    const std::string notOnOrAfter = instant(c.now + c.lifetimeSeconds);
    // An unsolicited (IdP-initiated) Response answers no request: no InResponseTo (SAML profiles §4.1.5).
    const std::string inResponseTo =
        c.inResponseTo.empty() ? std::string() : " InResponseTo=\"" + escape(c.inResponseTo) + "\"";
    const std::string issuer = "<saml:Issuer>" + escape(c.idpEntityId) + "</saml:Issuer>";
    std::string xml = "<samlp:Response xmlns:samlp=\"" + std::string(kProtocolNs) + "\" xmlns:saml=\"" + kAssertionNs +
                      "\" ID=\"" + responseId + "\" Version=\"2.0\" IssueInstant=\"" + issueInstant +
                      "\" Destination=\"" + escape(c.acsUrl) + "\"" + inResponseTo + ">";
    xml += issuer;
    xml += "<samlp:Status><samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Success\"/></samlp:Status>";
    xml += "<saml:Assertion xmlns:saml=\"" + std::string(kAssertionNs) + "\" ID=\"" + assertionId +
           "\" Version=\"2.0\" IssueInstant=\"" + issueInstant + "\">";
    xml += issuer;
    xml += "<saml:Subject><saml:NameID Format=\"" + escape(c.nameIdFormat) + "\">" + escape(c.nameId) +
           "</saml:NameID><saml:SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\">"
           "<saml:SubjectConfirmationData" +
           inResponseTo + " NotOnOrAfter=\"" + notOnOrAfter + "\" Recipient=\"" + escape(c.acsUrl) +
           "\"/></saml:SubjectConfirmation></saml:Subject>";
    xml += "<saml:Conditions NotBefore=\"" + instant(c.now - c.skewSeconds) + "\" NotOnOrAfter=\"" + notOnOrAfter +
           "\"><saml:AudienceRestriction><saml:Audience>" + escape(c.spEntityId) +
           "</saml:Audience></saml:AudienceRestriction></saml:Conditions>";
    xml += "<saml:AuthnStatement AuthnInstant=\"" + instant(c.authnInstant) + "\" SessionIndex=\"" +
           escape(c.sessionIndex) + "\"><saml:AuthnContext><saml:AuthnContextClassRef>" +
           escape(c.authnContextClassRef) + "</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>";
    if (!c.attributes.empty()) {
        xml += "<saml:AttributeStatement>";
        for (const auto& [name, value] : c.attributes) {
            xml += "<saml:Attribute Name=\"" + escape(name) +
                   "\" NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:basic\"><saml:AttributeValue "
                   "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/"
                   "XMLSchema-instance\" xsi:type=\"xs:string\">" +
                   escape(value) + "</saml:AttributeValue></saml:Attribute>";
        }
        xml += "</saml:AttributeStatement>";
    }
    xml += "</saml:Assertion></samlp:Response>";
    return xml;
}

} // namespace castellan::saml
