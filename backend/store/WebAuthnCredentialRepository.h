#pragma once

#include "auth/WebAuthnVerifier.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class AuditLog;
class Database;
struct AuditEvent;

/// A registered security key or passkey, with its factor.
struct StoredWebAuthnKey
{
    std::int64_t factorId = 0;
    std::int64_t userId = 0;
    std::string name;
    WebAuthnCredential credential;
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> lastUsedAt;
};

/// Persistence of `webauthn_credentials` and their `factors` rows (type webauthn). The signature counter moves
/// by compare-and-set, so two logins racing with one assertion cannot both pass.
class WebAuthnCredentialRepository
{
public:
    explicit WebAuthnCredentialRepository(Database& database);

    /// Stores the key and its factor in one transaction with `event` (audit); the factor id.
    std::int64_t create(std::int64_t userId, const std::string& name, const WebAuthnCredential& credential,
                        std::int64_t now, AuditLog& audit, const AuditEvent& event);
    std::vector<StoredWebAuthnKey> forUser(std::int64_t userId);
    std::optional<StoredWebAuthnKey> findByCredentialId(const std::string& credentialId);
    /// Moves the counter from `expected` to `next`; false when another request moved it first.
    bool advanceCounter(std::int64_t factorId, std::uint32_t expected, std::uint32_t next, std::int64_t now);
    bool rename(std::int64_t userId, std::int64_t factorId, const std::string& name);
    bool remove(std::int64_t userId, std::int64_t factorId);

private:
    Database& m_database;
};

} // namespace castellan
