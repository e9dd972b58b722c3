#pragma once

#include "rest/RestMessage.h"

namespace castellan {

class Router;

/// `GET /radius-dictionary` (admin, read only): the attributes a radius profile may put in its reply attributes,
/// with their vendor, RFC 8044 data type and named values, so the console can complete what an administrator
/// types. Attributes the server owns (passwords, State, Message-Authenticator, accounting) are left out.
class RadiusDictionaryResource
{
public:
    void addRoutes(Router& router);

    RestResponse list(const RestRequest& request);
};

} // namespace castellan
