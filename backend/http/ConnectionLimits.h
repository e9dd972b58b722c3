#pragma once

#include <cstddef>
#include <map>
#include <mutex>
#include <string>

namespace castellan {

/// Admission control for one listener: at most `perAddress` open connections from one source and at most `total`
/// altogether. IPv4 sources count by address; IPv6 sources by their /64 prefix, since one subscriber is handed a
/// whole /64 and could otherwise open as many connections as it has addresses. Thread-safe.
class ConnectionLimits
{
public:
    ConnectionLimits(std::size_t perAddress, std::size_t total);

    enum class Admission
    {
        Admitted,
        AddressFull, ///< this source already holds perAddress connections
        ServerFull,  ///< the listener holds `total` connections
    };

    /// Counts a new connection from `source` (textual IPv4 or IPv6 address) when the limits allow it.
    [[nodiscard]] Admission admit(const std::string& source);
    /// Forgets one connection admitted for `source`.
    void release(const std::string& source);

    std::size_t open() const;
    std::size_t openFrom(const std::string& source) const;

    /// The key a source is counted under: the address itself, or an IPv6 address's /64 prefix.
    static std::string sourceKey(const std::string& source);

private:
    const std::size_t m_perAddress;
    const std::size_t m_total;
    mutable std::mutex m_mutex;
    std::size_t m_open = 0;
    std::map<std::string, std::size_t> m_bySource;
};

} // namespace castellan
