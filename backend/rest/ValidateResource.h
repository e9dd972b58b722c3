#pragma once

#include "core/Result.h"
#include "rest/RestMessage.h"

#include <atomic>
#include <chrono>

#include <string>

namespace castellan {

class AuthEngine;
class Router;
struct AuthDecision;
struct AuthRequest;

/// `POST /auth/validate`: agents and applications ask whether a user may log in (AuthEngine pipeline).
/// `POST /auth/qr-login`: a login screen starts a QR login, then polls it through `/auth/validate`.
/// A poll may carry `wait` (seconds, at most kMaxWaitSeconds): the answer is then held until the phone answered
/// or the time is up (long polling, for agents that block a login screen while the user reaches for the phone).
class ValidateResource
{
public:
    /// `publicUrl` is the server address the QR code tells the Castellan app to answer at.
    ValidateResource(AuthEngine& engine, std::string publicUrl);
    void addRoutes(Router& router);
    RestResponse validate(const RestRequest& request);
    RestResponse qrLogin(const RestRequest& request);

    /// What a QR-login code encodes: `castellan://qr-login?challenge=...&server=...`.
    static std::string qrLoginUri(const std::string& challenge, const std::string& publicUrl);

    static constexpr int kMaxWaitSeconds = 25;
    static constexpr int kMaxWaiters = 64;

private:
    static constexpr std::chrono::milliseconds kWaitStep{500};
    void waitForAnswer(const AuthRequest& auth, std::chrono::seconds wait, castellan::Result<AuthDecision>& decision);

    AuthEngine& m_engine;
    std::atomic<int> m_waiters{0};
    std::string m_publicUrl;
};

} // namespace castellan
