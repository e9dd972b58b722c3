#include "saml/LogoutMessages.h"

#include "saml/SamlText.h"
#include "saml/XmlDocument.h"

namespace castellan::saml {

Result<LogoutRequest> parseLogoutRequest(std::string_view xml)
{
    auto doc = XmlDocument::parse(xml);
    if (!doc) {
        return Error::of(ErrorCode::InvalidInput, "the SAMLRequest is not well-formed XML");
    }
    xmlNodePtr root = doc->root();
    if (!XmlDocument::is(root, kProtocolNs, "LogoutRequest")) {
        return Error::of(ErrorCode::InvalidInput, "the SAMLRequest is not a LogoutRequest");
    }
    LogoutRequest r;
    r.id = XmlDocument::attribute(root, "ID");
    r.issueInstant = parseInstant(XmlDocument::attribute(root, "IssueInstant"));
    auto issuers = XmlDocument::children(root, kAssertionNs, "Issuer");
    auto nameIds = XmlDocument::children(root, kAssertionNs, "NameID");
    if (r.id.empty() || r.id.size() > 256 || XmlDocument::attribute(root, "Version") != "2.0" || r.issueInstant < 0 ||
        issuers.empty() || nameIds.empty()) {
        return Error::of(ErrorCode::InvalidInput, "the LogoutRequest lacks its ID, IssueInstant, Issuer or NameID");
    }
    r.issuer = XmlDocument::text(issuers.front());
    r.nameId = XmlDocument::text(nameIds.front());
    for (xmlNodePtr index : XmlDocument::children(root, kProtocolNs, "SessionIndex")) {
        r.sessionIndexes.push_back(XmlDocument::text(index));
    }
    return r;
}

Result<LogoutResponse> parseLogoutResponse(std::string_view xml)
{
    auto doc = XmlDocument::parse(xml);
    if (!doc) {
        return Error::of(ErrorCode::InvalidInput, "the SAMLResponse is not well-formed XML");
    }
    xmlNodePtr root = doc->root();
    if (XmlDocument::is(root, kSoapEnvelopeNs, "Envelope")) {
        // The SOAP binding (bindings §3.2): the LogoutResponse is the Body's only child.
        auto bodies = XmlDocument::children(root, kSoapEnvelopeNs, "Body");
        auto inside = bodies.empty() ? std::vector<xmlNodePtr>{}
                                     : XmlDocument::children(bodies.front(), kProtocolNs, "LogoutResponse");
        root = inside.empty() ? nullptr : inside.front();
    }
    if (!root || !XmlDocument::is(root, kProtocolNs, "LogoutResponse")) {
        return Error::of(ErrorCode::InvalidInput, "the SAMLResponse is not a LogoutResponse");
    }
    LogoutResponse r;
    r.id = XmlDocument::attribute(root, "ID");
    r.inResponseTo = XmlDocument::attribute(root, "InResponseTo");
    auto issuers = XmlDocument::children(root, kAssertionNs, "Issuer");
    auto statuses = XmlDocument::children(root, kProtocolNs, "Status");
    if (r.id.empty() || r.inResponseTo.empty() || issuers.empty() || statuses.empty()) {
        return Error::of(ErrorCode::InvalidInput, "the LogoutResponse lacks its ID, InResponseTo, Issuer or Status");
    }
    r.issuer = XmlDocument::text(issuers.front());
    for (xmlNodePtr code : XmlDocument::children(statuses.front(), kProtocolNs, "StatusCode")) {
        r.statusCode = XmlDocument::attribute(code, "Value");
        break;
    }
    return r;
}

std::string buildLogoutRequest(const std::string& idpEntityId, const std::string& destination,
                               const std::string& nameId, const std::string& nameIdFormat,
                               const std::string& sessionIndex, const std::string& id, std::int64_t now,
                               std::int64_t lifetimeSeconds)
{
    return "<samlp:LogoutRequest xmlns:samlp=\"" + std::string(kProtocolNs) + "\" xmlns:saml=\"" + kAssertionNs +
           "\" ID=\"" + id + "\" Version=\"2.0\" IssueInstant=\"" + instant(now) + "\" Destination=\"" +
           escape(destination) + "\" NotOnOrAfter=\"" + instant(now + lifetimeSeconds) + "\"><saml:Issuer>" +
           escape(idpEntityId) + "</saml:Issuer><saml:NameID Format=\"" + escape(nameIdFormat) + "\">" +
           escape(nameId) + "</saml:NameID><samlp:SessionIndex>" + escape(sessionIndex) +
           "</samlp:SessionIndex></samlp:LogoutRequest>";
}

std::string buildLogoutResponse(const std::string& idpEntityId, const std::string& destination,
                                const std::string& inResponseTo, const std::string& id, std::int64_t now,
                                const std::string& statusCode, const std::string& subStatus)
{
    const std::string second =
        subStatus.empty() ? std::string() : "<samlp:StatusCode Value=\"" + escape(subStatus) + "\"/>";
    return "<samlp:LogoutResponse xmlns:samlp=\"" + std::string(kProtocolNs) + "\" xmlns:saml=\"" + kAssertionNs +
           "\" ID=\"" + id + "\" Version=\"2.0\" IssueInstant=\"" + instant(now) + "\" Destination=\"" +
           escape(destination) + "\" InResponseTo=\"" + escape(inResponseTo) + "\"><saml:Issuer>" +
           escape(idpEntityId) + "</saml:Issuer><samlp:Status><samlp:StatusCode Value=\"" + escape(statusCode) + "\">" +
           second + "</samlp:StatusCode></samlp:Status></samlp:LogoutResponse>";
}

} // namespace castellan::saml
