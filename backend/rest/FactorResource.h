#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

#include <string>

namespace castellan {

class AuditLog;
class FactorRepository;
class OtpVerifier;
class Router;
class SecretBox;
class UserRepository;

/// `/users/{id}/factors`: a user's second factors. TOTP answers its secret, otpauth URI and QR code once;
/// HOTP hardware tokens are imported by serial and seed
/// and resynchronised with two consecutive codes; SMS and e-mail factors name where codes go.
class FactorResource
{
public:
    FactorResource(UserRepository& users, FactorRepository& factors, const SecretBox& secrets, OtpVerifier& verifier,
                   AuditLog& audit, std::string issuer, const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse list(const RestRequest& request);
    RestResponse create(const RestRequest& request);
    RestResponse remove(const RestRequest& request);
    /// `POST /users/{id}/factors/{fid}/resync`: two consecutive codes (`code1`, `code2`) of an HOTP token move its
    /// counter past them.
    RestResponse resync(const RestRequest& request);

private:
    UserRepository& m_users;
    FactorRepository& m_factors;
    const SecretBox& m_secrets;
    OtpVerifier& m_verifier;
    AuditLog& m_audit;
    std::string m_issuer;
    const Clock& m_clock;
};

} // namespace castellan
