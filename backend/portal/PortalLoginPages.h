#pragma once

#include "portal/PortalSite.h"
#include "rest/RestMessage.h"

namespace castellan {

class AuthEngine;
class Router;
class UserRepository;
struct AuthDecision;

/// The portal's sign-in (DESIGN §4 through the AuthEngine, channel `portal`, the `registration` profile):
/// `/portal/login` (username and password), `/portal/verify` (the second factor: a code, another factor, or
/// waiting for the Castellan app), `/portal/logout`, and the static files.
class PortalLoginPages
{
public:
    PortalLoginPages(PortalSite& site, AuthEngine& engine, UserRepository& users);
    void addRoutes(Router& router);

    RestResponse root(const RestRequest& request);
    RestResponse showLogin(const RestRequest& request);
    RestResponse login(const RestRequest& request);
    RestResponse showVerify(const RestRequest& request);
    RestResponse verify(const RestRequest& request);
    RestResponse verifyStatus(const RestRequest& request);
    RestResponse logout(const RestRequest& request);
    RestResponse css(const RestRequest& request);
    RestResponse script(const RestRequest& request);

private:
    RestResponse loginPage(const PortalVisit& visit, const std::string& username, const std::string& notice,
                           int status = 200, const std::string& noticeKind = "error");
    RestResponse verifyPage(const PortalVisit& visit, const AuthDecision& challenge, const std::string& error);
    /// The second step's prompt in the visitor's language (the engine's own message is English, for logs and APIs).
    std::string promptText(const PortalVisit& visit, const AuthDecision& challenge) const;
    /// The session's pending login as a challenge to show again (nothing sent, no push started).
    AuthDecision pending(const RestRequest& request, const PortalVisit& visit);
    /// The answer to a decision on the session's login: home, the next step, or the login page with why.
    RestResponse follow(PortalVisit& visit, const AuthDecision& decision);

    PortalSite& m_site;
    AuthEngine& m_engine;
    UserRepository& m_users;
};

} // namespace castellan
