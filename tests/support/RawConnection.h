#pragma once

#include <openssl/ssl.h>

#include <string>

namespace castellan::test {

/// One client connection driven byte by byte, for tests and benchmarks that behave like slow or hostile clients:
/// a TCP connection from a chosen loopback source address, optionally TLS (certificate not checked), with every
/// wait bounded by a timeout. Blocking; one per thread.
class RawConnection
{
public:
    RawConnection() = default;
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;
    RawConnection(RawConnection&& other) noexcept;

    /// TCP connect to 127.0.0.1:`port` from `source` (a 127.0.0.0/8 address); false when refused or timed out.
    bool connect(int port, const std::string& source = "127.0.0.1", int timeoutMs = 5000);
    /// TLS handshake over the connection; false when the server closed or did not finish within the timeout.
    bool handshake(int timeoutMs = 5000);
    /// Sends bytes (through TLS after handshake()); false when the connection is gone.
    bool send(const std::string& bytes);
    /// Waits up to `timeoutMs` for the server to close; bytes that arrive meanwhile are appended to received().
    bool closedByPeer(int timeoutMs);
    /// Reads one HTTP response (head and Content-Length body); empty when none arrived within the timeout.
    std::string readResponse(int timeoutMs = 10000);
    const std::string& received() const { return m_received; }
    void close();

    /// The status code of an HTTP response text, or 0.
    static int statusOf(const std::string& response);
    /// A header field's value in an HTTP response text (name case-insensitive), or empty.
    static std::string headerOf(const std::string& response, const std::string& name);

private:
    /// Reads what is available within `timeoutMs` into m_received; false on close or error.
    bool readSome(int timeoutMs);
    bool waitReadable(int timeoutMs);

    int m_fd = -1;
    SSL_CTX* m_context = nullptr;
    SSL* m_ssl = nullptr;
    std::string m_received;
};

/// "METHOD PATH HTTP/1.1" with Host and Content-Length, ready to send.
std::string httpRequest(const std::string& method, const std::string& path, const std::string& body = {},
                        const std::string& extraHeaders = {});

} // namespace castellan::test
