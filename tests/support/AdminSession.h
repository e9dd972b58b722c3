#pragma once

#include "HttpsClient.h"
#include "ServerProcess.h"

#include <Poco/JSON/Object.h>

#include <string>

namespace castellan::test {

/// The current TOTP code of a base32 secret (computed with common/otp, independent of the server).
std::string totpNow(const std::string& base32Secret, std::int64_t offsetSteps = 0);

/// An administrator logged in over the real REST API: takes the bootstrap admin through its first login
/// (new password, TOTP enrollment), then holds a full admin token.
class AdminSession
{
public:
    static constexpr const char* kPassword = "Castellan-Operator-2026!";

    /// `server` must have started on a fresh state directory (its stdout holds the one-time password).
    explicit AdminSession(ServerProcess& server);

    HttpsClient& client() { return m_client; }
    const std::string& token() const { return m_token; }
    const std::string& totpSecret() const { return m_totpSecret; }

    HttpReply get(const std::string& path);
    HttpReply send(const std::string& method, const std::string& path, const std::string& jsonBody,
                   std::map<std::string, std::string> headers = {});
    /// POST /oauth/token for a new API client of `type`; returns the client's access token.
    std::string createClientToken(const std::string& type, const std::string& name = "test client");

private:
    HttpsClient m_client;
    std::string m_token;
    std::string m_totpSecret;
};

/// Builds a JSON object text from keys and values: values are JSON strings, except "true"/"false" (booleans)
/// and values starting with '=' (the rest is raw JSON: "=3", "=null", "=[1,2]").
std::string json(std::initializer_list<std::pair<std::string, std::string>> fields);

} // namespace castellan::test
