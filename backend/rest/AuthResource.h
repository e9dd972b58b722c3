#pragma once

#include "rest/RestMessage.h"

namespace castellan {

class AccountLockout;
class AdminAuthenticator;
class Router;
class TokenService;

/// Admin sessions: `/auth/login`, `/auth/refresh`, `/auth/logout`, `/auth/me`, and the admin's own
/// first-login duties `/auth/password`, `/auth/totp`, `/auth/totp/confirm`.
class AuthResource
{
public:
    AuthResource(AdminAuthenticator& authenticator, TokenService& tokens, AccountLockout& lockout);
    void addRoutes(Router& router);

    RestResponse login(const RestRequest& request);
    RestResponse refresh(const RestRequest& request);
    RestResponse logout(const RestRequest& request);
    RestResponse me(const RestRequest& request);
    RestResponse changePassword(const RestRequest& request);
    RestResponse beginTotp(const RestRequest& request);
    RestResponse confirmTotp(const RestRequest& request);

private:
    AdminAuthenticator& m_authenticator;
    TokenService& m_tokens;
    AccountLockout& m_lockout;
};

} // namespace castellan
