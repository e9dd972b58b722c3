#pragma once

#include "rest/RestMessage.h"

namespace castellan {

class AuthEngine;
class Router;

/// `POST /auth/validate`: agents and applications ask whether a user may log in (AuthEngine pipeline).
class ValidateResource
{
public:
    explicit ValidateResource(AuthEngine& engine);
    void addRoutes(Router& router);
    RestResponse validate(const RestRequest& request);

private:
    AuthEngine& m_engine;
};

} // namespace castellan
