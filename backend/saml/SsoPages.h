#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

#include <string>

namespace castellan {

class AuditLog;
class IdpKeyStore;
class PendingRequestRepository;
class PortalSite;
class Router;
class SamlPages;
class ServiceProviderRepository;
class SsoSessionRepository;
class UserRepository;
struct PendingRequestRecord;
struct PortalVisit;

/// SP-initiated single sign-on (SAML profiles §4.1): `/saml/sso` takes an AuthnRequest over HTTP-Redirect or
/// HTTP-POST and checks it (known and enabled SP, registered ACS URL, fresh IssueInstant, unseen ID, the query
/// signature when the SP signs its requests); the browser then goes to `/portal/saml/continue` (under /portal,
/// where the portal's session cookie is sent), which signs in through the portal's login pages when needed and
/// answers with a signed Response posted to the ACS URL.
class SsoPages
{
public:
    static constexpr std::int64_t kMaxRequestAgeSeconds = 300;
    static constexpr std::int64_t kClockSkewSeconds = 60;
    static constexpr std::int64_t kPendingSeconds = 30 * 60;

    struct Stores
    {
        ServiceProviderRepository& providers;
        PendingRequestRepository& pending;
        UserRepository& users;
        IdpKeyStore& keys;
        SsoSessionRepository& sessions;
        AuditLog& audit;
    };

    SsoPages(Stores stores, PortalSite& site, const SamlPages& metadata, const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse ssoRedirect(const RestRequest& request);
    RestResponse ssoPost(const RestRequest& request);
    RestResponse continueLogin(const RestRequest& request);
    /// IdP-initiated SSO (SAML profiles §4.1.5) for SPs that allow it: `/portal/saml/start?sp={id}&RelayState=`.
    RestResponse startIdpInitiated(const RestRequest& request);
    RestResponse postScript(const RestRequest& request);

private:
    /// Checks a decoded AuthnRequest (and, when the SP signs its requests, the signature of `redirectBinding`'s
    /// query or the enveloped one of HTTP-POST) and parks it for the sign-in.
    RestResponse accept(const RestRequest& request, const std::string& xml, const std::string& relayState,
                        bool redirectBinding);
    RestResponse answer(const RestRequest& request, PortalVisit& visit, const PendingRequestRecord& pending);
    RestResponse refuse(const RestRequest& request, const std::string& reason, const std::string& issuer = {});

    Stores m_stores;
    PortalSite& m_site;
    const SamlPages& m_metadata;
    const Clock& m_clock;
};

} // namespace castellan
