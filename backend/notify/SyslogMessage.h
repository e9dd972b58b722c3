#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace castellan {

/// One syslog message in the format of RFC 5424 §6 (pure: no sockets, no clock).
///
/// Header fields are PRINTUSASCII without spaces and limited in length (§6.2); characters outside that range are
/// written as '_' and an empty field as the NILVALUE "-". Structured data (§6.3) escapes '"', '\' and ']' in
/// PARAM-VALUEs (§6.3.3). MSG starts with the UTF-8 BOM only when it holds non-ASCII text (§6.4).
struct SyslogMessage
{
    enum Severity
    {
        Emergency = 0,
        Alert = 1,
        Critical = 2,
        Error = 3,
        Warning = 4,
        Notice = 5,
        Informational = 6,
        Debug = 7
    };

    /// One SD-ELEMENT: an SD-ID ("name@enterprise-number" for private ones) and its SD-PARAMs in order.
    struct Element
    {
        std::string id;
        std::vector<std::pair<std::string, std::string>> params;
    };

    int facility = 13;
    Severity severity = Informational;
    std::int64_t timeMicros = 0; ///< microseconds since the Unix epoch, written in UTC
    std::string hostname;
    std::string appName;
    std::string procId;
    std::string msgId;
    std::vector<Element> structuredData;
    std::string msg;

    /// The whole message: "<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA[ MSG]".
    std::string format() const;

    /// The message framed for a stream (RFC 6587 §3.4.1, RFC 5425 §4.3): "MSG-LEN SP SYSLOG-MSG".
    static std::string octetCounted(std::string_view message);
    /// A PARAM-VALUE with '"', '\' and ']' escaped by a backslash (RFC 5424 §6.3.3).
    static std::string escapeParamValue(std::string_view value);
    /// A header field: PRINTUSASCII (33 to 126) only, at most `maxLength` characters, "-" when empty.
    static std::string headerField(std::string_view value, std::size_t maxLength);
    /// An SD-NAME (SD-ID or PARAM-NAME): also without '=', ']' and '"', at most 32 characters.
    static std::string sdName(std::string_view value);
    /// "YYYY-MM-DDTHH:MM:SS.ffffffZ" (RFC 5424 §6.2.3, RFC 3339).
    static std::string timestamp(std::int64_t timeMicros);
};

} // namespace castellan
