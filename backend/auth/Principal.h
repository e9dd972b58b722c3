#pragma once

#include <cstdint>
#include <string>

namespace castellan {

/// What a bearer token allows (DESIGN §5). `Public` routes take no token.
enum class Scope
{
    Public,
    Admin,
    Agent,
    User,
};

/// The API name of a scope ("admin", "agent", "user").
std::string scopeName(Scope scope);

/// Who is calling: an administrator or an API client, resolved from a bearer token.
struct Principal
{
    enum class Kind
    {
        Admin,
        ApiClient,
    };
    Kind kind = Kind::Admin;
    std::int64_t id = 0;
    std::string name; ///< admin username or API client name
    Scope scope = Scope::Admin;
    /// An admin who must still change the password or enroll TOTP may only do that (and log out).
    bool restricted = false;
    bool passwordChangeRequired = false;
    bool totpEnrollmentRequired = false;
    std::string tokenDigest;

    /// What the audit log records as the actor: `admin:NAME` or `client:NAME`.
    std::string actor() const { return (kind == Kind::Admin ? "admin:" : "client:") + name; }
};

} // namespace castellan
