#pragma once

#include "core/Result.h"
#include "notify/StatusCodeSet.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace castellan {

/// How text messages reach the SMS provider's HTTP API (keys sms.gateway.*, README "Configuration").
///
/// The URL and the body are templates with the placeholders {phone} ("+905551234567"), {phone_digits}
/// ("905551234567") and {message}; each value is encoded for where it lands (GatewayTemplate).
struct SmsGatewaySettings
{
    using Header = std::pair<std::string, std::string>;

    std::string url;                 ///< http:// or https://; empty: no SMS is sent
    std::string method = "POST";     ///< GET or POST
    std::string bodyTemplate;        ///< POST: the body; GET: appended to the URL as its query
    std::string contentType;         ///< POST with a body: its media type, which also selects the encoding
    std::vector<Header> headers;     ///< extra request headers (authorisation, API keys)
    StatusCodeSet successStatus;     ///< statuses that mean "accepted"; default 2xx
    std::string successBody;         ///< when not empty, the answer must contain this text ...
    bool successBodyIsRegex = false; ///< ... or match this ECMAScript regular expression (written "regex:...")
    int timeoutSeconds = 10;         ///< connect, send and receive, each
    std::string caFile;              ///< extra trusted CA (PEM) for an https gateway, beside the system CAs

    /// The headers of `text`: lines "Name: value", separated by line breaks or the two characters "\n" (a
    /// properties file may write either `\n` or `\\n`); blank lines are skipped. Refuses malformed lines, control
    /// characters (header injection) and headers the gateway client sets itself (Host, Content-Type, Content-Length,
    /// Transfer-Encoding).
    static Result<std::vector<Header>> parseHeaders(std::string_view text);
    /// Sets successBody / successBodyIsRegex from the configured text: "regex:<expression>" is a regular
    /// expression (checked here), anything else a plain substring.
    Result<void> setSuccessBody(std::string_view text);
};

} // namespace castellan
