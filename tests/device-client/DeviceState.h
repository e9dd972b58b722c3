#pragma once

#include "core/Result.h"
#include "device/DeviceKey.h"
#include "otp/KeyUri.h"

#include <cstdint>
#include <optional>
#include <string>

namespace castellan::client {

/// The remote configuration as the app last received and applied it.
struct AppliedConfiguration
{
    bool pinRequired = false;
    bool biometricRequired = false;
    std::int64_t version = 0;
};

/// Everything the app keeps between runs. The reference client writes it to a JSON file (mode 0600); a real app
/// keeps the private key and the TOTP secret in the platform keystore instead.
struct DeviceState
{
    std::string serverUrl;
    std::int64_t deviceId = 0;
    std::optional<DeviceKey> key;
    KeyUri totp; ///< account, issuer, secret and code parameters from the QR code
    std::string platform;
    std::string label;
    AppliedConfiguration config;
    bool verified = false;
    std::int64_t clockOffset = 0; ///< server time minus device time, from the last answer that carried it

    std::string toJson() const;
    static Result<DeviceState> fromJson(const std::string& text);

    /// Writes the state to `path` (replacing it atomically, mode 0600).
    Result<void> save(const std::string& path) const;
    static Result<DeviceState> load(const std::string& path);
};

} // namespace castellan::client
