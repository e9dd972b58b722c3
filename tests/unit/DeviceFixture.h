#pragma once

#include "FreshDatabase.h"
#include "crypto/Base64.h"
#include "crypto/SecretBox.h"
#include "device/DeviceKey.h"
#include "device/SoftOtpEnrollment.h"
#include "store/AuditLog.h"
#include "store/DeviceNonceRepository.h"
#include "store/DeviceRepository.h"
#include "store/UserRepository.h"

#include <array>
#include <memory>
#include <string>

namespace castellan::test {

/// A clock the test moves.
class SettableClock : public Clock
{
public:
    std::int64_t t = 1'760'000'000;
    std::int64_t nowSeconds() const override { return t; }
};

/// A migrated database with users, devices and the SoftOTP enrollment over it, on a clock the test sets.
class DeviceFixture
{
public:
    struct Enrolled
    {
        DeviceRecord device;
        DeviceKey key;
        EnrollmentTicket ticket;
    };

    DeviceFixture()
        : m_database(m_fresh.open()), m_secrets(MasterKey::fromBytes(keyBytes())), m_audit(m_database, clock),
          users(m_database), devices(m_database), nonces(m_database), enrollment(devices, m_secrets, m_audit, clock)
    {}

    Database& database() { return m_database; }
    AuditLog& audit() { return m_audit; }

    std::int64_t addUser(const std::string& username)
    {
        UserRecord u;
        u.username = username;
        u.usernameKey = username;
        u.createdAt = u.updatedAt = clock.t;
        return users.create(u);
    }

    /// A user with an app enrolled (QR code scanned, key bound) but not verified yet.
    Enrolled enroll(const std::string& username)
    {
        const std::int64_t userId = addUser(username);
        EnrollmentTicket ticket =
            enrollment.start(userId, username, "Phone", 600, "https://mfa.example.test", {"admin:root", "192.0.2.1"});
        DeviceKey key = DeviceKey::generate();
        DeviceBinding binding;
        binding.publicKey = Base64::encode(key.publicKeyDer());
        binding.platform = "android";
        auto device = enrollment.redeem(ticket.token, binding, "192.0.2.2");
        if (!device) {
            throw std::runtime_error("enrollment failed: " + device.error().logDetail);
        }
        return {device.value(), key, ticket};
    }

    SettableClock clock;

private:
    static std::array<std::uint8_t, MasterKey::kKeySize> keyBytes()
    {
        std::array<std::uint8_t, MasterKey::kKeySize> key{};
        key.fill(0x42);
        return key;
    }

    FreshDatabase m_fresh;
    Database& m_database;
    SecretBox m_secrets;
    AuditLog m_audit;

public:
    UserRepository users;
    DeviceRepository devices;
    DeviceNonceRepository nonces;
    SoftOtpEnrollment enrollment;
};

} // namespace castellan::test
