#pragma once

#include "notify/SmsGatewaySettings.h"

#include <string>
#include <utility>
#include <vector>

namespace castellan {

/// One HTTP request to the SMS gateway, rendered from the settings' templates (no I/O, so it is tested
/// without sockets).
struct SmsGatewayRequest
{
    std::string method;
    std::string url; ///< with the query, placeholders filled in and percent-encoded
    std::string body;
    std::string contentType; ///< empty when there is no body
    std::vector<SmsGatewaySettings::Header> headers;

    /// The request that sends `text` to `e164Phone`. URL placeholders are percent-encoded; a POST body is
    /// encoded for settings.contentType; a GET "body" becomes (more of) the query, percent-encoded.
    static SmsGatewayRequest render(const SmsGatewaySettings& settings, const std::string& e164Phone,
                                    const std::string& text);
};

} // namespace castellan
