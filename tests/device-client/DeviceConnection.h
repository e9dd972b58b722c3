#pragma once

#include <Poco/Net/HTTPSClientSession.h>

#include <map>
#include <memory>
#include <string>

namespace castellan::client {

/// How the app trusts the server's TLS certificate.
struct TlsTrust
{
    std::string caFile;                ///< PEM file of the CA (or the self-signed certificate) to trust
    bool acceptAnyCertificate = false; ///< tests and first trials only: no verification at all
};

struct DeviceReply
{
    int status = 0;
    std::string body;
    std::map<std::string, std::string> headers;
};

/// One keep-alive HTTPS connection to the server's device API.
class DeviceConnection
{
public:
    /// `serverUrl`: https://host[:port] as the enrollment QR code names it.
    DeviceConnection(const std::string& serverUrl, TlsTrust trust);
    ~DeviceConnection();

    /// Sends a request; throws Poco::Exception when the server cannot be reached.
    DeviceReply send(const std::string& method, const std::string& path, const std::string& body,
                     const std::map<std::string, std::string>& headers);

private:
    std::string m_host;
    unsigned short m_port = 443;
    TlsTrust m_trust;
    std::unique_ptr<Poco::Net::HTTPSClientSession> m_session;
};

} // namespace castellan::client
