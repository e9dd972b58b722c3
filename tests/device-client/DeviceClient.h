#pragma once

#include "DeviceConnection.h"
#include "DeviceState.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace castellan::client {

/// A request ready to send: signed once, so that tests can send the very same request again (a replay).
struct SignedCall
{
    std::string method;
    std::string path;
    std::string body;
    std::map<std::string, std::string> headers;
};

/// A push challenge as the device API lists it.
struct Challenge
{
    std::int64_t id = 0;
    std::string kind; ///< push | qr_login
    std::string challenge;
    bool numberMatch = false; ///< the user must pick the number the login screen shows
    std::string context;      ///< JSON text: what the login is for
};

/// The enrollment details a user (or the test) chooses.
struct EnrollmentOptions
{
    std::string platform = "reference";
    std::string label;
    std::string pushToken;
};

/// The reference authenticator app: everything the Castellan mobile app does, through the public device API only
/// (DESIGN §5). It enrolls from the QR payload with a fresh P-256 key, computes TOTP codes, confirms the first
/// one, syncs and applies the remote configuration, and answers push challenges with signatures.
///
/// Extension points: answer() takes any decision a user interface (or a test) makes for a Challenge, and
/// answerQrLogin() answers a QR login scanned from a login screen.
class DeviceClient
{
public:
    DeviceClient(DeviceState state, TlsTrust trust, const Clock& clock = SystemClock::instance());

    /// Enrolls from the QR payload (the otpauth:// URI with castellan_enroll and castellan_url).
    static Result<DeviceClient> enroll(const std::string& qrPayload, const EnrollmentOptions& options, TlsTrust trust,
                                       const Clock& clock = SystemClock::instance());

    /// The TOTP code for now (corrected by the server's clock offset), `stepOffset` periods later or earlier.
    std::string currentCode(int stepOffset = 0) const;
    /// Confirms `code` (the current one when empty) with POST /device/v1/verify.
    Result<void> verify(const std::string& code = {});
    /// GET /device/v1/sync; applies and returns the remote configuration.
    Result<AppliedConfiguration> sync();
    /// GET /device/v1/challenges.
    Result<std::vector<Challenge>> challenges();
    /// Answers a challenge ("approve", "deny" or "report"); the new status of the challenge.
    Result<std::string> answer(const Challenge& challenge, const std::string& decision, const std::string& number = {});
    /// The base64 signature of an answer to `challenge` (DeviceRequestSignature::challengeAnswer).
    /// Answers the QR login shown as `qrUri` (castellan://qr-login?challenge=...): "approve" or "deny".
    Result<std::string> answerQrLogin(const std::string& qrUri, const std::string& decision);
    std::string answerSignature(const std::string& challenge, const std::string& decision,
                                const std::string& number) const;

    /// Signs a request to `path` of the device API.
    SignedCall sign(const std::string& method, const std::string& path, const std::string& body = {}) const;
    /// Sends a signed request as is.
    DeviceReply send(const SignedCall& call);

    const DeviceState& state() const { return m_state; }

private:
    std::int64_t serverNow() const { return m_clock.nowSeconds() + m_state.clockOffset; }
    void noteServerTime(const DeviceReply& reply);

    DeviceState m_state;
    TlsTrust m_trust;
    const Clock& m_clock;
    std::unique_ptr<DeviceConnection> m_connection;
};

} // namespace castellan::client
