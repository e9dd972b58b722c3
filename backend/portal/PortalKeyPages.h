#pragma once

#include "portal/PortalSite.h"
#include "rest/RestMessage.h"

#include <cstdint>
#include <optional>
#include <string>

namespace castellan {

class AuditLog;
class AuthEngine;
class Router;
class UserRepository;
class WebAuthnCredentialRepository;

/// Security keys and passkeys (WebAuthn, FIDO2) in the portal: `/portal/keys` lists the user's keys to rename or
/// remove, and registers new ones (`navigator.credentials.create`, attestation `none` or `packed`); a pending
/// login answers its second step with a key (`navigator.credentials.get`) through the AuthEngine. The ceremonies'
/// challenges live in the portal session; the script's calls carry the CSRF token in a header.
class PortalKeyPages
{
public:
    PortalKeyPages(PortalSite& site, AuthEngine& engine, WebAuthnCredentialRepository& keys, UserRepository& users,
                   AuditLog& audit, std::string publicUrl);
    void addRoutes(Router& router);

    RestResponse show(const RestRequest& request);
    RestResponse creationOptions(const RestRequest& request);
    RestResponse registerKey(const RestRequest& request);
    RestResponse rename(const RestRequest& request);
    RestResponse remove(const RestRequest& request);
    RestResponse requestOptions(const RestRequest& request);
    RestResponse answer(const RestRequest& request);

private:
    /// The keys page; `emptyName`: the key whose rename was left empty, said next to its field.
    RestResponse page(const PortalVisit& visit, const std::string& notice, const std::string& kind = "ok",
                      std::optional<std::int64_t> emptyName = std::nullopt);
    /// A fresh challenge, remembered in the session for the ceremony that follows.
    std::string newChallenge(PortalVisit& visit);

    PortalSite& m_site;
    AuthEngine& m_engine;
    WebAuthnCredentialRepository& m_keys;
    UserRepository& m_users;
    AuditLog& m_audit;
    std::string m_publicUrl;
};

} // namespace castellan
