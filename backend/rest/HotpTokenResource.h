#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

#include <cstddef>

namespace castellan {

class AuditLog;
class FactorRepository;
class Router;
class SecretBox;
class UserRepository;

/// `POST /hotp-tokens/import?dry_run=&mode=`: assigns HOTP hardware tokens to users in bulk from the vendor's
/// seed file (CSV, see HotpTokenImport). Rows naming an unknown user or a serial already assigned are problems;
/// the report and the modes are those of `POST /users/import`. The tokens are stored in one transaction with one
/// `factor.import` audit event; seeds are sealed like every OTP secret.
class HotpTokenResource
{
public:
    /// 8 MiB: about 60,000 tokens.
    static constexpr std::size_t kImportBodyLimit = 8 * 1024 * 1024;

    HotpTokenResource(UserRepository& users, FactorRepository& factors, const SecretBox& secrets, AuditLog& audit,
                      const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);
    RestResponse importTokens(const RestRequest& request);

private:
    UserRepository& m_users;
    FactorRepository& m_factors;
    const SecretBox& m_secrets;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
