#pragma once

#include "store/SortableColumns.h"

#include <Poco/Data/Session.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class Database;

/// What the server tells an authenticator app to enforce (remote configuration, DESIGN §5).
struct RemoteConfiguration
{
    bool pinRequired = false;
    bool biometricRequired = false;
    std::int64_t version = 0; ///< grows by one with every change; the device reports back which one it has
};

/// A SoftOTP registration: the authenticator app of one user, bound to its TOTP factor.
struct DeviceRecord
{
    std::int64_t id = 0;
    std::int64_t userId = 0;
    std::string username;
    std::optional<std::int64_t> factorId;
    std::string label;
    std::string platform;
    bool verified = false;
    std::optional<std::int64_t> enrollmentExpiresAt;
    std::optional<std::int64_t> scannedAt; ///< when the app enrolled with the QR code's token
    std::string publicKey;                 ///< base64 SubjectPublicKeyInfo DER; empty until enrolled
    std::string pushToken;
    RemoteConfiguration config;
    std::int64_t deliveredConfigVersion = 0;
    std::optional<std::int64_t> lastSyncAt;
    std::int64_t createdAt = 0;

    static constexpr const char* kNotScanned = "QR code not scanned";
    static constexpr const char* kExpired = "Enrollment expired";
    static constexpr const char* kNotConfirmed = "First OTP not confirmed";
    /// Why the device is not verified yet, as of `now`; nothing when it is.
    std::optional<std::string> unverifiedReason(std::int64_t now) const;
    bool configDelivered() const { return deliveredConfigVersion >= config.version; }
};

/// A new enrollment: an unverified TOTP factor and a pending device waiting for its token.
struct PendingEnrollment
{
    std::int64_t userId = 0;
    std::string label;
    std::string tokenDigest; ///< SHA-256 hex of the one-time enrollment token
    std::int64_t expiresAt = 0;
    std::int64_t createdAt = 0;
};

/// What the app presents when it enrolls with the token.
struct DeviceBinding
{
    std::string tokenDigest;
    std::string publicKey; ///< base64 SubjectPublicKeyInfo DER, already checked to be P-256
    std::string platform;
    std::string pushToken;
    std::optional<std::string> label;
};

/// The TOTP parameters and sealed secret of a device's factor.
struct DeviceTotp
{
    std::int64_t factorId = 0;
    std::string sealedSecret;
    std::string algorithm;
    int digits = 6;
    int period = 30;
};

struct DeviceQuery
{
    std::string text; ///< matches username, label and platform (case-insensitive)
    int offset = 0;
    int limit = 50;
    SortOrder sort; ///< a field of DeviceRepository::sortColumns(); empty: by username
};

/// Persistence of `devices` and of the TOTP factor each one owns. Every state change is one atomic statement
/// (a token is redeemed once, a TOTP step accepted once, a configuration version delivered once) so that
/// several nodes can share the database.
class DeviceRepository
{
public:
    /// Runs inside the caller's transaction (an audit record, typically).
    using Alongside = std::function<void(Poco::Data::Session&)>;

    explicit DeviceRepository(Database& database);

    /// What the device list sorts by: username (the default), label, platform, verified, pin_required,
    /// biometric_required, config_delivered, last_sync_at (never synced sorts first), created_at.
    static const SortableColumns& sortColumns();

    /// Creates the factor and the pending device in one transaction. `seal(factorId)` gives the stored form of
    /// the secret (the factor id is part of its associated data). Returns {device id, factor id}.
    std::pair<std::int64_t, std::int64_t> createPending(const PendingEnrollment& enrollment,
                                                        const std::function<std::string(std::int64_t)>& seal,
                                                        const Alongside& alongside);
    /// Redeems an enrollment token that is unexpired and unused: binds the key, marks the QR code scanned and
    /// the current configuration delivered. Nothing when no such token exists (unknown, used or expired).
    std::optional<DeviceRecord> redeem(const DeviceBinding& binding, std::int64_t now,
                                       const std::function<void(Poco::Data::Session&, const DeviceRecord&)>& alongside);

    std::optional<DeviceRecord> findById(std::int64_t id);
    /// Whether `tokenDigest` is the device's enrollment token, still unused and unexpired at `now`.
    bool enrollmentTokenIs(std::int64_t deviceId, const std::string& tokenDigest, std::int64_t nowSeconds);
    /// Whether the user has a verified Castellan app (a device with a key) that can answer push challenges.
    bool hasPushDevice(std::int64_t userId);
    std::optional<DeviceTotp> totpOf(std::int64_t deviceId);
    /// Accepts a TOTP `step` of the device's factor when it is newer than the last one accepted, and marks
    /// factor and device verified; false when the step was used before (replay).
    bool acceptFirstOtp(std::int64_t deviceId, std::int64_t factorId, std::int64_t step, std::int64_t now,
                        const Alongside& alongside);

    std::vector<DeviceRecord> list(const DeviceQuery& query, std::int64_t& total);
    /// Sets the configuration when the stored version is `expectedVersion` (0: any); the new version, or nothing
    /// when the device is gone or the version stale.
    std::optional<std::int64_t> configure(std::int64_t id, bool pinRequired, bool biometricRequired,
                                          std::int64_t expectedVersion, const Alongside& alongside);
    /// Sets the same configuration on many devices in one transaction; returns how many existed.
    int configureMany(const std::vector<std::int64_t>& ids, bool pinRequired, bool biometricRequired,
                      const std::function<void(Poco::Data::Session&, int count)>& alongside);
    /// Records a sync: the current configuration and whether this sync delivered a version the device lacked.
    std::optional<std::pair<RemoteConfiguration, bool>> deliver(std::int64_t id, std::int64_t now,
                                                                const Alongside& onNewDelivery);
    /// Removes the device and its factor; the removed device, or nothing when there was none.
    std::optional<DeviceRecord> remove(std::int64_t id,
                                       const std::function<void(Poco::Data::Session&, const DeviceRecord&)>& alongside);

private:
    static std::optional<DeviceRecord> find(Poco::Data::Session& session, std::int64_t id);

    Database& m_database;
};

} // namespace castellan
