#pragma once

#include <Poco/JSON/Object.h>

#include <Poco/Net/HTTPSClientSession.h>

#include <map>
#include <memory>
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

/// A synchronous HTTPS client for integration tests and benchmarks; accepts the server's self-signed
/// certificate and keeps its connection alive between requests (one client per thread).
class HttpsClient
{
public:
    HttpsClient(std::string host, int port);
    ~HttpsClient();

    HttpReply get(const std::string& path, const std::map<std::string, std::string>& headers = {});
    HttpReply send(const std::string& method, const std::string& path, const std::string& body,
                   const std::string& contentType = "application/json",
                   const std::map<std::string, std::string>& headers = {});

private:
    HttpReply exchange(const std::string& method, const std::string& path, const std::string& body,
                       const std::string& contentType, const std::map<std::string, std::string>& headers);

    std::string m_host;
    int m_port;
    std::unique_ptr<Poco::Net::HTTPSClientSession> m_session;
};

} // namespace castellan::test
