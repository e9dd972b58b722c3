#pragma once

#include <string>

namespace castellan {

/// Where and how outgoing mail is submitted (keys smtp.*, README "Configuration").
struct SmtpSettings
{
    std::string host; ///< empty: no mail is sent
    int port = 25;
    std::string user; ///< empty: no AUTH
    std::string password;
    std::string from;        ///< "address" or "Display Name <address>"
    bool startTls = true;    ///< required before AUTH and MAIL; false sends everything in clear text
    std::string caFile;      ///< extra trusted CA (PEM) for the server certificate, beside the system CAs
    int timeoutSeconds = 30; ///< connect and each read or write (over TLS Poco may wait up to twice per read)
};

} // namespace castellan
