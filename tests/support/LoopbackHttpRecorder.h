#pragma once

#include <QTemporaryDir>

#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace Poco::Net {
class HTTPServer;
}

namespace castellan::test {

/// One request as the recorder received it.
struct RecordedRequest
{
    std::string method;
    std::string path;                           ///< decoded path, without the query
    std::string query;                          ///< the raw (still percent-encoded) query
    std::map<std::string, std::string> headers; ///< names in lower case
    std::string body;

    /// A header's value by name in any case; empty when absent.
    std::string header(const std::string& name) const;
    /// The decoded value of a query parameter; empty when absent.
    std::string queryParameter(const std::string& name) const;
};

/// An HTTP (or, with tls, HTTPS with a self-signed certificate for localhost) server on 127.0.0.1 and a
/// free port that records every request and answers each with a configurable status and body, optionally
/// after a delay (a slow gateway).
class LoopbackHttpRecorder
{
public:
    explicit LoopbackHttpRecorder(bool tls = false);
    ~LoopbackHttpRecorder();

    int port() const { return m_port; }
    /// "http://localhost:<port><pathAndQuery>" (https with tls).
    std::string url(const std::string& pathAndQuery) const;
    /// The certificate (PEM) the tls recorder presents, to be trusted as a CA file by clients.
    std::string certificateFile() const;

    void setReply(int status, const std::string& body, const std::string& contentType = "application/json");
    /// A header every answer carries from now on (e.g. Location for a redirect); an empty value removes it.
    void setReplyHeader(const std::string& name, const std::string& value);
    void setDelay(std::chrono::milliseconds delay);

    /// The next request not yet returned, waiting up to `timeout` for it.
    std::optional<RecordedRequest> waitForRequest(std::chrono::milliseconds timeout);
    /// Every request received so far.
    std::vector<RecordedRequest> requests() const;

    LoopbackHttpRecorder(const LoopbackHttpRecorder&) = delete;
    LoopbackHttpRecorder& operator=(const LoopbackHttpRecorder&) = delete;

    /// What the request handlers share with the recorder.
    struct State
    {
        mutable std::mutex mutex;
        std::condition_variable changed;
        std::vector<RecordedRequest> requests;
        int status = 200;
        std::string body = R"({"status":"queued"})";
        std::string contentType = "application/json";
        std::map<std::string, std::string> headers;
        std::chrono::milliseconds delay{0};
        bool stopping = false;
    };

private:
    bool m_tls;
    QTemporaryDir m_dir;
    std::shared_ptr<State> m_state;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    int m_port = 0;
    std::size_t m_returned = 0;
};

} // namespace castellan::test
