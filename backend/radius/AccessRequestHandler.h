#pragma once

#include "auth/AuthEngine.h"
#include "core/Result.h"
#include "radius/RadiusPacket.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace castellan {

class RadiusProfiles;
struct RadiusClient;
struct RadiusProfile;

/// Maps an Access-Request onto the one authentication pipeline (AuthEngine) and its decision onto the reply
/// (RFC 2865 §4): Access-Accept with Reply-Message, Framed-IP-Address and the profile's reply attributes;
/// Access-Reject with the engine's message, which never says why; Access-Challenge with State (the transaction id)
/// and Reply-Message (the prompt). A request carrying State continues that transaction with User-Password as the
/// answer. Which password/code combination a request carries follows the client's radius profile:
/// - password only (the code is then asked for with Access-Challenge);
/// - password with the code appended, split off by its length (`appended_otp_length`);
/// - the code alone, for gear that checks the password against a directory itself (profile without password).
class AccessRequestHandler
{
public:
    using Authenticate = std::function<Result<AuthDecision>(const AuthRequest&)>;

    struct Outcome
    {
        std::optional<RadiusPacket> reply; ///< unsigned; nothing: drop the request
        std::string note;                  ///< why it was dropped, or a problem worth a log line
        bool malformed = false;            ///< dropped because an attribute could not be read
    };

    AccessRequestHandler(Authenticate authenticate, RadiusProfiles& profiles);

    /// Decides `request` from `client`; `secret` unhides User-Password ("radsec" over TLS, RFC 6614 §2.3) and
    /// `sourceAddress` is where the datagram came from.
    Outcome handle(const RadiusPacket& request, const RadiusClient& client, std::string_view secret,
                   const std::string& sourceAddress);

private:
    AuthRequest makeRequest(const RadiusPacket& request, const RadiusClient& client,
                            const std::optional<std::string>& password, const std::optional<RadiusProfile>& profile,
                            const std::string& sourceAddress);
    RadiusPacket reply(const RadiusPacket& request, const AuthDecision& decision,
                       const std::optional<RadiusProfile>& profile, std::string& note);

    Authenticate m_authenticate;
    RadiusProfiles& m_profiles;
};

} // namespace castellan
