#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

#include <string>

namespace castellan {

class AuditLog;
class IdpKeyStore;
class Router;
class SamlPages;
class ServiceProviderRepository;
class SsoSessionRepository;

/// SP-initiated single logout (SAML profiles §4.4.3): `/saml/logout` takes a LogoutRequest over HTTP-Redirect or
/// HTTP-POST (signature checked when the SP signs its messages), ends the SSO session the SP's NameID and
/// SessionIndex name (and the portal session under it), and answers with a LogoutResponse to the SP's
/// SingleLogoutService over HTTP-Redirect, its query signed with the IdP key. Propagating the logout to the other
/// SPs of the session (and IdP-initiated SLO) is a later slice.
class SloPages
{
public:
    struct Stores
    {
        ServiceProviderRepository& providers;
        SsoSessionRepository& sessions;
        IdpKeyStore& keys;
        AuditLog& audit;
    };

    SloPages(Stores stores, const SamlPages& metadata, const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse logoutRedirect(const RestRequest& request);
    RestResponse logoutPost(const RestRequest& request);

private:
    RestResponse handle(const RestRequest& request, const std::string& xml, const std::string& relayState,
                        bool redirectBinding);
    RestResponse refuse(const RestRequest& request, const std::string& reason, const std::string& issuer = {});

    Stores m_stores;
    const SamlPages& m_metadata;
    const Clock& m_clock;
};

} // namespace castellan
