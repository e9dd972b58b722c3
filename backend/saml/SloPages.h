#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"
#include "saml/SamlErrorPage.h"

#include <optional>
#include <string>

namespace castellan {

class AuditLog;
class BackChannelLogout;
class IdpKeyStore;
class LogoutRepository;
class PortalSite;
class Router;
class SamlPages;
struct ServiceProviderRecord;
class ServiceProviderRepository;
class SsoSessionRepository;
struct LogoutRecord;
struct PortalVisit;
struct SsoSessionRecord;

/// Single logout (SAML profiles §4.4) over the front channel, both bindings:
/// - SP-initiated: `/saml/logout` takes a LogoutRequest (HTTP-Redirect or HTTP-POST, signature checked when the SP
///   signs its messages) and ends the SSO session its NameID and SessionIndex name (and the portal session under
///   it);
/// - IdP-initiated: signing out of the portal ends the SSO session the same way;
/// then the browser visits every other SP of the session with a signed LogoutRequest (RelayState names the logout
/// under way) and comes back to `/saml/logout` with the SP's LogoutResponse, one SP after the other. At the end the
/// SP that asked gets a LogoutResponse (Success, or PartialLogout when an SP did not confirm), over its own
/// binding; a portal sign-out ends on `/portal/signed-out`, which lists the applications signed out of.
/// The session is ended before any SP is told, so an SP that never answers cannot keep it alive.
class SloPages
{
public:
    static constexpr std::int64_t kLogoutSeconds = 10 * 60;

    struct Stores
    {
        ServiceProviderRepository& providers;
        SsoSessionRepository& sessions;
        LogoutRepository& logouts;
        BackChannelLogout& backChannel;
        IdpKeyStore& keys;
        AuditLog& audit;
    };

    /// Registers itself with `site` for the portal's sign-out (IdP-initiated logout).
    SloPages(Stores stores, PortalSite& site, const SamlPages& metadata, const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse logoutRedirect(const RestRequest& request);
    RestResponse logoutPost(const RestRequest& request);
    RestResponse signedOut(const RestRequest& request);
    /// IdP-initiated logout of the visit's SSO session; nothing when it signed into no SP that takes logouts.
    std::optional<RestResponse> portalSignOut(const RestRequest& request, PortalVisit& visit);

private:
    RestResponse handleRequest(const RestRequest& request, const std::string& xml, const std::string& relayState,
                               bool redirectBinding);
    RestResponse handleResponse(const RestRequest& request, const std::string& xml, const std::string& relayState,
                                bool redirectBinding);
    /// Ends `session` and starts visiting its SPs (except the origin's).
    RestResponse begin(const RestRequest& request, LogoutRecord logout, const std::optional<SsoSessionRecord>& session);
    /// Ends SSO session `sessionId` now and tells its SPs other than `originSpId` over the back channel.
    void endWithBackChannel(const RestRequest& request, const std::string& sessionId, std::int64_t originSpId);
    /// Sends the browser to the next SP that has not been told yet, or finishes.
    RestResponse next(const RestRequest& request, const std::string& logoutId);
    RestResponse finish(const RestRequest& request, const LogoutRecord& logout);
    RestResponse refuse(const RestRequest& request, const std::string& reason, const std::string& issuer = {},
                        SamlProblem problem = SamlProblem::Other, const ServiceProviderRecord* sp = nullptr);
    /// The signature of an SP's LogoutRequest or LogoutResponse when the SP signs its messages; a refusal if bad.
    std::optional<RestResponse> refuseSignature(const RestRequest& request, const std::string& xml,
                                                bool redirectBinding, const ServiceProviderRecord& sp,
                                                const std::string& issuer);

    Stores m_stores;
    PortalSite& m_site;
    const SamlPages& m_metadata;
    const Clock& m_clock;
};

} // namespace castellan
