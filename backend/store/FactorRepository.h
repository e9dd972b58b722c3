#pragma once

#include <Poco/Data/Session.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class Database;

/// A second factor of a user. OTP secrets are sealed (SecretBox, base64) with the row id as associated data.
struct FactorRecord
{
    std::int64_t id = 0;
    std::int64_t userId = 0;
    std::string type; ///< totp | hotp | sms | email | webauthn | push
    std::string label;
    bool verified = true;
    std::string sealedSecret;
    std::string algorithm = "SHA1";
    int digits = 6;
    int period = 30;
    std::int64_t counter = 0; ///< HOTP: the next counter expected
    std::optional<std::int64_t> resyncCounter;
    std::optional<std::int64_t> lastStep; ///< TOTP: the last time step accepted
    std::int64_t clockOffset = 0;         ///< TOTP: time steps the device runs ahead (+) or behind (-)
    std::string destination;              ///< sms: E.164 phone; email: address
    std::string serial;                   ///< HOTP hardware token serial
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> lastUsedAt;
};

/// Persistence of `factors`. Replay protection is atomic SQL: a TOTP step or HOTP counter is accepted once,
/// on any node, through any channel.
class FactorRepository
{
public:
    explicit FactorRepository(Database& database);

    /// Inserts the factor, then stores the secret sealed by `seal(id)` (the id is part of the associated data).
    std::int64_t create(const FactorRecord& factor, const std::function<std::string(std::int64_t id)>& seal);
    /// Inserts all factors in one transaction with `alongside` (an audit record): all of them or none.
    /// `seal(index, id)` seals the secret of factors[index].
    std::size_t createMany(const std::vector<FactorRecord>& factors,
                           const std::function<std::string(std::size_t index, std::int64_t id)>& seal,
                           const std::function<void(Poco::Data::Session&)>& alongside);
    std::optional<FactorRecord> findById(std::int64_t id);
    std::vector<FactorRecord> forUser(std::int64_t userId);
    bool serialTaken(const std::string& serial);
    /// Whether any user has a verified factor (a SoftOTP enrollment not yet verified does not count).
    bool anyVerified();
    bool remove(std::int64_t userId, std::int64_t factorId);
    /// Removes the user's factor and the authenticator app registration (device) bound to it, in one transaction.
    bool removeWithDevice(std::int64_t userId, std::int64_t factorId);
    /// Sets the label of the user's factor; false when the user has no such factor.
    bool rename(std::int64_t userId, std::int64_t factorId, const std::string& label);

    /// TOTP: records `step` when it is newer than the last accepted one; false means a replayed code.
    bool acceptTotpStep(std::int64_t factorId, std::int64_t step, std::int64_t now);
    /// TOTP resynchronisation: stores the device's clock offset (in steps) and `step` as used, when `step` is newer
    /// than the last accepted one; false otherwise (the codes were used already).
    bool resyncTotp(std::int64_t factorId, std::int64_t clockOffset, std::int64_t step, std::int64_t now);
    /// HOTP: moves the counter from `expected` to `next` (compare-and-set); false when another request won.
    bool advanceHotpCounter(std::int64_t factorId, std::int64_t expected, std::int64_t next, std::int64_t now);
    /// HOTP resynchronisation: remembers the counter of a code found beyond the look-ahead window.
    void setResyncCounter(std::int64_t factorId, std::optional<std::int64_t> counter);
    void markVerified(std::int64_t factorId);

private:
    static std::int64_t insert(Poco::Data::Session& session, const FactorRecord& factor,
                               const std::function<std::string(std::int64_t id)>& seal);

    Database& m_database;
};

} // namespace castellan
