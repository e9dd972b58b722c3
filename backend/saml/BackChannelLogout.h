#pragma once

#include "core/Clock.h"

#include <Poco/Net/Context.h>

#include <string>
#include <vector>

namespace castellan {

class AuditLog;
class IdpKeyStore;
class ServiceProviderRepository;
struct SsoParticipant;

/// Back-channel single logout (SAML bindings §3.2, SOAP 1.1 over HTTP): when an SSO session ends without the
/// user's browser (an administrator ends it, or the user signs out elsewhere), every SP of it that publishes a
/// SOAP SingleLogoutService gets a signed LogoutRequest from the server itself; its LogoutResponse is audited.
/// SPs with front-channel endpoints only cannot be told without the browser; they notice at their own timeout.
class BackChannelLogout
{
public:
    static constexpr int kTimeoutSeconds = 5;
    static constexpr size_t kMaxResponseBytes = 256 * 1024;

    BackChannelLogout(ServiceProviderRepository& providers, IdpKeyStore& keys, AuditLog& audit,
                      const Clock& clock = SystemClock::instance());

    /// Tells the participants of `username`'s ended session that have a SOAP endpoint; returns how many confirmed.
    int notify(const std::string& username, const std::vector<SsoParticipant>& participants,
               const std::string& sourceIp);

private:
    /// One SOAP exchange; the LogoutResponse's status, or why there is none.
    bool send(const std::string& url, const std::string& envelope, std::string& outcome);

    ServiceProviderRepository& m_providers;
    IdpKeyStore& m_keys;
    AuditLog& m_audit;
    const Clock& m_clock;
    Poco::Net::Context::Ptr m_tls;
};

} // namespace castellan
