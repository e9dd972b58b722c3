#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace castellan::saml {

/// What goes into a successful samlp:Response (SAML core §3.2.2, profiles §4.1.4.2).
struct ResponseContent
{
    std::string idpEntityId;
    std::string spEntityId;   ///< the only Audience
    std::string acsUrl;       ///< Destination and Recipient
    std::string inResponseTo; ///< the AuthnRequest ID
    std::string nameId;
    std::string nameIdFormat;
    std::string authnContextClassRef;
    std::string sessionIndex;
    std::vector<std::pair<std::string, std::string>> attributes; ///< name, value (NameFormat basic)
    std::int64_t now = 0;
    std::int64_t authnInstant = 0;
    std::int64_t lifetimeSeconds = 300; ///< NotOnOrAfter of the confirmation and the conditions
    std::int64_t skewSeconds = 60;      ///< NotBefore lies this far back
};

/// The AuthnContextClassRef of a password-only sign-in (SAML authn context §3.4.20).
inline constexpr const char* kPasswordProtectedTransport =
    "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport";
/// The class ref of a sign-in with a second factor: the REFEDS MFA profile (https://refeds.org/profile/mfa), which
/// SAML has no standard class for and many SPs (Shibboleth, Azure AD B2B) understand.
inline constexpr const char* kMultiFactor = "https://refeds.org/profile/mfa";

/// A Response without an Assertion that says why none is given (SAML core §3.2.2.2): top-level status
/// `statusCode` (Responder, Requester) with the second-level `subStatus` (NoPassive, ...) when not empty.
std::string buildStatusResponse(const std::string& idpEntityId, const std::string& acsUrl,
                                const std::string& inResponseTo, const std::string& responseId, std::int64_t now,
                                const std::string& statusCode, const std::string& subStatus,
                                const std::string& message);

/// The Response XML, unsigned, with an Assertion whose ID is `assertionId` (to be signed by signAssertion).
std::string buildResponse(const ResponseContent& content, const std::string& responseId,
                          const std::string& assertionId);

} // namespace castellan::saml
