#pragma once

#include <Poco/JSON/Object.h>

#include <map>
#include <string>

namespace castellan::test {

struct HttpReply
{
    int status = 0;
    std::string contentType;
    std::string body;
    std::map<std::string, std::string> headers;

    /// The body parsed as a JSON object (throws when it is not one).
    Poco::JSON::Object::Ptr json() const;
};

/// A synchronous HTTPS client for integration tests; accepts the server's self-signed certificate.
class HttpsClient
{
public:
    HttpsClient(std::string host, int port);

    HttpReply get(const std::string& path, const std::map<std::string, std::string>& headers = {});
    HttpReply send(const std::string& method, const std::string& path, const std::string& body,
                   const std::string& contentType = "application/json",
                   const std::map<std::string, std::string>& headers = {});

private:
    std::string m_host;
    int m_port;
};

} // namespace castellan::test
