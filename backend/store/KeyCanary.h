#pragma once

#include "core/Result.h"

#include <string>

namespace castellan {

class Database;
class SecretBox;

/// The sealed canary (issue 16): proves at start that the master key is the one this database's secrets are
/// sealed with, before the server seals anything new with it.
///
/// The `key_canary` row holds a constant sealed under the master key. A database without it (a new one, or one
/// from before schema 9) gets it sealed under the current key, unless a secret sealed in the database already
/// (a TOTP seed, an administrator's TOTP secret, a RADIUS secret) names another key id: refused as a wrong key too.
class KeyCanary
{
public:
    enum class Outcome
    {
        Verified, ///< the key opened the canary
        Created,  ///< there was none; it is now sealed under this key
    };

    /// Checks (or creates) the canary with `box`. A wrong key gives ErrorCode::Configuration with a message that
    /// names `keyFile` and says what to do; nothing is written then. Database failures give ErrorCode::Unavailable.
    static Result<Outcome> verifyOrCreate(Database& database, const SecretBox& box, const std::string& keyFile);
    /// Whether `box` opens the canary value `sealed` (the `sealed` column of the key_canary row).
    static bool opens(const SecretBox& box, const std::string& sealed);
};

} // namespace castellan
