#pragma once

#include "core/Clock.h"
#include "saml/SigningKeyPair.h"

#include <mutex>
#include <optional>

namespace castellan {

class Database;
class SecretBox;

/// The IdP's signing key in `saml_idp_keys`: generated at first use (RSA-2048, self-signed certificate), the private
/// key sealed under the master key with the row named in the associated data. Rotation (two published
/// certificates) is a later slice; this holds the one active key.
class IdpKeyStore
{
public:
    IdpKeyStore(Database& database, const SecretBox& secrets, const Clock& clock = SystemClock::instance());

    /// The active key, created when none exists. Throws std::runtime_error when the stored key cannot be opened
    /// (another master key) or a key cannot be made.
    SigningKeyPair active();

private:
    std::optional<SigningKeyPair> load();

    Database& m_database;
    const SecretBox& m_secrets;
    const Clock& m_clock;
    std::mutex m_mutex;
    std::optional<SigningKeyPair> m_cached;
};

} // namespace castellan
