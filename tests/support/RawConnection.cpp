#include "RawConnection.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <utility>

namespace castellan::test {

namespace {

using Clock = std::chrono::steady_clock;

int remainingMs(Clock::time_point deadline)
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return static_cast<int>(std::max<long long>(0, left));
}

} // namespace

RawConnection::~RawConnection()
{
    close();
}

RawConnection::RawConnection(RawConnection&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_context(std::exchange(other.m_context, nullptr)),
      m_ssl(std::exchange(other.m_ssl, nullptr)), m_received(std::move(other.m_received))
{}

void RawConnection::close()
{
    if (m_ssl) {
        SSL_free(m_ssl);
        m_ssl = nullptr;
    }
    if (m_context) {
        SSL_CTX_free(m_context);
        m_context = nullptr;
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

bool RawConnection::connect(int port, const std::string& source, int timeoutMs)
{
    close();
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        return false;
    }
    sockaddr_in local{};
    local.sin_family = AF_INET;
    ::inet_pton(AF_INET, source.c_str(), &local.sin_addr);
    if (::bind(m_fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0) {
        return false;
    }
    timeval tv{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    ::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    sockaddr_in remote{};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(static_cast<uint16_t>(port));
    ::inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr);
    if (::connect(m_fd, reinterpret_cast<sockaddr*>(&remote), sizeof remote) != 0) {
        return false;
    }
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return true;
}

bool RawConnection::waitReadable(int timeoutMs)
{
    if (m_ssl && SSL_pending(m_ssl) > 0) {
        return true;
    }
    pollfd p{m_fd, POLLIN, 0};
    return ::poll(&p, 1, timeoutMs) > 0;
}

bool RawConnection::handshake(int timeoutMs)
{
    m_context = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_verify(m_context, SSL_VERIFY_NONE, nullptr);
    m_ssl = SSL_new(m_context);
    SSL_set_fd(m_ssl, m_fd);
    SSL_set_tlsext_host_name(m_ssl, "localhost");
    timeval tv{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    const bool done = SSL_connect(m_ssl) == 1;
    timeval none{0, 0};
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &none, sizeof none);
    return done;
}

bool RawConnection::send(const std::string& bytes)
{
    if (m_fd < 0) {
        return false;
    }
    size_t sent = 0;
    while (sent < bytes.size()) {
        const int n = m_ssl ? SSL_write(m_ssl, bytes.data() + sent, static_cast<int>(bytes.size() - sent))
                            : static_cast<int>(::send(m_fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL));
        if (n <= 0) {
            return false;
        }
        sent += static_cast<size_t>(n);
    }
    return true;
}

bool RawConnection::readSome(int timeoutMs)
{
    if (m_fd < 0 || !waitReadable(timeoutMs)) {
        return m_fd >= 0;
    }
    char buffer[16384];
    const int n =
        m_ssl ? SSL_read(m_ssl, buffer, sizeof buffer) : static_cast<int>(::recv(m_fd, buffer, sizeof buffer, 0));
    if (n <= 0) {
        return false;
    }
    m_received.append(buffer, static_cast<size_t>(n));
    return true;
}

bool RawConnection::closedByPeer(int timeoutMs)
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    while (Clock::now() < deadline) {
        if (!readSome(remainingMs(deadline))) {
            return true;
        }
    }
    return false;
}

std::string RawConnection::readResponse(int timeoutMs)
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        const size_t headEnd = m_received.find("\r\n\r\n");
        if (headEnd != std::string::npos) {
            const std::string head = m_received.substr(0, headEnd + 4);
            const std::string length = headerOf(head, "Content-Length");
            const size_t total = headEnd + 4 + (length.empty() ? 0 : std::stoul(length));
            if (m_received.size() >= total) {
                std::string response = m_received.substr(0, total);
                m_received.erase(0, total);
                return response;
            }
        }
        if (Clock::now() >= deadline || !readSome(remainingMs(deadline))) {
            return {};
        }
    }
}

int RawConnection::statusOf(const std::string& response)
{
    if (response.rfind("HTTP/1.", 0) != 0 || response.size() < 12) {
        return 0;
    }
    return std::atoi(response.substr(9, 3).c_str());
}

std::string RawConnection::headerOf(const std::string& response, const std::string& name)
{
    auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
        return s;
    };
    const std::string text = lower(response);
    const std::string key = "\r\n" + lower(name) + ":";
    const size_t at = text.find(key);
    if (at == std::string::npos) {
        return {};
    }
    const size_t start = response.find_first_not_of(' ', at + key.size());
    const size_t end = response.find("\r\n", start);
    return response.substr(start, end - start);
}

std::string httpRequest(const std::string& method, const std::string& path, const std::string& body,
                        const std::string& extraHeaders)
{
    std::string request = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders;
    if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH") {
        request += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    }
    return request + "\r\n" + body;
}

} // namespace castellan::test
