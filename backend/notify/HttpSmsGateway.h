#pragma once

#include "notify/SmsGateway.h"
#include "notify/SmsGatewayRequest.h"
#include "notify/SmsGatewaySettings.h"

#include <Poco/Net/Context.h>

#include <optional>
#include <regex>

namespace castellan {

/// An SMS provider reached over HTTP(S), described entirely by configuration (SmsGatewaySettings): the
/// request is rendered from templates and the answer is judged by its status and, optionally, its body.
/// https gateways are verified against the system CAs (and sms.gateway.ca_file), host name included.
class HttpSmsGateway final : public SmsGateway
{
public:
    /// `settings` must be valid (ServerConfig checks them); an invalid success regex throws std::regex_error.
    explicit HttpSmsGateway(SmsGatewaySettings settings);

    Result<void> send(const std::string& e164Phone, const std::string& text) override;

    /// Bytes of the gateway's answer that are read (and matched); the rest is ignored.
    static constexpr std::size_t kMaxAnswerBytes = 64 * 1024;

private:
    struct Answer
    {
        int status = 0;
        std::string reason;
        std::string body;
    };

    Answer exchange(const SmsGatewayRequest& request);
    bool bodyAccepted(const std::string& body) const;
    Error failure(const std::string& detail) const;

    SmsGatewaySettings m_settings;
    Poco::Net::Context::Ptr m_tls;
    std::optional<std::regex> m_successPattern;
    std::string m_displayUrl; ///< scheme://host:port/path: never the query, which may hold keys or the code
};

} // namespace castellan
