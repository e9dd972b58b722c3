#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "rest/RestMessage.h"
#include "saml/SamlErrorPage.h"

#include <string>

namespace castellan {

class ApplicationRepository;
class AuditLog;
class IdpKeyStore;
class PendingRequestRepository;
class PortalSite;
class Router;
class SamlPages;
class ServiceProviderRepository;
class SsoSessionRepository;
class UserRepository;
struct ApplicationRecord;
struct PendingRequestRecord;
struct ServiceProviderRecord;
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
    static constexpr std::int64_t kAssertionSeconds = 300;

    struct Stores
    {
        ServiceProviderRepository& providers;
        PendingRequestRepository& pending;
        UserRepository& users;
        IdpKeyStore& keys;
        SsoSessionRepository& sessions;
        ApplicationRepository& applications;
        AuditLog& audit;
    };

    /// `sessionMaxSeconds` (saml.session_max_seconds): how long after a sign-in the SSO session answers SPs
    /// without a new sign-in.
    SsoPages(Stores stores, PortalSite& site, const SamlPages& metadata, std::int64_t sessionMaxSeconds,
             const Clock& clock = SystemClock::instance());
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
    RestResponse answerNoPassive(const RestRequest& request, const ServiceProviderRecord& sp,
                                 const PendingRequestRecord& pending);
    /// The application profile whose factors SP `sp` needs (none: the registration profile); an error when the
    /// SP's own profile is disabled.
    Result<std::optional<ApplicationRecord>> profileFor(const ServiceProviderRecord& sp);
    /// Whether the browser's signed-in session answers `pending` without a new sign-in: recent enough, made after
    /// the request when it says ForceAuthn, and with the factors `profile` needs.
    bool sessionServes(PortalVisit& visit, const PendingRequestRecord& pending,
                       const std::optional<ApplicationRecord>& profile);
    /// Audits the refusal and answers the error page; `sp` (when known) gives the page its way back.
    RestResponse refuse(const RestRequest& request, const std::string& reason, const std::string& issuer = {},
                        SamlProblem problem = SamlProblem::Other, const ServiceProviderRecord* sp = nullptr);

    Stores m_stores;
    PortalSite& m_site;
    const SamlPages& m_metadata;
    std::int64_t m_sessionMaxSeconds;
    const Clock& m_clock;
};

} // namespace castellan
