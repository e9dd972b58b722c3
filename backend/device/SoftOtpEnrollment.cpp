#include "device/SoftOtpEnrollment.h"

#include "auth/OpaqueToken.h"
#include "crypto/SecretBox.h"
#include "device/QrCodeSvg.h"
#include "otp/Base32.h"
#include "otp/KeyUri.h"
#include "otp/OtpSecret.h"
#include "otp/TotpVerifier.h"
#include "store/AuditLog.h"

#include <Poco/URI.h>

namespace castellan {

SoftOtpEnrollment::SoftOtpEnrollment(DeviceRepository& devices, const SecretBox& secrets, AuditLog& audit,
                                     const Clock& clock)
    : m_devices(devices), m_secrets(secrets), m_audit(audit), m_clock(clock)
{}

std::string SoftOtpEnrollment::secretAad(std::int64_t factorId)
{
    return "factors.secret:" + std::to_string(factorId);
}

EnrollmentTicket SoftOtpEnrollment::start(std::int64_t userId, const std::string& username, const std::string& label,
                                          std::int64_t lifetimeSeconds, const std::string& publicUrl,
                                          const EnrollmentActor& by)
{
    KeyUri key;
    key.type = KeyUri::Type::Totp;
    key.issuer = kIssuer;
    key.account = username;
    key.secret = generateOtpSecret();
    const std::string secretBase32 = Base32::encode(key.secret, Base32::Padding::Omit);

    EnrollmentTicket ticket;
    ticket.token = OpaqueToken::generate(kTokenPrefix);
    ticket.secretBase32 = secretBase32;
    ticket.accountName = username;
    ticket.issuer = kIssuer;

    PendingEnrollment pending;
    pending.userId = userId;
    pending.label = label;
    pending.tokenDigest = OpaqueToken::digest(ticket.token);
    pending.createdAt = m_clock.nowSeconds();
    pending.expiresAt = ticket.expiresAt = pending.createdAt + lifetimeSeconds;
    const auto [deviceId, factorId] = m_devices.createPending(
        pending,
        [&](std::int64_t id) {
            // The raw secret bytes are sealed, as for every OTP factor, so any channel's verifier can open it.
            const std::string raw(key.secret.begin(), key.secret.end());
            return m_secrets.sealToBase64(raw, secretAad(id));
        },
        [&](Poco::Data::Session& s) {
            m_audit.record(s, {.channel = "rest",
                               .event = "softotp.enrollment.create",
                               .actor = by.actor,
                               .username = username,
                               .result = "success",
                               .reason = "valid for " + std::to_string(lifetimeSeconds) + " s",
                               .sourceIp = by.sourceIp});
        });
    ticket.deviceId = deviceId;
    ticket.factorId = factorId;

    finish(ticket, key, publicUrl);
    return ticket;
}

void SoftOtpEnrollment::finish(EnrollmentTicket& ticket, const KeyUri& key, const std::string& publicUrl)
{
    ticket.otpauthUri = key.toString();
    if (!ticket.token.empty()) {
        // The token is base64url and needs no encoding; the URL does (RFC 3986 §3.4: a query value).
        std::string url;
        Poco::URI::encode(publicUrl, "!#$&'()*+,/:;=?@[]", url);
        ticket.otpauthUri += "&castellan_enroll=" + ticket.token + "&castellan_url=" + url;
    }
    ticket.qrSvg = qrCodeSvg(ticket.otpauthUri);
}

std::optional<EnrollmentTicket> SoftOtpEnrollment::resume(const DeviceRecord& device, const std::string& token,
                                                          const std::string& publicUrl)
{
    const auto totp = m_devices.totpOf(device.id);
    const auto secret = totp ? m_secrets.openFromBase64(totp->sealedSecret, secretAad(totp->factorId))
                             : Result<std::string>(Error::of(ErrorCode::NotFound, "no TOTP factor"));
    if (!secret) {
        return std::nullopt;
    }
    KeyUri key;
    key.type = KeyUri::Type::Totp;
    key.issuer = kIssuer;
    key.account = device.username;
    key.secret.assign(secret.value().begin(), secret.value().end());
    EnrollmentTicket ticket;
    ticket.secretBase32 = Base32::encode(key.secret, Base32::Padding::Omit);
    ticket.accountName = device.username;
    ticket.issuer = kIssuer;
    ticket.deviceId = device.id;
    ticket.factorId = totp->factorId;
    ticket.expiresAt = device.enrollmentExpiresAt.value_or(0);
    // A token the page sent back is shown again only when it is still this device's: never one of another device.
    if (!token.empty() && m_devices.enrollmentTokenIs(device.id, OpaqueToken::digest(token), m_clock.nowSeconds())) {
        ticket.token = token;
    }
    finish(ticket, key, publicUrl);
    return ticket;
}

Result<DeviceRecord> SoftOtpEnrollment::redeem(const std::string& token, DeviceBinding binding,
                                               const std::string& sourceIp)
{
    binding.tokenDigest = OpaqueToken::digest(token);
    auto device = m_devices.redeem(binding, m_clock.nowSeconds(), [&](Poco::Data::Session& s, const DeviceRecord& d) {
        m_audit.record(s, {.channel = "device",
                           .event = "softotp.device.enroll",
                           .actor = "device:" + std::to_string(d.id),
                           .username = d.username,
                           .result = "success",
                           .reason = "QR code scanned; key bound (" + d.platform + ")",
                           .sourceIp = sourceIp});
    });
    if (!device) {
        m_audit.record({.channel = "device",
                        .event = "softotp.device.enroll",
                        .result = "failure",
                        .reason = "enrollment token unknown, used or expired",
                        .sourceIp = sourceIp});
        return Error::of(ErrorCode::Unauthenticated, "The enrollment token is invalid or has expired",
                         "enrollment token unknown, used or expired");
    }
    return *device;
}

Result<void> SoftOtpEnrollment::confirm(const DeviceRecord& device, const std::string& otp, const std::string& sourceIp)
{
    auto fail = [&](const std::string& reason) -> Result<void> {
        m_audit.record({.channel = "device",
                        .event = "softotp.device.verify",
                        .actor = "device:" + std::to_string(device.id),
                        .username = device.username,
                        .result = "failure",
                        .reason = reason,
                        .sourceIp = sourceIp});
        Error error = Error::invalid({{"otp", "is not a valid code"}}, "The code is not valid");
        error.logDetail = reason;
        return error;
    };
    const auto totp = m_devices.totpOf(device.id);
    if (!totp) {
        return fail("the device has no TOTP factor");
    }
    const auto secret = m_secrets.openFromBase64(totp->sealedSecret, secretAad(totp->factorId));
    const auto algorithm = otpAlgorithmFromName(totp->algorithm);
    if (!secret || !algorithm) {
        return fail("the factor's secret cannot be opened");
    }
    const std::span<const std::uint8_t> secretBytes(reinterpret_cast<const std::uint8_t*>(secret->data()),
                                                    secret->size());
    const std::int64_t now = m_clock.nowSeconds();
    TotpParameters parameters{
        .digits = totp->digits, .algorithm = *algorithm, .period = totp->period, .window = kTotpWindow};
    const auto step = findTotpStep(secretBytes, otp, now, parameters);
    if (!step) {
        return fail("wrong code");
    }
    const bool accepted = m_devices.acceptFirstOtp(
        device.id, totp->factorId, static_cast<std::int64_t>(*step), now, [&](Poco::Data::Session& s) {
            m_audit.record(s, {.channel = "device",
                               .event = "softotp.device.verify",
                               .actor = "device:" + std::to_string(device.id),
                               .username = device.username,
                               .result = "success",
                               .reason = device.verified ? "code accepted" : "first OTP confirmed; device verified",
                               .sourceIp = sourceIp});
        });
    if (!accepted) {
        return fail("code of a time step already used (replay)");
    }
    return {};
}

} // namespace castellan
