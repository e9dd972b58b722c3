#pragma once

#include "core/Result.h"

#include <ostream>

namespace castellan {

class AuditLog;
class Database;
class PasswordHasher;

/// First start: when no administrator exists, creates `admin` with a one-time password that is printed
/// once (to `out`) and must be changed at first login.
class BootstrapAdmin
{
public:
    static constexpr const char* kUsername = "admin";
    /// Returns true when it created the admin.
    static Result<bool> ensure(Database& database, AuditLog& audit, const PasswordHasher& hasher, std::ostream& out);
};

} // namespace castellan
