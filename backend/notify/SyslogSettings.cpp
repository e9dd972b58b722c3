#include "notify/SyslogSettings.h"

#include <Poco/NumberParser.h>

#include <array>
#include <utility>

namespace castellan {

Result<int> SyslogSettings::parseFacility(std::string_view name)
{
    // RFC 5424 §6.2.1, table 1, with the names syslog(3) and rsyslog use.
    static constexpr std::array<std::pair<std::string_view, int>, 24> kNames = {{
        {"kern", 0},    {"user", 1},    {"mail", 2},    {"daemon", 3},  {"auth", 4},      {"syslog", 5},
        {"lpr", 6},     {"news", 7},    {"uucp", 8},    {"cron", 9},    {"authpriv", 10}, {"ftp", 11},
        {"ntp", 12},    {"audit", 13},  {"alert", 14},  {"clock", 15},  {"local0", 16},   {"local1", 17},
        {"local2", 18}, {"local3", 19}, {"local4", 20}, {"local5", 21}, {"local6", 22},   {"local7", 23},
    }};
    for (const auto& [known, number] : kNames) {
        if (name == known) {
            return number;
        }
    }
    int number = 0;
    if (Poco::NumberParser::tryParse(std::string(name), number) && number >= 0 && number <= 23) {
        return number;
    }
    return Error::of(ErrorCode::InvalidInput,
                     "must be a facility number from 0 to 23 or a name such as auth, authpriv, audit, local0 (got '" +
                         std::string(name) + "')");
}

Result<SyslogSettings::Transport> SyslogSettings::parseTransport(std::string_view name)
{
    if (name == "udp") {
        return Transport::Udp;
    }
    if (name == "tcp") {
        return Transport::Tcp;
    }
    if (name == "tls") {
        return Transport::Tls;
    }
    return Error::of(ErrorCode::InvalidInput, "must be one of udp, tcp, tls (got '" + std::string(name) + "')");
}

} // namespace castellan
