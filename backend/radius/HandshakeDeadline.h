#pragma once

#include <chrono>
#include <cstdint>

namespace castellan {

/// A deadline for a blocking TLS handshake on a connection thread (issue 14): a per-read timeout alone lets a peer
/// that sends a byte every few seconds hold the thread for as long as it likes. While armed, a shared watchdog
/// thread shuts the socket down (SHUT_RDWR) once the deadline passes, which ends the blocked handshake with an
/// error. Disarmed when destroyed, before the socket itself is closed, so a descriptor is never shut down after
/// it was reused.
class HandshakeDeadline
{
public:
    HandshakeDeadline(int socketFd, std::chrono::milliseconds limit);
    ~HandshakeDeadline();
    HandshakeDeadline(const HandshakeDeadline&) = delete;
    HandshakeDeadline& operator=(const HandshakeDeadline&) = delete;

    /// Whether the watchdog shut the socket down.
    bool expired() const;

private:
    std::uint64_t m_id;
};

} // namespace castellan
