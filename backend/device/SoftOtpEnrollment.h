#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "store/DeviceRepository.h"

#include <cstdint>
#include <optional>
#include <string>

namespace castellan {

class AuditLog;
struct KeyUri;
class SecretBox;

/// Who asks for an enrollment, for the audit log.
struct EnrollmentActor
{
    std::string actor; ///< admin:NAME or client:NAME
    std::string sourceIp;
};

/// What an enrollment hands out once: the QR code's content and, for manual entry, the secret.
struct EnrollmentTicket
{
    std::string token; ///< the one-time enrollment token (only its digest is stored)
    std::string otpauthUri;
    std::string qrSvg;
    std::string secretBase32;
    std::string accountName;
    std::string issuer;
    std::int64_t expiresAt = 0;
    std::int64_t deviceId = 0;
    std::int64_t factorId = 0;
};

/// The SoftOTP enrollment life cycle (DESIGN §5): an administrator or application starts it for a user; the app
/// scans the QR code and enrolls its P-256 key with the one-time token; the first valid TOTP code from the app
/// verifies the factor and the device.
///
/// The QR code holds a standard otpauth:// Key URI, so any TOTP app can use it, plus two parameters other apps
/// ignore: `castellan_enroll` (the token) and `castellan_url` (where the device API is).
class SoftOtpEnrollment
{
public:
    static constexpr const char* kIssuer = "Castellan MFA";
    static constexpr std::string_view kTokenPrefix = "cen_";
    static constexpr std::int64_t kDefaultLifetime = 600;
    static constexpr std::int64_t kMinLifetime = 60;
    static constexpr std::int64_t kMaxLifetime = 86400;
    static constexpr int kTotpWindow = 1; ///< steps either side of now (RFC 6238 §5.2)

    SoftOtpEnrollment(DeviceRepository& devices, const SecretBox& secrets, AuditLog& audit,
                      const Clock& clock = SystemClock::instance());

    /// Creates the pending device and its unverified TOTP factor for `username`, valid for `lifetimeSeconds`.
    /// `publicUrl` is the server's https:// base URL the app will call.
    EnrollmentTicket start(std::int64_t userId, const std::string& username, const std::string& label,
                           std::int64_t lifetimeSeconds, const std::string& publicUrl, const EnrollmentActor& by);

    /// The pending enrollment of `device` shown again with the same secret (after a wrong first code): the QR code
    /// carries the enrollment token only when `token` is still the device's unused one. Nothing when the device
    /// has no TOTP secret to show.
    std::optional<EnrollmentTicket> resume(const DeviceRecord& device, const std::string& token,
                                           const std::string& publicUrl);

    /// The app's enrollment: redeems the token (once, before it expires) and binds the app's key.
    /// Unauthenticated when the token is unknown, used or expired (one answer for all three).
    Result<DeviceRecord> redeem(const std::string& token, DeviceBinding binding, const std::string& sourceIp);

    /// Checks the app's first (or any later) TOTP code; a valid, unused code verifies factor and device.
    /// InvalidInput on the `otp` field for a wrong or replayed code.
    Result<void> confirm(const DeviceRecord& device, const std::string& otp, const std::string& sourceIp);

    /// The associated data a factor's sealed secret is bound to ("factors.secret:<id>").
    static std::string secretAad(std::int64_t factorId);

private:
    /// Fills the ticket's URI and QR code for `key` (and the token, when the ticket has one).
    static void finish(EnrollmentTicket& ticket, const KeyUri& key, const std::string& publicUrl);

    DeviceRepository& m_devices;
    const SecretBox& m_secrets;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
