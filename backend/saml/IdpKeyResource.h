#pragma once

#include "rest/RestMessage.h"

namespace castellan {

class AuditLog;
class IdpKeyStore;
class Router;

/// `/saml/keys` (admin): the IdP's signing keys and their rotation. An administrator generates a next key (the
/// metadata publishes it beside the active one), activates it once the SPs have read the metadata (the old key
/// stays published as previous), and retires the old key when no SP needs it any more.
class IdpKeyResource
{
public:
    IdpKeyResource(IdpKeyStore& keys, AuditLog& audit);
    void addRoutes(Router& router);

    RestResponse list(const RestRequest& request);
    RestResponse generate(const RestRequest& request);
    RestResponse get(const RestRequest& request);
    RestResponse activate(const RestRequest& request);
    RestResponse retire(const RestRequest& request);

private:
    void audit(const RestRequest& request, const std::string& event, const std::string& reason,
               const std::string& details);

    IdpKeyStore& m_keys;
    AuditLog& m_audit;
};

} // namespace castellan
