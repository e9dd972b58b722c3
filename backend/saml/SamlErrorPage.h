#pragma once

#include "rest/RestMessage.h"

#include <string>

namespace castellan {

class PortalSite;

/// What went wrong with an SP's SAML message, as the visitor is told (the administrator's detail is apart).
enum class SamlProblem
{
    Malformed,        ///< does not decode or parse: damaged or tampered on the way
    UnknownSp,        ///< the issuer is not a registered, enabled SP
    UnregisteredAcs,  ///< the AssertionConsumerServiceURL is not one of the SP's
    Replay,           ///< the request ID was already used
    Expired,          ///< IssueInstant too old (or from the future), or the pending request is gone
    BadSignature,     ///< the signature is missing or does not verify
    RefusedAlgorithm, ///< signed with an algorithm the IdP does not accept for this SP (SHA-1, unknown)
    Other
};

/// The page a visitor sees when the IdP refuses a SAML message: the portal's layout and style, in the visitor's
/// language (`?lang=`, the portal session's language, then Accept-Language), what went wrong in plain words
/// (translations/portal saml.error.*), the technical reason for the administrator, a link to the portal home and,
/// when the SP is known, one back to the application (the origin of its ACS URL). 403 for signature problems,
/// 400 otherwise; never a stack trace.
class SamlErrorPage
{
public:
    explicit SamlErrorPage(PortalSite& site);

    /// `detail`: the (English, already safe) reason also written to the audit log. `backUrl`: where the
    /// application is, empty when unknown. `signOut`: a sign-out (LogoutRequest/Response) rather than a sign-in.
    RestResponse render(const RestRequest& request, SamlProblem problem, const std::string& detail,
                        const std::string& backUrl = {}, bool signOut = false) const;

    /// The visitor's language: "en" or "tr".
    std::string languageOf(const RestRequest& request) const;

    /// The scheme and host of `url` (https://sp.example.test), empty when it is not an http(s) URL.
    static std::string originOf(const std::string& url);

private:
    PortalSite& m_site;
};

} // namespace castellan
